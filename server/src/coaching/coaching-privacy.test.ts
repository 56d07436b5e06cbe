import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, collect, createTestApp, quietFor, subscribed, until, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import {
  ADD_COACHING_MESSAGE,
  ASSIGN_COACH,
  AUDIT_LOG,
  BOOKINGS,
  COACHING_CHANGES,
  COACHING_NOTICES,
  COACHING_REQUEST,
  REQUEST_COACHING,
  SCHEDULE_COACHING_SESSION,
  SEARCH_BOOKINGS,
} from '../../test/documents.js';

interface ChangeEvent {
  coachingChanges: { requestId: string; cursor: string; kind: string };
}

let app: TestApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let factory: Factory;
let organizationId: string;
let roomId: string;
let member: ApiClient;
let memberEmail: string;
let colleague: ApiClient;
let stranger: ApiClient;
let staff: ApiClient;
let coach: ApiClient;
let coachId: string;
let otherCoach: ApiClient;
let otherCoachId: string;
const MO_ADDRESS = 'vorstand@kalyna.example';
/** What staff and the coach say among themselves; it must show nowhere on the MO's side. */
const SECRET = 'GEHEIM-Kassenlage-7731';
const SECRET_OF_STAFF = 'INTERN-Vorstand-zerstritten';
const SESSION = { start: '2026-06-04T16:00:00.000Z', end: '2026-06-04T17:00:00.000Z' };

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 60 } });
  factory = new Factory(app);
  organizationId = (await factory.organization({ name: 'Kalyna e.V.', contactEmail: MO_ADDRESS, languages: ['de'] })).id;
  const locationId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  roomId = (await factory.room({ locationId })).id;
  const memberLogin = await factory.memberClient(organizationId);
  member = memberLogin.client;
  memberEmail = memberLogin.user.email;
  colleague = (await factory.memberClient(organizationId)).client;
  stranger = (await factory.memberClient((await factory.organization()).id)).client;
  staff = (await factory.staffClient()).client;
  const coachLogin = await factory.coachClient();
  coach = coachLogin.client;
  coachId = coachLogin.coach.id;
  const otherLogin = await factory.coachClient();
  otherCoach = otherLogin.client;
  otherCoachId = otherLogin.coach.id;
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

const leaks = (value: unknown) => {
  const text = typeof value === 'string' ? value : JSON.stringify(value);
  return text.includes(SECRET) || text.includes(SECRET_OF_STAFF);
};

