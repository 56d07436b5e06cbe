import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, createTestApp, quietFor, subscribed, until, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { BOOKINGS, BOOKING_CHANGED, CREATE_BOOKING } from '../../test/documents.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let locationId: string;
let otherLocationId: string;
let roomId: string;
let otherRoomId: string;
let organizationId: string;

const CREATE_LINK = `mutation ($locationId: ID!) { createDisplayLink(locationId: $locationId, label: "Foyer") { token path link { id locationId } } }`;
const REVOKE_LINK = `mutation ($id: ID!) { revokeDisplayLink(id: $id) { id revokedAt } }`;
// Monday 1 June 2026, 10:00 in Leipzig
const today = { from: '2026-06-01T00:00:00+02:00', to: '2026-06-02T00:00:00+02:00' };

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  locationId = (await factory.location()).id;
  otherLocationId = (await factory.location()).id;
  roomId = (await factory.room({ locationId })).id;
  otherRoomId = (await factory.room({ locationId: otherLocationId })).id;
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

async function displayClient(): Promise<{ client: ApiClient; linkId: string }> {
  const { createDisplayLink } = await staff.data(CREATE_LINK, { locationId });
  const client = app.client();
  client.displayToken = createDisplayLink.token;
  return { client, linkId: createDisplayLink.link.id };
}

describe('display links', () => {
  it('are created by staff only, with a long random token in the path', async () => {
    const { createDisplayLink } = await staff.data(CREATE_LINK, { locationId });
    expect(createDisplayLink.token).toMatch(/^[\w-]{43}$/);
    expect(createDisplayLink.path).toBe(`/display/${locationId}?token=${createDisplayLink.token}`);
    const { client: member } = await factory.memberClient(organizationId);
    expect((await member.errorCode(CREATE_LINK, { locationId })).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(CREATE_LINK, { locationId })).code).toBe('UNAUTHENTICATED');
  });

  it('let a screen read its location for today: private titles hidden, notes never', async () => {
    await factory.booking({
      roomId,
      organizationId,
      visibility: 'PRIVATE',
      title: 'Geheim',
      notes: 'Notiz',
      start: '2026-06-01T11:00:00+02:00',
      end: '2026-06-01T12:00:00+02:00',
    });
    await factory.booking({
      roomId,
      organizationId,
      visibility: 'MEMBERS',
      title: 'Chorprobe',
      notes: 'Notiz',
      start: '2026-06-01T14:00:00+02:00',
      end: '2026-06-01T15:00:00+02:00',
    });
    await factory.booking({
      roomId: otherRoomId,
      organizationId,
      title: 'Anderswo',
      start: '2026-06-01T14:00:00+02:00',
      end: '2026-06-01T15:00:00+02:00',
    });
    const { client } = await displayClient();
    const { bookings } = await client.data(BOOKINGS, today);
    expect(
      bookings.map((booking: { title: string | null; notes: string | null; redacted: boolean }) => [
        booking.title,
        booking.notes,
        booking.redacted,
      ]),
    ).toEqual([
      [null, null, true],
      ['Chorprobe', null, false],
    ]);
  });

  it('refuse another location, another day, and any write', async () => {
    const { client } = await displayClient();
    expect((await client.errorCode(BOOKINGS, { ...today, locationIds: [otherLocationId] })).code).toBe('FORBIDDEN');
    expect((await client.errorCode(BOOKINGS, { from: '2026-06-03T00:00:00+02:00', to: '2026-06-04T00:00:00+02:00' })).code).toBe(
      'FORBIDDEN',
    );
    const write = await client.errorCode(CREATE_BOOKING, {
      input: {
        roomId,
        organizationId,
        title: 'x',
        category: 'MEETING',
        start: '2026-06-01T16:00:00+02:00',
        end: '2026-06-01T17:00:00+02:00',
      },
    });
    expect(write.code).toBe('UNAUTHENTICATED');
  });

  it('answer a wrong or revoked token with UNAUTHENTICATED, over HTTP and WebSocket', async () => {
    const wrong = app.client();
    wrong.displayToken = 'not-a-token';
    const refused = await wrong.errorCode(BOOKINGS, today);
    expect(refused).toMatchObject({ code: 'UNAUTHENTICATED', status: 401 });

    const { client, linkId } = await displayClient();
    const sockets = client.subscriptions();
    await new Promise<void>((resolve) => sockets.on('connected', () => resolve()));
    const closed = new Promise<number>((resolve) => sockets.on('closed', (event) => resolve((event as { code: number }).code)));
    await staff.data(REVOKE_LINK, { id: linkId });
    expect(await closed).toBe(4401);
    expect((await client.errorCode(BOOKINGS, today)).code).toBe('UNAUTHENTICATED');

    const rejectedSocket = wrong.subscriptions();
    const rejectedCode = await new Promise<number>((resolve) =>
      rejectedSocket.on('closed', (event) => resolve((event as { code: number }).code)),
    );
    expect(rejectedCode).toBe(4403);
    await client.closeSockets();
    await wrong.closeSockets();
  });

  it('hear only their own location over the subscription', async () => {
    const { client } = await displayClient();
    const stream = await subscribed(app, 1, () =>
      collect<{ bookingChanged: { bookingId: string; booking: { notes: string | null } } }>(client.subscriptions(), BOOKING_CHANGED),
    );
    await factory.booking({ roomId: otherRoomId, organizationId, start: '2026-06-01T16:00:00+02:00', end: '2026-06-01T17:00:00+02:00' });
    const here = await factory.booking({
      roomId,
      organizationId,
      notes: 'Notiz',
      start: '2026-06-01T16:00:00+02:00',
      end: '2026-06-01T17:00:00+02:00',
    });
    const [event] = await stream.waitFor(1);
    await quietFor(300); // the other house's booking would have come by now
    expect(stream.events).toHaveLength(1);
    expect(event?.bookingChanged).toMatchObject({ bookingId: here.id, booking: { notes: null } });
    await client.closeSockets();
  });
});

