import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { CREATE_CLOSURE, FREE_ROOMS, FREE_SLOTS, MY_BOOKINGS, SEARCH_BOOKINGS } from '../../test/documents.js';
import { Room } from '../locations/room.entity.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let member: ApiClient;
let organizationId: string;
let house: string;
let hall: string;
let office: string;
let studio: string;

// Tuesday 2 June 2026, 18:00–20:00 in Leipzig
const TOMORROW_EVENING = { from: '2026-06-02T18:00:00+02:00', to: '2026-06-02T20:00:00+02:00' };

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization({ name: 'Chor Kalyna', shortName: 'Kalyna' })).id;
  house = (await factory.location({ name: 'KolLEktiv Süd' })).id;
  hall = (await factory.room({ locationId: house, name: 'Großer Saal', capacity: 40, features: ['PIANO', 'STEP_FREE'] })).id;
  office = (await factory.room({ locationId: house, name: 'Büro', capacity: 4, features: [] })).id;
  studio = (await factory.room({ locationId: house, name: 'Musikraum', capacity: 20, features: ['PIANO'] })).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
});

afterAll(async () => {
  await app?.stop();
});

const freeRoomIds = async (variables: Record<string, unknown>) =>
  ((await member.data(FREE_ROOMS, { locationIds: [house], ...variables })).freeRooms as Array<{ id: string }>).map((room) => room.id);

describe('freeRooms: a free room tomorrow 18:00–20:00 for 15 people with a piano', () => {
  it('honours capacity and every feature asked for', async () => {
    expect(await freeRoomIds({ ...TOMORROW_EVENING, minCapacity: 15, features: ['PIANO'] })).toEqual(
      expect.arrayContaining([hall, studio]),
    );
    expect(await freeRoomIds({ ...TOMORROW_EVENING, minCapacity: 15, features: ['PIANO'] })).not.toContain(office);
    expect(await freeRoomIds({ ...TOMORROW_EVENING, minCapacity: 30, features: ['PIANO', 'STEP_FREE'] })).toEqual([hall]);
  });

  it('excludes a room only when a booking truly overlaps the span (half-open)', async () => {
    await factory.booking({ roomId: studio, organizationId, start: '2026-06-02T16:00:00+02:00', end: '2026-06-02T18:00:00+02:00' });
    expect(await freeRoomIds({ ...TOMORROW_EVENING, features: ['PIANO'] })).toContain(studio);
    await factory.booking({ roomId: studio, organizationId, start: '2026-06-02T19:45:00+02:00', end: '2026-06-02T21:00:00+02:00' });
    expect(await freeRoomIds({ ...TOMORROW_EVENING, features: ['PIANO'] })).not.toContain(studio);
  });

  it('excludes closed houses and rooms, hours outside opening time, and retired rooms', async () => {
    // the house opens 08:00–22:00 on weekdays: 21:00–23:00 is not offered
    expect(await freeRoomIds({ from: '2026-06-02T21:00:00+02:00', to: '2026-06-02T23:00:00+02:00' })).toEqual([]);
    // Saturday: closed all day
    expect(await freeRoomIds({ from: '2026-06-06T10:00:00+02:00', to: '2026-06-06T11:00:00+02:00' })).toEqual([]);
    await staff.data(CREATE_CLOSURE, {
      input: {
        locationId: house,
        roomId: hall,
        start: '2026-06-03T00:00:00+02:00',
        end: '2026-06-04T00:00:00+02:00',
        reason: 'Renovierung',
      },
    });
    expect(await freeRoomIds({ from: '2026-06-03T18:00:00+02:00', to: '2026-06-03T20:00:00+02:00' })).not.toContain(hall);
    await app.services.database.dataSource.getRepository(Room).update({ id: office }, { active: false });
    expect(await freeRoomIds({ from: '2026-06-04T10:00:00+02:00', to: '2026-06-04T11:00:00+02:00' })).not.toContain(office);
    await app.services.database.dataSource.getRepository(Room).update({ id: office }, { active: true });
  });

  it('refuses a span that ends before it starts, or a feature it does not know', async () => {
    expect((await member.errorCode(FREE_ROOMS, { from: TOMORROW_EVENING.to, to: TOMORROW_EVENING.from })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'to',
      reason: 'END_BEFORE_START',
    });
    expect((await member.errorCode(FREE_ROOMS, { ...TOMORROW_EVENING, features: ['SAUNA'] })).code).toBe('BAD_USER_INPUT');
  });
});

