import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory, TEST_PASSWORD } from '../../test/factories.js';
import {
  BOOKINGS,
  ADD_COACHING_MESSAGE,
  ASSIGN_COACH,
  AUDIT_LOG,
  CLOSE_COACHING_REQUEST,
  COACHING_REQUEST,
  COACHING_REQUESTS,
  CREATE_COACH,
  ACCEPT_INVITATION,
  DECLINE_COACHING_REQUEST,
  INVITE_USER,
  UPDATE_USER,
  REQUEST_COACHING,
  UPDATE_COACH,
} from '../../test/documents.js';

let app: TestApp;
let factory: Factory;
let organizationId: string;
let otherOrganizationId: string;
let staff: ApiClient;
let member: ApiClient;
let otherMember: ApiClient;
let coach: ApiClient;
let coachId: string;
let otherCoach: ApiClient;
let display: ApiClient;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization({ name: 'Frauenverein Morgenröte' })).id;
  otherOrganizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  otherMember = (await factory.memberClient(otherOrganizationId)).client;
  const coachLogin = await factory.coachClient({ name: 'Amira Haddad', topics: ['FUNDING', 'FINANCES'], languages: ['ar', 'de'] });
  coach = coachLogin.client;
  coachId = coachLogin.coach.id;
  otherCoach = (await factory.coachClient()).client;
  const locationId = (await factory.location()).id;
  display = app.client();
  display.displayToken = (await staff.data(`mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`, { l: locationId }))
    .createDisplayLink.token as string;
});

afterAll(async () => {
  await app?.stop();
});

const input = (overrides: Record<string, unknown> = {}) => ({
  organizationId,
  topic: 'FUNDING',
  text: 'Wir brauchen Hilfe beim Antrag für den Stadtteilfonds.',
  languages: ['ar', 'de'],
  availability: [{ weekday: 2, from: '17:00', to: '20:00' }],
  deadline: '2026-07-15T22:00:00Z',
  ...overrides,
});

async function newRequest(overrides: Record<string, unknown> = {}): Promise<string> {
  const { requestCoaching } = await member.data(REQUEST_COACHING, { input: input(overrides) });
  return requestCoaching.id as string;
}

/** A second later on the test's clock: notes are dated by it and read in that order, so each gets its own instant. */
const aSecondLater = () => app.clock.set(new Date(app.clock().getTime() + 1000).toISOString());