describe('a display token reads exactly its house, today, on every path', () => {
  it('answers a booking of its house weeks away, or of another house, with NOT_FOUND', async () => {
    const later = await factory.booking({ roomId, organizationId, start: '2026-06-24T10:00:00+02:00', end: '2026-06-24T11:00:00+02:00' });
    const elsewhere = await factory.booking({
      roomId: otherRoomId,
      organizationId,
      start: '2026-06-01T18:00:00+02:00',
      end: '2026-06-01T19:00:00+02:00',
    });
    const todayHere = await factory.booking({
      roomId,
      organizationId,
      start: '2026-06-01T18:00:00+02:00',
      end: '2026-06-01T19:00:00+02:00',
    });
    const { client } = await displayClient();
    const single = `query ($id: ID!) { booking(id: $id) { id } }`;
    expect((await client.errorCode(single, { id: later.id })).code).toBe('NOT_FOUND');
    expect((await client.errorCode(single, { id: elsewhere.id })).code).toBe('NOT_FOUND');
    expect((await client.data(single, { id: todayHere.id })).booking.id).toBe(todayHere.id);
  });

  it('replays only today’s changes of its house, without MO contacts', async () => {
    await factory.booking({
      roomId,
      organizationId,
      title: 'Nächste Woche',
      start: '2026-06-08T10:00:00+02:00',
      end: '2026-06-08T11:00:00+02:00',
    });
    await factory.booking({
      roomId,
      organizationId,
      title: 'Letzten Freitag',
      start: '2026-05-29T10:00:00+02:00',
      end: '2026-05-29T11:00:00+02:00',
    });
    const { client } = await displayClient();
    const stream = await subscribed(app, 1, () =>
      collect<{
        bookingChanged: { booking: { title: string | null; start: string; room: { location: { id: string } } } | null };
      }>(
        client.subscriptions(),
        `subscription { bookingChanged(after: "0") { cursor booking { title start room { location { id } } organization { contactEmail contactPhone } } } }`,
      ),
    );
    // a change made now comes after every replayed one: once it is here, the replay is complete
    await factory.booking({ roomId, organizationId, title: 'Jetzt', start: '2026-06-01T20:00:00+02:00', end: '2026-06-01T21:00:00+02:00' });
    await until(
      () => stream.errors.length > 0 || stream.events.some((event) => event.bookingChanged.booking?.title === 'Jetzt'),
      'the replay has reached the change made now',
    );
    expect(stream.errors).toEqual([]);
    expect(stream.events.length).toBeGreaterThan(0);
    for (const { bookingChanged } of stream.events) {
      expect(bookingChanged.booking?.room.location.id).toBe(locationId);
      expect(bookingChanged.booking?.start.slice(0, 10)).toBe('2026-06-01');
    }
    expect(JSON.stringify(stream.events)).not.toContain('kontakt@mo.example');
    expect(JSON.stringify(stream.events)).not.toMatch(/Nächste Woche|Letzten Freitag/);
    await client.closeSockets();
  });

  it('reads no list of MOs, and only its own house and rooms', async () => {
    const { client } = await displayClient();
    expect((await client.errorCode(`{ organizations { id contactEmail } }`)).code).toBe('FORBIDDEN');
    const { locations } = await client.data(`{ locations { id rooms { id } } }`);
    expect(locations).toEqual([{ id: locationId, rooms: [{ id: roomId }] }]);
    expect((await client.data(`{ me { id } }`)).me).toBeNull();
    expect((await client.errorCode(`{ displayLinks { id } }`)).code).toBe('UNAUTHENTICATED');
  });
});

describe('the languages of a screen', () => {
  const CREATE_WITH_LANGUAGES = `mutation ($l: ID!, $languages: [String!]) { createDisplayLink(locationId: $l, languages: $languages) { token link { languages } } }`;

  it('are up to three, chosen per link, and the screen reads them with its own token', async () => {
    const { createDisplayLink } = await staff.data(CREATE_WITH_LANGUAGES, { l: locationId, languages: ['de', 'ar', 'uk'] });
    expect(createDisplayLink.link.languages).toEqual(['de', 'ar', 'uk']);
    const screen = app.client();
    screen.displayToken = createDisplayLink.token;
    expect((await screen.data(`{ displaySettings { locationId languages } }`)).displaySettings).toEqual({
      locationId,
      languages: ['de', 'ar', 'uk'],
    });
    expect((await staff.data(`{ displaySettings { languages } }`)).displaySettings).toBeNull();
  });

  it('default to German and English, and refuse four or a made-up code', async () => {
    expect((await staff.data(CREATE_WITH_LANGUAGES, { l: locationId })).createDisplayLink.link.languages).toEqual(['de', 'en']);
    const four = await staff.errorCode(CREATE_WITH_LANGUAGES, { l: locationId, languages: ['de', 'en', 'ar', 'uk'] });
    expect(four.extensions).toMatchObject({ field: 'languages', reason: 'OUT_OF_RANGE' });
    const madeUp = await staff.errorCode(CREATE_WITH_LANGUAGES, { l: locationId, languages: ['klingon!'] });
    expect(madeUp.extensions).toMatchObject({ field: 'languages' });
  });
});