describe('freeSlots', () => {
  it('lists the free spans of a day between bookings, inside opening hours, at least minMinutes long', async () => {
    const room = (await factory.room({ locationId: house, name: 'Kursraum' })).id;
    await factory.booking({ roomId: room, organizationId, start: '2026-06-09T10:00:00+02:00', end: '2026-06-09T12:00:00+02:00' });
    await factory.booking({ roomId: room, organizationId, start: '2026-06-09T12:30:00+02:00', end: '2026-06-09T14:00:00+02:00' });
    const spans = (await member.data(FREE_SLOTS, { roomId: room, date: '2026-06-09', minMinutes: 60 })).freeSlots;
    expect(spans).toEqual([
      { roomId: room, start: '2026-06-09T06:00:00.000Z', end: '2026-06-09T08:00:00.000Z' },
      { roomId: room, start: '2026-06-09T12:00:00.000Z', end: '2026-06-09T20:00:00.000Z' },
    ]);
    const short = (await member.data(FREE_SLOTS, { roomId: room, date: '2026-06-09', minMinutes: 30 })).freeSlots;
    expect(short.map((span: { start: string }) => span.start)).toContain('2026-06-09T10:00:00.000Z');
    expect((await member.data(FREE_SLOTS, { roomId: room, date: '2026-06-13' })).freeSlots).toEqual([]);
  });

  it('never offers time already past', async () => {
    const room = (await factory.room({ locationId: house, name: 'Atelier' })).id;
    // now is 10:00 in Leipzig on 1 June
    expect((await member.data(FREE_SLOTS, { roomId: room, date: '2026-06-01' })).freeSlots).toEqual([
      { roomId: room, start: '2026-06-01T08:00:00.000Z', end: '2026-06-01T20:00:00.000Z' },
    ]);
    expect((await member.errorCode(FREE_SLOTS, { roomId: room, date: '2026-02-30' })).extensions.reason).toBe('INVALID_DATE');
  });
});

describe('my bookings and search', () => {
  it('lists the member’s MO’s coming bookings, soonest first, and staff see every MO’s', async () => {
    const other = (await factory.organization({ name: 'Malkurs Miniatur' })).id;
    const room = (await factory.room({ locationId: house })).id;
    const own = await factory.booking({
      roomId: room,
      organizationId,
      title: 'Eigene Probe',
      start: '2026-06-10T10:00:00+02:00',
      end: '2026-06-10T11:00:00+02:00',
    });
    const foreign = await factory.booking({
      roomId: room,
      organizationId: other,
      title: 'Fremder Kurs',
      start: '2026-06-10T12:00:00+02:00',
      end: '2026-06-10T13:00:00+02:00',
    });
    const mine = (await member.data(MY_BOOKINGS, { from: '2026-06-10T00:00:00+02:00' })).myBookings as Array<{
      id: string;
      organization: { id: string };
    }>;
    expect(mine.map((booking) => booking.id)).toContain(own.id);
    expect(mine.every((booking) => booking.organization.id === organizationId)).toBe(true);
    const everyone = (await staff.data(MY_BOOKINGS, { from: '2026-06-10T00:00:00+02:00', first: 200 })).myBookings as Array<{ id: string }>;
    expect(everyone.map((booking) => booking.id)).toEqual(expect.arrayContaining([own.id, foreign.id]));
  });

  it('finds bookings by title or MO, but never by a title the viewer may not read', async () => {
    const other = (await factory.organization({ name: 'Frauen-Beratung' })).id;
    const room = (await factory.room({ locationId: house })).id;
    const open = await factory.booking({
      roomId: room,
      organizationId: other,
      title: 'Offener Nähkreis',
      visibility: 'PUBLIC',
      start: '2026-06-11T10:00:00+02:00',
      end: '2026-06-11T11:00:00+02:00',
    });
    const hidden = await factory.booking({
      roomId: room,
      organizationId: other,
      title: 'Vertrauliche Beratung',
      visibility: 'PRIVATE',
      start: '2026-06-11T12:00:00+02:00',
      end: '2026-06-11T13:00:00+02:00',
    });
    const range = { from: '2026-06-01T00:00:00+02:00', to: '2026-07-01T00:00:00+02:00' };
    const search = async (client: ApiClient, text: string) =>
      ((await client.data(SEARCH_BOOKINGS, { text, ...range })).searchBookings as Array<{ id: string }>).map((booking) => booking.id);
    expect(await search(member, 'nähkreis')).toEqual([open.id]);
    expect(await search(member, 'Vertrauliche')).toEqual([]);
    expect(await search(staff, 'Vertrauliche')).toEqual([hidden.id]);
    expect(await search(member, 'Frauen-Beratung')).toEqual([open.id]);
    expect(await search(app.client(), 'Nähkreis')).toEqual([open.id]);
    expect(await search(app.client(), 'Vertrauliche')).toEqual([]);
    expect(await search(member, '100%')).toEqual([]);
    expect((await member.errorCode(SEARCH_BOOKINGS, { text: 'a', ...range })).extensions).toMatchObject({
      field: 'text',
      reason: 'TOO_SHORT',
    });
  });
});
