import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, createTestApp, quietFor, subscribed, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import {
  AUDIT_LOG,
  BOOKINGS,
  CREATE_BOOKING,
  CREATE_LOCATION,
  CREATE_ORGANIZATION,
  CREATE_ROOM,
  DIRECTORY_CHANGED,
  UPDATE_LOCATION,
  UPDATE_ORGANIZATION,
  UPDATE_ROOM,
} from '../../test/documents.js';

// Monday 1 June 2026, 10:00 in Leipzig
let app: TestApp;
let factory: Factory;
let staff: ApiClient;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

const week = (opens: string, closes: string, days = [1, 2, 3, 4, 5]) => days.map((weekday) => ({ weekday, opens, closes }));

async function newHouse(name: string, overrides: Record<string, unknown> = {}) {
  return (
    await staff.data(CREATE_LOCATION, {
      input: { name, address: 'Zschochersche Str. 50, 04229 Leipzig', openingHours: week('08:00', '22:00'), ...overrides },
    })
  ).createLocation;
}

async function newRoom(locationId: string, name: string) {
  return (await staff.data(CREATE_ROOM, { input: { locationId, name, capacity: 30, features: ['PIANO', 'STEP_FREE'], colour: '#2f6f9f' } }))
    .createRoom;
}

const book = (client: ApiClient, roomId: string, organizationId: string, start: string, end: string) =>
  client.request(CREATE_BOOKING, { input: { roomId, organizationId, title: 'Chorprobe', category: 'CHOIR', start, end } });

describe('houses', () => {
  it('are created with opening hours of several spans a day, and closed days', async () => {
    const house = await newHouse('KolLEktiv Süd', {
      openingHours: [...week('09:00', '13:00'), ...week('15:00', '21:00'), { weekday: 6, opens: '10:00', closes: '16:00' }],
    });
    expect(house).toMatchObject({ name: 'KolLEktiv Süd', timeZone: 'Europe/Berlin', active: true, rooms: [] });
    expect(house.openingHours).toHaveLength(11);
    const room = await newRoom(house.id, 'Saal');
    const organizationId = (await factory.organization()).id;
    expect((await book(staff, room.id, organizationId, '2026-06-02T15:00:00+02:00', '2026-06-02T18:00:00+02:00')).errors).toBeUndefined();
    const lunch = await book(staff, room.id, organizationId, '2026-06-02T12:00:00+02:00', '2026-06-02T16:00:00+02:00');
    expect(lunch.errors?.[0]?.extensions).toMatchObject({
      code: 'OUTSIDE_OPENING_HOURS',
      field: 'end',
      spans: [
        { opens: '09:00', closes: '13:00' },
        { opens: '15:00', closes: '21:00' },
      ],
    });
    const sunday = await book(staff, room.id, organizationId, '2026-06-07T10:00:00+02:00', '2026-06-07T11:00:00+02:00');
    expect(sunday.errors?.[0]?.extensions).toMatchObject({ code: 'OUTSIDE_OPENING_HOURS', opens: null, spans: [] });
  });

  it.each([
    ['an empty name', { name: ' ' }, 'name', 'REQUIRED'],
    ['an unknown time zone', { timeZone: 'Mars/Olympus' }, 'timeZone', 'INVALID_TIME_ZONE'],
    [
      'overlapping spans',
      { openingHours: [...week('08:00', '14:00'), ...week('12:00', '20:00')] },
      'openingHours',
      'INVALID_OPENING_HOURS',
    ],
    ['a span that ends before it opens', { openingHours: week('20:00', '08:00') }, 'openingHours', 'INVALID_OPENING_HOURS'],
  ])('refuses %s with BAD_USER_INPUT on the field', async (_what, overrides, field, reason) => {
    const error = await staff.errorCode(CREATE_LOCATION, { input: { name: 'Haus X', ...overrides } });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field, reason } });
  });

  it('refuses a second house of the same name', async () => {
    await newHouse('Doppelt');
    expect((await staff.errorCode(CREATE_LOCATION, { input: { name: 'Doppelt' } })).extensions).toMatchObject({
      field: 'name',
      reason: 'DUPLICATE',
    });
  });

  it('retire: gone from the calendar’s directory, kept for staff, and refused while it has future bookings', async () => {
    const house = await newHouse('Altbau');
    const room = await newRoom(house.id, 'Hinterzimmer');
    const organizationId = (await factory.organization()).id;
    const booked = await book(staff, room.id, organizationId, '2026-06-09T10:00:00+02:00', '2026-06-09T11:00:00+02:00');
    const refused = await staff.errorCode(UPDATE_LOCATION, { id: house.id, input: { active: false } });
    expect(refused).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'active', reason: 'HAS_FUTURE_BOOKINGS', limit: 1 } });
    await staff.data(`mutation ($id: ID!) { cancelBooking(id: $id, expectedVersion: 1) { id } }`, { id: booked.data!.createBooking.id });
    expect((await staff.data(UPDATE_LOCATION, { id: house.id, input: { active: false } })).updateLocation.active).toBe(false);
    const everyone = (await app.client().data(`{ locations { id } }`)).locations.map((location: { id: string }) => location.id);
    expect(everyone).not.toContain(house.id);
    const forStaff = (await staff.data(`{ locations(includeRetired: true) { id active } }`)).locations;
    expect(forStaff).toContainEqual({ id: house.id, active: false });
  });
});