const rowCount = async (table: string) =>
  (await app.services.database.dataSource.query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${table}`))[0]?.n;

describe('a coaching request from asking to closing', () => {
  it('goes from REQUESTED to ASSIGNED to CLOSED, with notes, each step in the change log', async () => {
    const { requestCoaching } = await member.data(REQUEST_COACHING, { input: input() });
    expect(requestCoaching).toMatchObject({
      status: 'REQUESTED',
      topic: 'FUNDING',
      languages: ['ar', 'de'],
      availability: [{ weekday: 2, from: '17:00', to: '20:00' }],
      deadline: '2026-07-15T22:00:00.000Z',
      organization: { id: organizationId, name: 'Frauenverein Morgenröte' },
      coach: null,
      messages: [],
    });
    const id = requestCoaching.id as string;

    const queue = (await staff.data(COACHING_REQUESTS, { status: ['REQUESTED'] })).coachingRequests as Array<{ id: string }>;
    expect(queue.map((request) => request.id)).toContain(id);

    const { assignCoach } = await staff.data(ASSIGN_COACH, { requestId: id, coachId });
    expect(assignCoach).toMatchObject({ status: 'ASSIGNED', coach: { id: coachId, name: 'Amira Haddad' } });

    await coach.data(ADD_COACHING_MESSAGE, { requestId: id, text: 'Passt Dienstag um 18 Uhr?' });
    aSecondLater();
    await coach.data(ADD_COACHING_MESSAGE, { requestId: id, text: 'Der Verein hat noch keine Satzung.', staffOnly: true });
    aSecondLater();
    await member.data(ADD_COACHING_MESSAGE, { requestId: id, text: 'Ja, gern.' });

    const { closeCoachingRequest } = await member.data(CLOSE_COACHING_REQUEST, { requestId: id, outcome: 'Antrag ist eingereicht.' });
    expect(closeCoachingRequest).toMatchObject({ status: 'CLOSED', outcome: 'Antrag ist eingereicht.' });
    expect((closeCoachingRequest.messages as Array<{ text: string }>).map((message) => message.text)).toEqual([
      'Passt Dienstag um 18 Uhr?',
      'Ja, gern.',
    ]);

    const { auditLog } = await staff.data(AUDIT_LOG, { first: 10 });
    const entries = (auditLog.entries as Array<{ entity: string; entityId: string; action: string; after: Record<string, unknown> }>)
      .filter((entry) => entry.entityId === id || entry.after.requestId === id)
      .reverse();
    expect(entries.map((entry) => [entry.entity, entry.action, entry.after.status ?? entry.after.text])).toEqual([
      ['COACHING_REQUEST', 'CREATED', 'REQUESTED'],
      ['COACHING_REQUEST', 'UPDATED', 'ASSIGNED'],
      ['COACHING_MESSAGE', 'CREATED', 'Passt Dienstag um 18 Uhr?'],
      ['COACHING_MESSAGE', 'CREATED', 'Der Verein hat noch keine Satzung.'],
      ['COACHING_MESSAGE', 'CREATED', 'Ja, gern.'],
      ['COACHING_REQUEST', 'UPDATED', 'CLOSED'],
    ]);
  });

  it('declines with a reason the MO reads', async () => {
    const id = await newRequest();
    await staff.data(DECLINE_COACHING_REQUEST, { requestId: id, reason: 'Dafür gibt es die Vereinsberatung der Stadt.' });
    const { coachingRequest } = await member.data(COACHING_REQUEST, { id });
    expect(coachingRequest).toMatchObject({ status: 'DECLINED', declineReason: 'Dafür gibt es die Vereinsberatung der Stadt.' });
  });

  it('lets staff ask for any MO, and a member only for their own', async () => {
    const { requestCoaching } = await staff.data(REQUEST_COACHING, { input: input({ organizationId: otherOrganizationId }) });
    expect(requestCoaching.organization.id).toBe(otherOrganizationId);
    expect((await member.errorCode(REQUEST_COACHING, { input: input({ organizationId: otherOrganizationId }) })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(REQUEST_COACHING, { input: input() })).code).toBe('FORBIDDEN');
  });
});

describe('who sees a coaching request', () => {
  let assigned: string;
  let unassigned: string;
  let ofOtherMo: string;

  beforeAll(async () => {
    assigned = await newRequest({ text: 'Zugewiesen' });
    await staff.data(ASSIGN_COACH, { requestId: assigned, coachId });
    unassigned = await newRequest({ text: 'Wartet' });
    ofOtherMo = (await otherMember.data(REQUEST_COACHING, { input: input({ organizationId: otherOrganizationId }) })).requestCoaching
      .id as string;
  });

  const listed = async (client: ApiClient) =>
    ((await client.data(COACHING_REQUESTS)).coachingRequests as Array<{ id: string }>).map((request) => request.id);

  it('shows a member their MO’s requests only, and another MO’s as not found', async () => {
    const ids = await listed(member);
    expect(ids).toEqual(expect.arrayContaining([assigned, unassigned]));
    expect(ids).not.toContain(ofOtherMo);
    expect((await member.errorCode(COACHING_REQUEST, { id: ofOtherMo })).code).toBe('NOT_FOUND');
    expect(await listed(otherMember)).not.toContain(assigned);
    expect((await otherMember.errorCode(COACHING_REQUEST, { id: assigned })).code).toBe('NOT_FOUND');
  });

  it('shows a coach only the requests assigned to them, not even by asking for the MO', async () => {
    const ids = await listed(coach);
    expect(ids).toContain(assigned);
    expect(ids).not.toContain(unassigned);
    expect(ids).not.toContain(ofOtherMo);
    const byMo = (await coach.data(COACHING_REQUESTS, { organizationId: otherOrganizationId })).coachingRequests as unknown[];
    expect(byMo).toEqual([]);
    expect((await coach.errorCode(COACHING_REQUEST, { id: unassigned })).code).toBe('NOT_FOUND');
    expect((await coach.errorCode(ADD_COACHING_MESSAGE, { requestId: unassigned, text: 'Hallo' })).code).toBe('NOT_FOUND');
  });

  it('shows another coach nothing', async () => {
    expect(await listed(otherCoach)).toEqual([]);
    expect((await otherCoach.errorCode(COACHING_REQUEST, { id: assigned })).code).toBe('NOT_FOUND');
  });

  it('shows staff every request, and strangers and wall displays none', async () => {
    expect(await listed(staff)).toEqual(expect.arrayContaining([assigned, unassigned, ofOtherMo]));
    expect((await app.client().errorCode(COACHING_REQUESTS)).code).toBe('UNAUTHENTICATED');
    expect((await display.errorCode(COACHING_REQUESTS)).code).toBe('UNAUTHENTICATED');
    expect((await app.client().errorCode(COACHING_REQUEST, { id: assigned })).code).toBe('UNAUTHENTICATED');
  });

  it('gives a coach’s contact to staff and the coach, not to the MO', async () => {
    const contactFor = async (client: ApiClient) => (await client.data(COACHING_REQUEST, { id: assigned })).coachingRequest.coach.contact;
    expect(await contactFor(staff)).toBe('coach@kollektiv.example');
    expect(await contactFor(coach)).toBe('coach@kollektiv.example');
    expect(await contactFor(member)).toBeNull();
  });
});

describe('a coach on the calendar', () => {
  it('sees every room taken, and of other MOs only what the public sees', async () => {
    const roomId = (await factory.room()).id;
    const slot = (day: string) => ({
      roomId,
      organizationId: otherOrganizationId,
      start: `${day}T10:00:00+02:00`,
      end: `${day}T11:00:00+02:00`,
    });
    await factory.booking({ ...slot('2026-06-10'), title: 'Vorstandssitzung', visibility: 'MEMBERS' });
    await factory.booking({ ...slot('2026-06-11'), title: 'Offenes Singen', visibility: 'PUBLIC' });
    const { bookings } = await coach.data(BOOKINGS, { from: '2026-06-10T00:00:00Z', to: '2026-06-12T00:00:00Z', roomIds: [roomId] });
    expect(bookings.map((booking: { title: string | null; redacted: boolean }) => [booking.title, booking.redacted])).toEqual([
      [null, true],
      ['Offenes Singen', false],
    ]);
  });
});

describe('a staff-only note', () => {
  let id: string;

  beforeAll(async () => {
    id = await newRequest();
    await staff.data(ASSIGN_COACH, { requestId: id, coachId });
    await staff.data(ADD_COACHING_MESSAGE, { requestId: id, text: 'Geheim: Kassenprüfung läuft.', staffOnly: true });
    aSecondLater();
    await coach.data(ADD_COACHING_MESSAGE, { requestId: id, text: 'Für alle sichtbar.' });
  });

  const texts = async (client: ApiClient) =>
    ((await client.data(COACHING_REQUEST, { id })).coachingRequest.messages as Array<{ text: string }>).map((message) => message.text);

  it('reaches staff and the request’s coach', async () => {
    expect(await texts(staff)).toEqual(['Geheim: Kassenprüfung läuft.', 'Für alle sichtbar.']);
    expect(await texts(coach)).toEqual(['Geheim: Kassenprüfung läuft.', 'Für alle sichtbar.']);
  });

  it('never reaches a member: not in the request, not in the list, not through the audit log', async () => {
    expect(await texts(member)).toEqual(['Für alle sichtbar.']);
    const listed = (await member.data(COACHING_REQUESTS)).coachingRequests as Array<{ messages: Array<{ text: string }> }>;
    expect(JSON.stringify(listed)).not.toContain('Geheim');
    expect((await member.errorCode(AUDIT_LOG, { first: 5 })).code).toBe('FORBIDDEN');
  });

  it('cannot be written by a member, who could not read it back', async () => {
    const before = await rowCount('coaching_message');
    expect((await member.errorCode(ADD_COACHING_MESSAGE, { requestId: id, text: 'x', staffOnly: true })).code).toBe('FORBIDDEN');
    expect(await rowCount('coaching_message')).toBe(before);
  });
});

describe('refusals', () => {
  it('refuses an unknown topic before anything runs', async () => {
    const before = await rowCount('coaching_request');
    const refused = await member.request(REQUEST_COACHING, { input: input({ topic: 'ASTROLOGY' }) });
    // the enum refuses it while the variables are read: a typed error, and no resolver runs
    expect(refused.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.data).toBeUndefined();
    expect(await rowCount('coaching_request')).toBe(before);
  });

  it.each([
    ['a 50 kB text', { text: 'x'.repeat(50_000) }, 'text', 'TOO_LONG'],
    ['an empty text', { text: '   ' }, 'text', 'REQUIRED'],
    ['no language', { languages: [] }, 'languages', 'OUT_OF_RANGE'],
    ['a made-up language', { languages: ['Klingonisch!'] }, 'languages', 'INVALID_LANGUAGE'],
    ['a weekday 8', { availability: [{ weekday: 8, from: '10:00', to: '12:00' }] }, 'availability', 'OUT_OF_RANGE'],
    ['a span that ends first', { availability: [{ weekday: 1, from: '12:00', to: '10:00' }] }, 'availability', 'END_BEFORE_START'],
    ['an unknown MO', { organizationId: '00000000-0000-4000-8000-000000000000' }, 'organizationId', 'UNKNOWN_ORGANIZATION'],
  ])('refuses %s with a typed reason and writes nothing', async (_name, overrides, field, reason) => {
    const before = await rowCount('coaching_request');
    const asker = 'organizationId' in overrides ? staff : member;
    const refused = await asker.errorCode(REQUEST_COACHING, { input: input(overrides) });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field, reason } });
    expect(await rowCount('coaching_request')).toBe(before);
  });

  it('refuses a deadline in the year 0000 through the DateTime scalar', async () => {
    const before = await rowCount('coaching_request');
    const refused = await member.errorCode(REQUEST_COACHING, { input: input({ deadline: '0000-01-01T00:00:00Z' }) });
    expect(refused.code).toBe('BAD_USER_INPUT');
    expect(await rowCount('coaching_request')).toBe(before);
  });

  it('refuses to assign a closed request, to decline it, or to write on it, naming its state', async () => {
    const id = await newRequest();
    await member.data(CLOSE_COACHING_REQUEST, { requestId: id, outcome: 'Hat sich erledigt.' });
    for (const [query, variables] of [
      [ASSIGN_COACH, { requestId: id, coachId }],
      [DECLINE_COACHING_REQUEST, { requestId: id, reason: 'Nein' }],
    ] as const) {
      const refused = await staff.errorCode(query, variables);
      expect(refused).toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { field: 'requestId', reason: 'WRONG_STATUS', limit: 'CLOSED' },
      });
    }
    expect((await member.errorCode(ADD_COACHING_MESSAGE, { requestId: id, text: 'Noch was' })).extensions.reason).toBe('WRONG_STATUS');
    expect((await member.errorCode(CLOSE_COACHING_REQUEST, { requestId: id, outcome: 'Nochmal' })).extensions.reason).toBe('WRONG_STATUS');
    expect((await member.data(COACHING_REQUEST, { id })).coachingRequest).toMatchObject({ status: 'CLOSED', coach: null });
  });

  it('refuses an inactive or unknown coach', async () => {
    const id = await newRequest();
    const resting = await factory.coach({ active: false });
    expect((await staff.errorCode(ASSIGN_COACH, { requestId: id, coachId: resting.id })).extensions).toMatchObject({
      field: 'coachId',
      reason: 'UNKNOWN_COACH',
    });
    expect((await staff.errorCode(ASSIGN_COACH, { requestId: id, coachId: 'nope' })).extensions.reason).toBe('UNKNOWN_COACH');
  });

  it('lets the coach write notes but not close, decline or assign', async () => {
    const id = await newRequest();
    await staff.data(ASSIGN_COACH, { requestId: id, coachId });
    expect((await coach.errorCode(CLOSE_COACHING_REQUEST, { requestId: id, outcome: 'Fertig' })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(DECLINE_COACHING_REQUEST, { requestId: id, reason: 'Keine Zeit' })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(ASSIGN_COACH, { requestId: id, coachId })).code).toBe('FORBIDDEN');
  });
});

describe('coaches', () => {
  it('signs a COACH person in as a coach once staff link them, and as a stranger before', async () => {
    const person = await factory.user('COACH');
    const client = await app.client().login(person.email, TEST_PASSWORD);
    expect((await client.errorCode(COACHING_REQUESTS)).code).toBe('UNAUTHENTICATED');
    const { createCoach } = await staff.data(CREATE_COACH, {
      input: { name: 'Olena', topics: ['EVENTS'], languages: ['uk', 'de'], userId: person.id },
    });
    expect(await client.data(COACHING_REQUESTS)).toEqual({ coachingRequests: [] });
    await staff.data(UPDATE_COACH, { id: createCoach.id, input: { userId: null } });
    expect((await client.errorCode(COACHING_REQUESTS)).code).toBe('UNAUTHENTICATED');
  });

  it('ends a resting coach’s access at once, and gives it back when they return', async () => {
    const { coach, client } = await factory.coachClient({ name: 'Rahel', topics: ['EVENTS'], languages: ['ti', 'de'] });
    expect(await client.data(COACHING_REQUESTS)).toEqual({ coachingRequests: [] });
    await staff.data(UPDATE_COACH, { id: coach.id, input: { active: false } });
    expect((await client.errorCode(COACHING_REQUESTS)).code).toBe('UNAUTHENTICATED');
    await staff.data(UPDATE_COACH, { id: coach.id, input: { active: true } });
    expect(await client.data(COACHING_REQUESTS)).toEqual({ coachingRequests: [] });
  });

  it('invites a coach like anyone else, with the COACH role and no MO', async () => {
    const { inviteUser } = await staff.data(INVITE_USER, {
      input: { email: 'neue.coachin@coaching.example', role: 'COACH', organizationId: organizationId },
    });
    expect(inviteUser.invitation).toMatchObject({ role: 'COACH', organization: null });
    const invited = app.client();
    const { acceptInvitation } = await invited.data(ACCEPT_INVITATION, {
      token: (inviteUser.url as string).split('/invite/')[1],
      name: 'Neue Coachin',
      password: 'Ein gutes langes Passwort',
    });
    expect(acceptInvitation).toMatchObject({ role: 'COACH', organization: null });
    await staff.data(CREATE_COACH, { input: { name: 'Neue Coachin', topics: ['EVENTS'], languages: ['de'], userId: acceptInvitation.id } });
    expect(await invited.data(COACHING_REQUESTS)).toEqual({ coachingRequests: [] });
  });

  it('turns a member into a coach, who leaves their MO', async () => {
    const person = await factory.user('MEMBER', organizationId);
    const { updateUser } = await staff.data(UPDATE_USER, { id: person.id, input: { role: 'COACH' } });
    expect(updateUser).toMatchObject({ role: 'COACH', organization: null });
  });

  it('links only a person with the COACH role, and each to one coach', async () => {
    const memberPerson = await factory.user('MEMBER', organizationId);
    expect(
      (await staff.errorCode(CREATE_COACH, { input: { name: 'X', topics: ['LEGAL'], languages: ['de'], userId: memberPerson.id } }))
        .extensions,
    ).toMatchObject({ field: 'userId', reason: 'INVALID' });
    const person = await factory.user('COACH');
    await staff.data(CREATE_COACH, { input: { name: 'Eins', topics: ['LEGAL'], languages: ['de'], userId: person.id } });
    expect(
      (await staff.errorCode(CREATE_COACH, { input: { name: 'Zwei', topics: ['LEGAL'], languages: ['de'], userId: person.id } }))
        .extensions,
    ).toMatchObject({ field: 'userId', reason: 'DUPLICATE' });
  });

  it('changes only the fields given and logs the change', async () => {
    const made = await factory.coach({ name: 'Kemal', topics: ['VOLUNTEERS'], languages: ['tr'] });
    const { updateCoach } = await staff.data(UPDATE_COACH, { id: made.id, input: { active: false } });
    expect(updateCoach).toMatchObject({ name: 'Kemal', topics: ['VOLUNTEERS'], languages: ['tr'], active: false });
    const { auditLog } = await staff.data(AUDIT_LOG, { first: 1 });
    expect(auditLog.entries[0]).toMatchObject({ entity: 'COACH', entityId: made.id, action: 'UPDATED', after: { active: false } });
  });
});

describe('addCoachingMessage’s staffOnly, as the contract has it (Boolean = false)', () => {
  it('takes null or nothing as a note for everyone who reads the request', async () => {
    const id = await newRequest();
    await staff.data(ASSIGN_COACH, { requestId: id, coachId });
    const sent = await coach.data(ADD_COACHING_MESSAGE, { requestId: id, text: 'Für alle', staffOnly: null });
    expect(sent.addCoachingMessage.staffOnly).toBe(false);
    const literal = await coach.data(
      `mutation ($r: ID!) { addCoachingMessage(requestId: $r, text: "Auch für alle", staffOnly: null) { staffOnly } }`,
      {
        r: id,
      },
    );
    expect(literal.addCoachingMessage.staffOnly).toBe(false);
    const { coachingRequest } = await member.data(COACHING_REQUEST, { id });
    // both written at the same instant of the test's clock: their order is not the point
    expect((coachingRequest.messages as Array<{ text: string }>).map((message) => message.text).sort()).toEqual([
      'Auch für alle',
      'Für alle',
    ]);
  });
});
