import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, countQueries, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { BOOKING_ROWS_IN_RANGE_SQL, BOOKINGS_IN_RANGE_SQL } from './booking.repository.js';
import { BOOKINGS, CANCEL_BOOKING, CREATE_BOOKING, MOVE_BOOKING, UPDATE_BOOKING } from '../../test/documents.js';

// The suite's clock: Monday 1 June 2026, 10:00 in Leipzig.
let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let roomId: string;
let otherRoomId: string;
let smallRoomId: string;
let organizationId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  const location = await factory.location();
  roomId = (await factory.room({ locationId: location.id, capacity: 20 })).id;
  otherRoomId = (await factory.room({ locationId: location.id })).id;
  smallRoomId = (await factory.room({ locationId: location.id, capacity: 4 })).id;
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

function input(overrides: Record<string, unknown> = {}) {
  return {
    roomId,
    organizationId,
    title: 'Chorprobe',
    category: 'CHOIR',
    start: '2026-06-02T16:00:00+02:00',
    end: '2026-06-02T18:00:00+02:00',
    visibility: 'MEMBERS',
    expectedAttendees: 12,
    notes: 'Schlüssel bei Frau A.',
    ...overrides,
  };
}

describe('createBooking', () => {
  it('creates a booking and returns it with version 1', async () => {
    const { createBooking } = await staff.data(CREATE_BOOKING, {
      input: input({ start: '2026-06-03T10:00:00+02:00', end: '2026-06-03T11:30:00+02:00' }),
    });
    expect(createBooking).toMatchObject({
      title: 'Chorprobe',
      category: 'CHOIR',
      start: '2026-06-03T08:00:00.000Z',
      end: '2026-06-03T09:30:00.000Z',
      status: 'CONFIRMED',
      version: 1,
      redacted: false,
      room: { id: roomId },
      organization: { id: organizationId },
    });
  });

  it('refuses an overlapping booking in the same room and names the booking in the way', async () => {
    const first = await factory.booking({
      roomId,
      organizationId,
      start: '2026-06-04T10:00:00+02:00',
      end: '2026-06-04T12:00:00+02:00',
      title: 'Sprachkurs',
    });
    const error = await staff.errorCode(CREATE_BOOKING, {
      input: input({ start: '2026-06-04T11:00:00+02:00', end: '2026-06-04T13:00:00+02:00' }),
    });
    expect(error.code).toBe('BOOKING_CONFLICT');
    expect(error.status).toBe(200);
    expect(error.extensions.conflicts).toEqual([
      expect.objectContaining({ id: first.id, title: 'Sprachkurs', start: '2026-06-04T08:00:00.000Z', end: '2026-06-04T10:00:00.000Z' }),
    ]);
  });

  it('accepts bookings that only touch: [10:00, 12:00) and [12:00, 13:00)', async () => {
    await factory.booking({ roomId, organizationId, start: '2026-06-05T10:00:00+02:00', end: '2026-06-05T12:00:00+02:00' });
    const { createBooking } = await staff.data(CREATE_BOOKING, {
      input: input({ start: '2026-06-05T12:00:00+02:00', end: '2026-06-05T13:00:00+02:00' }),
    });
    expect(createBooking.start).toBe('2026-06-05T10:00:00.000Z');
    const before = await staff.data(CREATE_BOOKING, {
      input: input({ start: '2026-06-05T09:00:00+02:00', end: '2026-06-05T10:00:00+02:00' }),
    });
    expect(before.createBooking.end).toBe('2026-06-05T08:00:00.000Z');
  });

  it('allows the same time in another room', async () => {
    await factory.booking({ roomId, organizationId, start: '2026-06-08T10:00:00+02:00', end: '2026-06-08T12:00:00+02:00' });
    const { createBooking } = await staff.data(CREATE_BOOKING, {
      input: input({ roomId: otherRoomId, start: '2026-06-08T10:00:00+02:00', end: '2026-06-08T12:00:00+02:00' }),
    });
    expect(createBooking.room.id).toBe(otherRoomId);
  });

  it.each([
    ['an empty title', { title: '  ' }, 'title'],
    ['a title of 121 characters', { title: 'x'.repeat(121) }, 'title'],
    ['an end before the start', { start: '2026-06-09T12:00:00+02:00', end: '2026-06-09T10:00:00+02:00' }, 'end'],
    ['a start off the 15-minute grid', { start: '2026-06-09T10:05:00+02:00', end: '2026-06-09T11:00:00+02:00' }, 'start'],
    ['more than 12 hours', { start: '2026-06-09T08:00:00+02:00', end: '2026-06-09T20:15:00+02:00' }, 'end'],
    ['more attendees than the room holds', () => ({ roomId: smallRoomId, expectedAttendees: 5 }), 'expectedAttendees'],
    ['zero attendees', { expectedAttendees: 0 }, 'expectedAttendees'],
    ['an unknown room', { roomId: '00000000-0000-4000-8000-000000000000' }, 'roomId'],
    ['an unknown organisation', { organizationId: '00000000-0000-4000-8000-000000000000' }, 'organizationId'],
    ['a room id that is no UUID', { roomId: 'raum-1' }, 'roomId'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, overrides, field) => {
    const error = await staff.errorCode(CREATE_BOOKING, {
      input: input(typeof overrides === 'function' ? overrides() : overrides),
    });
    expect(error).toMatchObject({ code: 'BAD_USER_INPUT', status: 200 });
    expect(error.extensions.field).toBe(field);
  });

  it('refuses a booking outside opening hours with OUTSIDE_OPENING_HOURS and the hours that apply', async () => {
    const late = await staff.errorCode(CREATE_BOOKING, {
      input: input({ start: '2026-06-09T21:00:00+02:00', end: '2026-06-09T22:30:00+02:00' }),
    });
    expect(late).toMatchObject({ code: 'OUTSIDE_OPENING_HOURS' });
    expect(late.extensions).toMatchObject({ field: 'end', opens: '08:00', closes: '22:00', timeZone: 'Europe/Berlin' });
    const sunday = await staff.errorCode(CREATE_BOOKING, {
      input: input({ start: '2026-06-07T10:00:00+02:00', end: '2026-06-07T11:00:00+02:00' }),
    });
    expect(sunday.extensions).toMatchObject({ code: 'OUTSIDE_OPENING_HOURS', field: 'start', opens: null });
  });

  it('lets members book from the running 15-minute slot on, not earlier; staff may book the past', async () => {
    const { client: member } = await factory.memberClient(organizationId);
    // now is 10:00; the slot 09:45 has passed
    const past = await member.errorCode(CREATE_BOOKING, {
      input: input({ start: '2026-06-01T09:45:00+02:00', end: '2026-06-01T10:30:00+02:00' }),
    });
    expect(past).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(past.extensions.field).toBe('start');
    app.clock.set('2026-06-01T08:05:00Z');
    const running = await member.data(CREATE_BOOKING, {
      input: input({ start: '2026-06-01T10:00:00+02:00', end: '2026-06-01T10:30:00+02:00' }),
    });
    expect(running.createBooking.start).toBe('2026-06-01T08:00:00.000Z');
    app.clock.set('2026-06-01T08:00:00Z');
    const staffPast = await staff.data(CREATE_BOOKING, {
      input: input({ start: '2026-06-01T08:00:00+02:00', end: '2026-06-01T09:00:00+02:00' }),
    });
    expect(staffPast.createBooking.status).toBe('CONFIRMED');
  });

  it('rejects a DateTime without offset with a typed error, not a stack trace', async () => {
    const error = await staff.errorCode(CREATE_BOOKING, { input: input({ start: '2026-06-09T10:00:00' }) });
    expect(error.code).toBe('BAD_USER_INPUT');
    expect(JSON.stringify(error)).not.toMatch(/stack|at .*\.ts/);
  });
});

describe('a booking across a daylight-saving switch', () => {
  it('stores real instants, so a night over the spring switch lasts one hour less on the wall', async () => {
    const location = await factory.location({ openingHours: ALWAYS_OPEN });
    const nightRoom = await factory.room({ locationId: location.id });
    app.clock.set('2026-03-20T12:00:00Z');
    try {
      // 29 March 2026, 01:00 CET → 04:00 CEST is two real hours.
      const { createBooking } = await staff.data(CREATE_BOOKING, {
        input: input({ roomId: nightRoom.id, start: '2026-03-29T01:00:00+01:00', end: '2026-03-29T04:00:00+02:00' }),
      });
      expect(createBooking.start).toBe('2026-03-29T00:00:00.000Z');
      expect(createBooking.end).toBe('2026-03-29T02:00:00.000Z');
      // the query for the local day (midnight to midnight Berlin time, 23 hours) finds it
      const { bookings } = await staff.data(BOOKINGS, {
        from: '2026-03-29T00:00:00+01:00',
        to: '2026-03-30T00:00:00+02:00',
        roomIds: [nightRoom.id],
      });
      expect(bookings.map((booking: { id: string }) => booking.id)).toEqual([createBooking.id]);
      // a second booking 02:00Z–03:00Z (04:00–05:00 CEST) touches it and is allowed
      await staff.data(CREATE_BOOKING, {
        input: input({ roomId: nightRoom.id, start: '2026-03-29T04:00:00+02:00', end: '2026-03-29T05:00:00+02:00' }),
      });
      // 13 wall-clock hours on the autumn switch day are 14 real hours: refused
      const autumn = await staff.errorCode(CREATE_BOOKING, {
        input: input({ roomId: nightRoom.id, start: '2026-10-25T00:00:00+02:00', end: '2026-10-25T12:00:00+01:00' }),
      });
      expect(autumn).toMatchObject({ code: 'BAD_USER_INPUT' });
      expect(autumn.extensions.field).toBe('end');
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });
});

describe('moveBooking', () => {
  it('moves to another room and time and raises the version', async () => {
    const booking = await factory.booking({ roomId, organizationId, start: '2026-06-10T10:00:00+02:00', end: '2026-06-10T11:00:00+02:00' });
    const { moveBooking } = await staff.data(MOVE_BOOKING, {
      id: booking.id,
      expectedVersion: 1,
      roomId: otherRoomId,
      start: '2026-06-10T14:00:00+02:00',
      end: '2026-06-10T15:30:00+02:00',
    });
    expect(moveBooking).toMatchObject({
      version: 2,
      room: { id: otherRoomId },
      start: '2026-06-10T12:00:00.000Z',
      end: '2026-06-10T13:30:00.000Z',
    });
  });

  it('refuses a move onto another booking with BOOKING_CONFLICT and leaves the booking where it was', async () => {
    const blocker = await factory.booking({
      roomId: otherRoomId,
      organizationId,
      start: '2026-06-11T10:00:00+02:00',
      end: '2026-06-11T12:00:00+02:00',
      title: 'Malkurs',
    });
    const moving = await factory.booking({ roomId, organizationId, start: '2026-06-11T10:00:00+02:00', end: '2026-06-11T11:00:00+02:00' });
    const error = await staff.errorCode(MOVE_BOOKING, {
      id: moving.id,
      expectedVersion: 1,
      roomId: otherRoomId,
      start: '2026-06-11T11:00:00+02:00',
      end: '2026-06-11T12:00:00+02:00',
    });
    expect(error.code).toBe('BOOKING_CONFLICT');
    expect(error.extensions.conflicts).toEqual([expect.objectContaining({ id: blocker.id, title: 'Malkurs' })]);
    const unchanged = await app.services.bookings.getBooking({ kind: 'staff', userId: 'x', sessionId: 'x' }, moving.id);
    expect(unchanged).toMatchObject({ roomId, version: 1 });
  });

  it('may move a booking onto the slot it occupies itself (overlapping its old time)', async () => {
    const booking = await factory.booking({ roomId, organizationId, start: '2026-06-12T10:00:00+02:00', end: '2026-06-12T12:00:00+02:00' });
    const { moveBooking } = await staff.data(MOVE_BOOKING, {
      id: booking.id,
      expectedVersion: 1,
      roomId,
      start: '2026-06-12T11:00:00+02:00',
      end: '2026-06-12T13:00:00+02:00',
    });
    expect(moveBooking.version).toBe(2);
  });

  it('answers an old expectedVersion with STALE_VERSION and changes nothing', async () => {
    const booking = await factory.booking({ roomId, organizationId, start: '2026-06-15T10:00:00+02:00', end: '2026-06-15T11:00:00+02:00' });
    await staff.data(MOVE_BOOKING, {
      id: booking.id,
      expectedVersion: 1,
      roomId,
      start: '2026-06-15T12:00:00+02:00',
      end: '2026-06-15T13:00:00+02:00',
    });
    const stale = await staff.errorCode(MOVE_BOOKING, {
      id: booking.id,
      expectedVersion: 1,
      roomId: otherRoomId,
      start: '2026-06-15T15:00:00+02:00',
      end: '2026-06-15T16:00:00+02:00',
    });
    expect(stale).toMatchObject({ code: 'STALE_VERSION' });
    expect(stale.extensions).toMatchObject({ expectedVersion: 1, currentVersion: 2 });
    const current = await app.services.bookings.getBooking({ kind: 'staff', userId: 'x', sessionId: 'x' }, booking.id);
    expect(current).toMatchObject({ roomId, version: 2, start: new Date('2026-06-15T10:00:00Z') });
  });

  it('answers an unknown booking with NOT_FOUND', async () => {
    const error = await staff.errorCode(MOVE_BOOKING, {
      id: '00000000-0000-4000-8000-000000000000',
      expectedVersion: 1,
      roomId,
      start: '2026-06-15T12:00:00+02:00',
      end: '2026-06-15T13:00:00+02:00',
    });
    expect(error.code).toBe('NOT_FOUND');
  });
});

describe('updateBooking and cancelBooking', () => {
  it('changes only the given fields, and an explicit null clears notes', async () => {
    const booking = await factory.booking({
      roomId,
      organizationId,
      start: '2026-06-16T10:00:00+02:00',
      end: '2026-06-16T11:00:00+02:00',
      notes: 'alt',
      expectedAttendees: 5,
    });
    const { updateBooking } = await staff.data(UPDATE_BOOKING, {
      id: booking.id,
      expectedVersion: 1,
      input: { title: 'Neuer Titel', visibility: 'PUBLIC', notes: null },
    });
    expect(updateBooking).toMatchObject({ title: 'Neuer Titel', visibility: 'PUBLIC', notes: null, expectedAttendees: 5, version: 2 });
  });

  it('runs the same rules on an update', async () => {
    const booking = await factory.booking({ roomId, organizationId, start: '2026-06-16T12:00:00+02:00', end: '2026-06-16T13:00:00+02:00' });
    const error = await staff.errorCode(UPDATE_BOOKING, {
      id: booking.id,
      expectedVersion: 1,
      input: { roomId: smallRoomId, expectedAttendees: 10 },
    });
    expect(error.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'expectedAttendees' });
  });

  it('cancels, frees the slot for a new booking, and refuses to cancel twice', async () => {
    const booking = await factory.booking({ roomId, organizationId, start: '2026-06-17T10:00:00+02:00', end: '2026-06-17T12:00:00+02:00' });
    const { cancelBooking } = await staff.data(CANCEL_BOOKING, { id: booking.id, expectedVersion: 1 });
    expect(cancelBooking).toMatchObject({ status: 'CANCELLED', version: 2 });
    const again = await staff.data(CREATE_BOOKING, {
      input: input({ start: '2026-06-17T10:00:00+02:00', end: '2026-06-17T12:00:00+02:00' }),
    });
    expect(again.createBooking.status).toBe('CONFIRMED');
    const twice = await staff.errorCode(CANCEL_BOOKING, { id: booking.id, expectedVersion: 2 });
    expect(twice.code).toBe('BAD_USER_INPUT');
    const { bookings } = await staff.data(BOOKINGS, {
      from: '2026-06-17T00:00:00+02:00',
      to: '2026-06-18T00:00:00+02:00',
      roomIds: [roomId],
    });
    expect(bookings.map((b: { id: string }) => b.id)).toEqual([again.createBooking.id]);
  });
});

describe('bookings query', () => {
  it('returns bookings overlapping the range, filtered by location and room, ordered by start', async () => {
    const elsewhere = await factory.location();
    const elsewhereRoom = await factory.room({ locationId: elsewhere.id });
    const a = await factory.booking({
      roomId: elsewhereRoom.id,
      organizationId,
      start: '2026-06-18T09:00:00+02:00',
      end: '2026-06-18T10:00:00+02:00',
    });
    const b = await factory.booking({
      roomId: elsewhereRoom.id,
      organizationId,
      start: '2026-06-18T08:00:00+02:00',
      end: '2026-06-18T09:00:00+02:00',
    });
    await factory.booking({ roomId, organizationId, start: '2026-06-18T08:00:00+02:00', end: '2026-06-18T09:00:00+02:00' });
    const { bookings } = await staff.data(BOOKINGS, {
      from: '2026-06-18T00:00:00+02:00',
      to: '2026-06-19T00:00:00+02:00',
      locationIds: [elsewhere.id],
    });
    expect(bookings.map((booking: { id: string }) => booking.id)).toEqual([b.id, a.id]);
    // a range ending exactly when a booking starts does not include it
    const touching = await staff.data(BOOKINGS, {
      from: '2026-06-18T07:00:00+02:00',
      to: '2026-06-18T08:00:00+02:00',
      locationIds: [elsewhere.id],
    });
    expect(touching.bookings).toEqual([]);
  });

  it('refuses an inverted or too long range with BAD_USER_INPUT', async () => {
    const inverted = await staff.errorCode(BOOKINGS, { from: '2026-06-19T00:00:00Z', to: '2026-06-18T00:00:00Z' });
    expect(inverted.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
    const tooLong = await staff.errorCode(BOOKINGS, { from: '2026-01-01T00:00:00Z', to: '2026-12-31T00:00:00Z' });
    expect(tooLong.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'to' });
  });

  it('costs a constant number of queries for a week, however many bookings it holds', async () => {
    const location = await factory.location();
    const rooms = await Promise.all([1, 2, 3].map(() => factory.room({ locationId: location.id })));
    const week = { from: '2026-06-22T00:00:00+02:00', to: '2026-06-29T00:00:00+02:00', locationIds: [location.id] };
    const query = `query ($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) {
      bookings(from: $from, to: $to, locationIds: $locationIds) { id room { id name location { id name } } organization { id name } }
    }`;
    await factory.booking({ roomId: rooms[0]!.id, organizationId, start: '2026-06-22T10:00:00+02:00', end: '2026-06-22T11:00:00+02:00' });
    await app.services.changeFeed.settle();
    const few = await countQueries(app, () => staff.data(query, week));
    for (let day = 23; day <= 26; day++)
      for (const room of rooms)
        await factory.booking({
          roomId: room.id,
          organizationId,
          start: `2026-06-${day}T10:00:00+02:00`,
          end: `2026-06-${day}T11:00:00+02:00`,
        });
    await app.services.changeFeed.settle();
    const many = await countQueries(app, () => staff.data(query, week));
    expect((await staff.data(query, week)).bookings).toHaveLength(13);
    expect(few.length).toBeLessThanOrEqual(2); // the session lookup and the bookings
    expect(many).toEqual(few);
  });

  it.each([
    ['in full', BOOKINGS_IN_RANGE_SQL],
    ['as the calendar reads it', BOOKING_ROWS_IN_RANGE_SQL],
  ])('reads a range %s through the time index, not by scanning every booking', async (_, sql) => {
    // with seq scans priced out, a plan without an index on the period means the query cannot use one at all
    const plan = await app.services.database.dataSource.transaction(async (manager) => {
      await manager.query('SET LOCAL enable_seqscan = off');
      const rows: Array<{ 'QUERY PLAN': string }> = await manager.query(
        `EXPLAIN ${sql.replace(/\$1/g, "'2026-06-22T00:00:00+02:00'::timestamptz").replace(/\$2/g, "'2026-06-29T00:00:00+02:00'::timestamptz").replace(/\$3/g, 'NULL').replace(/\$4/g, 'NULL').replace(/\$5/g, 'false').replace(/\$6/g, '100')}`,
      );
      return rows.map((row) => row['QUERY PLAN']).join('\n');
    });
    // either GiST index on the booking's period serves (booking_time_idx or the exclusion constraint's)
    expect(plan).toMatch(/Index Cond: \(tstzrange\(starts_at, ends_at/);
    expect(plan).not.toMatch(/Seq Scan on booking\b/);
  });
});

describe('malformed requests', () => {
  it('answers broken JSON with a 400 and a code, not a stack trace', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: '{"query": ',
    });
    expect(response.status).toBe(400);
    const body = await response.text();
    expect(body).toContain('BAD_REQUEST');
    expect(body).not.toMatch(/\bat \S+:\d+/);
  });

  it('answers an unknown field with GRAPHQL_VALIDATION_FAILED', async () => {
    const result = await staff.request('{ bookings(from: "2026-06-01T00:00:00Z", to: "2026-06-02T00:00:00Z") { nonsense } }');
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });

  it('answers a missing variable with BAD_USER_INPUT', async () => {
    const result = await staff.request(CREATE_BOOKING, {});
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});
