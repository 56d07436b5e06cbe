import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { BOOKINGS, CANCEL_BOOKING, UPDATE_ROOM } from '../../test/documents.js';

const WEEK = { from: '2027-05-03T00:00:00+02:00', to: '2027-05-10T00:00:00+02:00' };

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let choirMember: ApiClient;
let otherChoirMember: ApiClient;
let courseMember: ApiClient;
let hall: string;
let choir: string;
let course: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2027-04-20T08:00:00Z' });
  factory = new Factory(app);
  choir = (await factory.organization({ name: 'Chor Kalyna' })).id;
  course = (await factory.organization({ name: 'Deutschkurs' })).id;
  const house = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  hall = (await factory.room({ locationId: house, name: 'Saal' })).id;
  staff = (await factory.staffClient()).client;
  choirMember = (await factory.memberClient(choir)).client;
  otherChoirMember = (await factory.memberClient(choir)).client;
  courseMember = (await factory.memberClient(course)).client;
  await factory.booking({
    roomId: hall,
    organizationId: choir,
    title: 'Vorstand',
    visibility: 'PRIVATE',
    notes: 'Kasse',
    start: '2027-05-04T18:00:00+02:00',
    end: '2027-05-04T19:00:00+02:00',
  });
});

afterAll(async () => {
  await app?.stop();
});

type Seen = { bookings: Array<{ id: string; title: string | null; notes: string | null; canManage: boolean; room: { name: string } }> };
const week = (client: ApiClient) => client.data<Seen>(BOOKINGS, WEEK);

/** A booking written straight into the table, past the change log, as no code path of the app does. */
async function writeBehindTheLog(title: string) {
  await app.services.database.dataSource.query(
    `INSERT INTO booking (room_id, organization_id, title, category, starts_at, ends_at, visibility, status, version)
     VALUES ($1, $2, $3, 'MEETING', '2027-05-06T10:00:00+02:00', '2027-05-06T11:00:00+02:00', 'MEMBERS', 'CONFIRMED', 1)`,
    [hall, course, title],
  );
}

describe('one answer for viewers who would get the same bytes', () => {
  it('serves the kept answer to the same visibility class, each class its own view, until the change log moves', async () => {
    const first = await week(choirMember);
    expect(first.bookings[0]).toMatchObject({ title: 'Vorstand', notes: 'Kasse', canManage: true });
    await writeBehindTheLog('Am Log vorbei');
    // the same class (another member of the same MO) gets the kept answer: the write behind the log is not in it
    expect(await week(otherChoirMember)).toEqual(first);
    // another class gets its own view: the choir's private booking without details, nothing to manage
    const course = await week(courseMember);
    expect(course.bookings.find((booking) => booking.id === first.bookings[0]!.id)).toMatchObject({
      title: null,
      notes: null,
      canManage: false,
    });
    // a logged change (any booking) retires every kept answer: now both show up
    const moved = await factory.booking({
      roomId: hall,
      organizationId: choir,
      title: 'Probe',
      start: '2027-05-07T18:00:00+02:00',
      end: '2027-05-07T20:00:00+02:00',
    });
    const after = (await week(otherChoirMember)).bookings.map((booking) => booking.title);
    expect(after).toEqual(expect.arrayContaining(['Vorstand', 'Am Log vorbei', 'Probe']));
    await staff.data(CANCEL_BOOKING, { id: moved.id, expectedVersion: 1 });
    expect((await week(choirMember)).bookings.map((booking) => booking.title)).not.toContain('Probe');
  });

  it('shows a renamed room at once', async () => {
    await week(staff);
    await staff.data(UPDATE_ROOM, { id: hall, input: { name: 'Großer Saal' } });
    expect(new Set((await week(staff)).bookings.map((booking) => booking.room.name))).toEqual(new Set(['Großer Saal']));
  });

  it('answers the same bytes as an execution would, compressed as asked', async () => {
    const ask = (encoding: string) =>
      fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: staff.cookie!, 'accept-encoding': encoding },
        body: JSON.stringify({ query: BOOKINGS, variables: WEEK }),
      });
    const executed = await ask('identity');
    const kept = await ask('identity');
    expect(kept.headers.get('content-type')).toBe(executed.headers.get('content-type'));
    expect(await kept.text()).toBe(await executed.text());
    const brotli = await ask('br');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(await brotli.json()).toHaveProperty('data.bookings');
  });

  it('keeps no answer with errors, and leaves other operations to Apollo', async () => {
    const bad = await staff.request(BOOKINGS, { from: WEEK.to, to: WEEK.from });
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect((await staff.request(BOOKINGS, { from: WEEK.to, to: WEEK.from })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const signedOut = app.client();
    expect((await signedOut.data<Seen>(BOOKINGS, WEEK)).bookings.every((booking) => booking.title === null || booking.notes === null)).toBe(
      true,
    );
  });
});

describe('sessions without the database on every request', () => {
  it('signs a person out everywhere at once when staff deactivate them, although their session was remembered', async () => {
    const { user, client } = await factory.memberClient(choir);
    await week(client);
    await staff.data(`mutation ($id: ID!) { setUserActive(userId: $id, active: false) { id } }`, { id: user.id });
    expect((await client.request(`{ me { id } }`)).data).toEqual({ me: null });
  });
});