describe('rooms', () => {
  it('are created with capacity, features, colour and order; bad values are refused by field', async () => {
    const house = await newHouse('Raumhaus');
    const room = await newRoom(house.id, 'Musikraum');
    expect(room).toMatchObject({ locationId: house.id, name: 'Musikraum', capacity: 30, features: ['PIANO', 'STEP_FREE'], active: true });
    const bad = async (input: Record<string, unknown>) =>
      (await staff.errorCode(CREATE_ROOM, { input: { locationId: house.id, name: 'X', capacity: 10, ...input } })).extensions;
    expect(await bad({ capacity: 0 })).toMatchObject({ field: 'capacity', reason: 'OUT_OF_RANGE' });
    expect(await bad({ colour: 'red' })).toMatchObject({ field: 'colour', reason: 'INVALID_COLOUR' });
    expect(await bad({ name: 'Musikraum' })).toMatchObject({ field: 'name', reason: 'DUPLICATE' });
  });

  it('retired: take no new bookings and leave the calendar; their past bookings stay', async () => {
    const house = await newHouse('Haus mit Vergangenheit');
    const room = await newRoom(house.id, 'Alter Raum');
    const organizationId = (await factory.organization()).id;
    // a booking last week, written by staff (staff may book the past)
    const past = await book(staff, room.id, organizationId, '2026-05-26T10:00:00+02:00', '2026-05-26T12:00:00+02:00');
    expect(past.errors).toBeUndefined();
    expect((await staff.data(UPDATE_ROOM, { id: room.id, input: { active: false } })).updateRoom.active).toBe(false);
    const refused = await book(staff, room.id, organizationId, '2026-06-02T10:00:00+02:00', '2026-06-02T11:00:00+02:00');
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'roomId', reason: 'UNKNOWN_ROOM' });
    const rooms = (await staff.data(`{ locations { id rooms { id } } }`)).locations.find(
      (location: { id: string }) => location.id === house.id,
    ).rooms;
    expect(rooms).toEqual([]);
    const lastWeek = await staff.data(BOOKINGS, { from: '2026-05-25T00:00:00+02:00', to: '2026-06-01T00:00:00+02:00', roomIds: [room.id] });
    expect(lastWeek.bookings).toHaveLength(1);
    expect((await staff.data(UPDATE_ROOM, { id: room.id, input: { active: true } })).updateRoom.active).toBe(true);
  });
});