describe(`a staff-only note on ${ENGINE}`, () => {
  let requestId: string;
  const streams: Record<string, ReturnType<typeof collect<ChangeEvent>>> = {};

  beforeAll(async () => {
    const watchers = { member, colleague, stranger, staff, coach, otherCoach };
    await subscribed(app, Object.keys(watchers).length, () => {
      for (const [name, client] of Object.entries(watchers)) streams[name] = collect<ChangeEvent>(client.subscriptions(), COACHING_CHANGES);
    });
    const { requestCoaching } = await member.data(REQUEST_COACHING, {
      input: { organizationId, topic: 'FINANCES', text: 'Kassenbuch', languages: ['de'] },
    });
    requestId = requestCoaching.id;
    await staff.data(ASSIGN_COACH, { requestId, coachId });
    await coach.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...SESSION, roomId } });
    await coach.data(ADD_COACHING_MESSAGE, { requestId, text: SECRET, staffOnly: true });
    await staff.data(ADD_COACHING_MESSAGE, { requestId, text: SECRET_OF_STAFF, staffOnly: true });
    await staff.data(ADD_COACHING_MESSAGE, { requestId, text: 'Der Raum ist gebucht.' });
    // staff hear of all six changes; by then every subscriber was handed each one
    await streams.staff!.waitFor(6);
    await app.services.changeFeed.settle();
    await quietFor(300);
  });

  afterAll(async () => {
    for (const stream of Object.values(streams)) stream.dispose();
    for (const client of [member, colleague, stranger, staff, coach, otherCoach]) await client.closeSockets();
  });

  it('reaches an open screen of staff and the coach, never one of the MO; strangers hear nothing', async () => {
    const kinds = (name: string) => streams[name]!.events.map((event) => event.coachingChanges.kind);
    expect(kinds('staff')).toEqual(['REQUESTED', 'ASSIGNED', 'SESSION_SCHEDULED', 'MESSAGE', 'MESSAGE', 'MESSAGE']);
    expect(kinds('member')).toEqual(['REQUESTED', 'ASSIGNED', 'SESSION_SCHEDULED', 'MESSAGE']);
    expect(kinds('colleague')).toEqual(['REQUESTED', 'ASSIGNED', 'SESSION_SCHEDULED', 'MESSAGE']);
    expect(kinds('coach').filter((kind) => kind === 'MESSAGE')).toHaveLength(3);
    expect(kinds('stranger')).toEqual([]);
    expect(kinds('otherCoach')).toEqual([]);
    // the MO's one MESSAGE is the last one, the note for the MO
    expect(streams.member!.events.at(-1)?.coachingChanges.cursor).toBe(streams.staff!.events.at(-1)?.coachingChanges.cursor);
    for (const stream of Object.values(streams)) expect(stream.errors).toEqual([]);
  });

  it('is in no notice of the MO’s people', async () => {
    for (const client of [member, colleague]) {
      const { coachingNotices } = await client.data(COACHING_NOTICES);
      expect(leaks(coachingNotices)).toBe(false);
      expect((coachingNotices as Array<{ kind: string }>).filter((notice) => notice.kind === 'MESSAGE')).toHaveLength(1);
    }
    const { coachingNotices } = await coach.data(COACHING_NOTICES);
    expect(JSON.stringify(coachingNotices)).toContain(SECRET_OF_STAFF);
  });

  it('is in no e-mail to the MO’s address or its member: not its text, not that it exists', async () => {
    app.clock.set('2026-06-01T08:01:01Z');
    try {
      await until(async () => {
        await app.services.coachingMails.sendDue();
        return [MO_ADDRESS, memberEmail.toLowerCase()].every((to) => mailbox.messages.some((mail) => mail.to.includes(to)));
      }, 'the MO’s mails arrived');
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
    for (const to of [MO_ADDRESS, memberEmail.toLowerCase()]) {
      const mails = mailbox.messages.filter((mail) => mail.to.includes(to));
      expect(mails).toHaveLength(1);
      expect(leaks(mails[0]!.text + mails[0]!.subject)).toBe(false);
      // one note for the MO, and a line for nothing else
      expect(mails[0]!.text.split('\n').filter((line) => line === '– Neue Nachricht')).toHaveLength(1);
    }
    // no mail anywhere carries a note's text: mails name changes, the app shows them
    expect(mailbox.messages.some((mail) => leaks(mail.text))).toBe(false);
  });

  it('is not in the audit log, the search, nor the calendar feeds a member can reach', async () => {
    expect((await member.errorCode(AUDIT_LOG, { first: 50 })).code).toBe('FORBIDDEN');
    const search = await member.request(SEARCH_BOOKINGS, { text: 'GEHEIM', from: '2026-06-01T00:00:00Z', to: '2026-07-01T00:00:00Z' });
    expect(leaks(search)).toBe(false);
    const { calendarFeeds } = await member.data(`{ calendarFeeds { kind url } }`);
    const urls = (calendarFeeds as Array<{ url: string | null }>).flatMap((feed) => (feed.url ? [feed.url] : []));
    expect(urls.length).toBeGreaterThan(0);
    for (const url of urls) {
      const response = await fetch(url);
      expect(response.status).toBe(200);
      expect(leaks(await response.text())).toBe(false);
    }
  });

  it('does not reach a member through an answer first given to staff', async () => {
    const range = { from: '2026-06-04T00:00:00Z', to: '2026-06-05T00:00:00Z' };
    expect((await staff.data(BOOKINGS, range)).bookings).not.toEqual([]);
    expect(leaks(await member.request(BOOKINGS, range))).toBe(false);
    const staffView = await staff.data(COACHING_REQUEST, { id: requestId });
    expect(JSON.stringify(staffView)).toContain(SECRET);
    const memberView = await member.data(COACHING_REQUEST, { id: requestId });
    expect(leaks(memberView)).toBe(false);
    expect(memberView.coachingRequest.messages).toHaveLength(1);
  });

  it('a coach handed off hears nothing more of the request, the new coach does', async () => {
    const { requestCoaching } = await member.data(REQUEST_COACHING, {
      input: { organizationId, topic: 'EVENTS', text: 'Sommerfest', languages: ['de'] },
    });
    const handedOff = requestCoaching.id as string;
    const about = (name: string) =>
      streams[name]!.events.filter((event) => event.coachingChanges.requestId === handedOff).map((event) => event.coachingChanges.kind);
    await staff.data(ASSIGN_COACH, { requestId: handedOff, coachId });
    await until(() => about('coach').includes('ASSIGNED'), 'the first coach heard of the assignment');
    await staff.data(ASSIGN_COACH, { requestId: handedOff, coachId: otherCoachId });
    await staff.data(ADD_COACHING_MESSAGE, { requestId: handedOff, text: 'Nur für den neuen Coach', staffOnly: true });
    await until(() => about('otherCoach').includes('MESSAGE'), 'the new coach heard of the note');
    await app.services.changeFeed.settle();
    await quietFor(300);
    expect(about('coach')).toEqual(['ASSIGNED']);
    expect(about('otherCoach').slice(-2)).toEqual(['ASSIGNED', 'MESSAGE']);
    expect(about('member')).toEqual(['REQUESTED', 'ASSIGNED', 'ASSIGNED']);
  });
});