describe('changes reach open screens', () => {
  it('tells subscribers that a room was renamed, in commit order, and a display only of its own house', async () => {
    const house = await newHouse('Live-Haus');
    const other = await newHouse('Anderes Haus');
    const room = await newRoom(house.id, 'Raum Eins');
    const elsewhere = await newRoom(other.id, 'Raum Zwei');
    const { createDisplayLink } = await staff.data(`mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`, { l: house.id });
    const display = app.client();
    display.displayToken = createDisplayLink.token;
    const member = (await factory.memberClient((await factory.organization()).id)).client;
    const [memberStream, displayStream] = await subscribed(
      app,
      2,
      () =>
        [
          collect<{ directoryChanged: { entity: string; entityId: string } }>(member.subscriptions(), DIRECTORY_CHANGED),
          collect<{ directoryChanged: { entity: string; entityId: string } }>(display.subscriptions(), DIRECTORY_CHANGED),
        ] as const,
    );

    await staff.data(UPDATE_ROOM, { id: elsewhere.id, input: { name: 'Raum Zwei (neu)' } });
    await staff.data(UPDATE_ROOM, { id: room.id, input: { name: 'Großer Saal' } });
    await memberStream.waitFor(2);
    await displayStream.waitFor(1);
    await quietFor(200); // the other house's rename would have reached the display by now
    expect(memberStream.events.map((event) => event.directoryChanged)).toMatchObject([
      { entity: 'ROOM', entityId: elsewhere.id },
      { entity: 'ROOM', entityId: room.id },
    ]);
    expect(displayStream.events.map((event) => event.directoryChanged)).toEqual([
      expect.objectContaining({ entity: 'ROOM', entityId: room.id }),
    ]);
    const { locations } = await display.data(`{ locations { rooms { id name } } }`);
    expect(locations[0].rooms).toEqual([{ id: room.id, name: 'Großer Saal' }]);
    await member.closeSockets();
    await display.closeSockets();
  });

  it('tells strangers of an MO’s change only when its profile is public', async () => {
    const stranger = await subscribed(app, 1, () =>
      collect<{ directoryChanged: { entityId: string } }>(app.client().subscriptions(), DIRECTORY_CHANGED),
    );
    const hidden = (await staff.data(CREATE_ORGANIZATION, { input: { name: 'Verborgen e.V.', shortName: 'VEV' } })).createOrganization;
    const shown = (await staff.data(CREATE_ORGANIZATION, { input: { name: 'Sichtbar e.V.', shortName: 'SEV', profilePublic: true } }))
      .createOrganization;
    await stranger.waitFor(1);
    await quietFor(200); // the hidden MO's change would have come by now
    expect(stranger.events.map((event) => event.directoryChanged.entityId)).toEqual([shown.id]);
    expect(hidden.id).toBeDefined();
    stranger.dispose();
  });
});

describe('the audit entry of an administrative change', () => {
  it('is written in the change’s own transaction: when the change fails after logging, neither stays', async () => {
    const house = await newHouse('Transaktionshaus');
    const room = await newRoom(house.id, 'Vorher');
    const { dataSource } = app.services.database;
    // a trigger that refuses one particular log entry, after the room row was already updated
    await dataSource.query(`
      CREATE FUNCTION refuse_boom() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.after->>'name' = 'Boom' THEN RAISE EXCEPTION 'refused by the test'; END IF;
        RETURN NEW;
      END $$`);
    await dataSource.query(`CREATE TRIGGER refuse_boom BEFORE INSERT ON change_log FOR EACH ROW EXECUTE FUNCTION refuse_boom()`);
    try {
      const logged = async () => (await dataSource.query(`SELECT count(*)::int AS count FROM change_log`))[0].count as number;
      const before = await logged();
      const failed = await staff.request(UPDATE_ROOM, { id: room.id, input: { name: 'Boom' } });
      expect(failed.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');
      expect(await logged()).toBe(before);
      expect((await dataSource.query(`SELECT name FROM room WHERE id = $1`, [room.id]))[0].name).toBe('Vorher');
    } finally {
      await dataSource.query(`DROP TRIGGER refuse_boom ON change_log`);
      await dataSource.query(`DROP FUNCTION refuse_boom()`);
    }
  });

  it('shows who changed what, before and after', async () => {
    const organization = (await staff.data(CREATE_ORGANIZATION, { input: { name: 'Alter Name e.V.', shortName: 'ANV' } }))
      .createOrganization;
    await staff.data(UPDATE_ORGANIZATION, { id: organization.id, input: { name: 'Neuer Name e.V.', contactEmail: 'Info@Neu.example' } });
    const { auditLog } = await staff.data(AUDIT_LOG, { filter: { organizationId: organization.id } });
    expect(auditLog.entries.map((entry: { action: string }) => entry.action)).toEqual(['UPDATED', 'CREATED']);
    expect(auditLog.entries[0]).toMatchObject({
      entity: 'ORGANIZATION',
      entityId: organization.id,
      actor: { name: 'Test STAFF' },
      before: { name: 'Alter Name e.V.', contactEmail: null },
      after: { name: 'Neuer Name e.V.', contactEmail: 'info@neu.example' },
    });
  });
});
