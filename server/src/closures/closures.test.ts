import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, createTestApp, subscribed, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import {
  AUDIT_LOG,
  BOOKING_CHANGED,
  CANCEL_CLOSURE_BOOKINGS,
  CLOSURE,
  CREATE_BOOKING,
  CREATE_CLOSURE,
  DELETE_CLOSURE,
  HOLIDAYS,
  MOVE_CLOSURE_BOOKINGS,
} from '../../test/documents.js';

interface ClosedPeriod {
  kind: string;
  name: string;
  holiday: string | null;
  date: string | null;
  start: string;
  end: string;
  locationId: string;
  roomId: string | null;
}

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let member: ApiClient;
let organizationId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
});

afterAll(async () => {
  await app?.stop();
});

const booking = (roomId: string, start: string, end: string, title = 'Deutschkurs') => ({
  input: { roomId, organizationId, title, category: 'LANGUAGE_COURSE', start, end },
});

describe('public holidays', () => {
  it('are Saxony’s, per house, as whole days in the house’s time zone; a house open on holidays has none', async () => {
    const closedOnHolidays = (await factory.location()).id;
    const openOnHolidays = (await factory.location({ openOnPublicHolidays: true })).id;
    const read = async (locationId: string) =>
      (
        await member.data<{ holidays: ClosedPeriod[] }>(HOLIDAYS, {
          from: '2026-12-20T00:00:00+01:00',
          to: '2027-01-10T00:00:00+01:00',
          locationId,
        })
      ).holidays;
    expect(
      (await read(closedOnHolidays)).map((period) => [period.kind, period.holiday, period.date, period.name, period.start, period.end]),
    ).toEqual([
      ['PUBLIC_HOLIDAY', 'CHRISTMAS_DAY', '2026-12-25', '1. Weihnachtstag', '2026-12-24T23:00:00.000Z', '2026-12-25T23:00:00.000Z'],
      ['PUBLIC_HOLIDAY', 'SECOND_CHRISTMAS_DAY', '2026-12-26', '2. Weihnachtstag', '2026-12-25T23:00:00.000Z', '2026-12-26T23:00:00.000Z'],
      ['PUBLIC_HOLIDAY', 'NEW_YEAR', '2027-01-01', 'Neujahr', '2026-12-31T23:00:00.000Z', '2027-01-01T23:00:00.000Z'],
    ]);
    expect(await read(openOnHolidays)).toEqual([]);
    const everyHouse = await member.request(HOLIDAYS, { from: '2026-12-20T00:00:00Z', to: '2027-01-10T00:00:00Z' });
    expect(everyHouse.errors).toBeUndefined();
  });

  it('refuse a booking with LOCATION_CLOSED naming the holiday', async () => {
    const roomId = (await factory.room()).id;
    // an ordinary Monday is bookable; Easter Monday is not
    expect(
      (await member.data(CREATE_BOOKING, booking(roomId, '2027-03-22T10:00:00+01:00', '2027-03-22T12:00:00+01:00'))).createBooking.id,
    ).toBeTruthy();
    const refused = await member.errorCode(CREATE_BOOKING, booking(roomId, '2027-03-29T10:00:00+02:00', '2027-03-29T12:00:00+02:00'));
    expect({
      code: refused.code,
      holiday: refused.extensions.holiday,
      name: refused.extensions.name,
      field: refused.extensions.field,
    }).toEqual({
      code: 'LOCATION_CLOSED',
      holiday: 'EASTER_MONDAY',
      name: 'Ostermontag',
      field: 'start',
    });
  });
});

describe('a closure', () => {
  it('closes a house for every booking and shows its reason; deleting it opens the house again', async () => {
    const locationId = (await factory.location()).id;
    const roomId = (await factory.room({ locationId })).id;
    const { createClosure } = await staff.data(CREATE_CLOSURE, {
      input: { locationId, start: '2026-12-21T00:00:00+01:00', end: '2027-01-04T00:00:00+01:00', reason: 'Weihnachtspause' },
    });
    expect(createClosure).toMatchObject({ locationId, roomId: null, reason: 'Weihnachtspause', affectedBookings: [] });

    const refused = await member.errorCode(CREATE_BOOKING, booking(roomId, '2026-12-22T10:00:00+01:00', '2026-12-22T12:00:00+01:00'));
    expect(refused.code).toBe('LOCATION_CLOSED');
    expect(refused.extensions).toMatchObject({ kind: 'CLOSURE', name: 'Weihnachtspause', field: 'start', holiday: null });

    const { holidays } = await member.data<{ holidays: ClosedPeriod[] }>(HOLIDAYS, {
      from: '2026-12-21T00:00:00+01:00',
      to: '2026-12-24T00:00:00+01:00',
      locationId,
    });
    expect(holidays).toEqual([expect.objectContaining({ kind: 'CLOSURE', name: 'Weihnachtspause', roomId: null })]);

    expect((await staff.data(DELETE_CLOSURE, { id: createClosure.id })).deleteClosure).toBe(true);
    expect(
      (await member.data(CREATE_BOOKING, booking(roomId, '2026-12-22T10:00:00+01:00', '2026-12-22T12:00:00+01:00'))).createBooking.id,
    ).toBeTruthy();
  });

  it('of one room leaves the house’s other rooms open', async () => {
    const locationId = (await factory.location()).id;
    const hall = (await factory.room({ locationId, name: 'Großer Saal' })).id;
    const office = (await factory.room({ locationId, name: 'Büro' })).id;
    await staff.data(CREATE_CLOSURE, {
      input: {
        locationId,
        roomId: hall,
        start: '2026-08-03T00:00:00+02:00',
        end: '2026-08-15T00:00:00+02:00',
        reason: 'Renovierung Großer Saal',
      },
    });
    expect(
      (await member.errorCode(CREATE_BOOKING, booking(hall, '2026-08-04T10:00:00+02:00', '2026-08-04T11:00:00+02:00'))).extensions.name,
    ).toBe('Renovierung Großer Saal');
    expect(
      (await member.data(CREATE_BOOKING, booking(office, '2026-08-04T10:00:00+02:00', '2026-08-04T11:00:00+02:00'))).createBooking.id,
    ).toBeTruthy();
  });

  it('entered over bookings and kept lists them without removing any; staff cancel them all in one step and the MO hears of it live', async () => {
    const locationId = (await factory.location()).id;
    const roomId = (await factory.room({ locationId })).id;
    const first = await factory.booking({ roomId, organizationId, start: '2026-09-07T10:00:00+02:00', end: '2026-09-07T12:00:00+02:00' });
    const second = await factory.booking({ roomId, organizationId, start: '2026-09-08T18:00:00+02:00', end: '2026-09-08T20:00:00+02:00' });
    const outside = await factory.booking({ roomId, organizationId, start: '2026-09-14T10:00:00+02:00', end: '2026-09-14T12:00:00+02:00' });
    const { createClosure } = await staff.data(CREATE_CLOSURE, {
      input: { locationId, start: '2026-09-07T00:00:00+02:00', end: '2026-09-12T00:00:00+02:00', reason: 'Wasserschaden' },
      decisions: [first, second].map((kept) => ({ bookingId: kept.id, action: 'KEEP' })),
    });
    expect(createClosure.affectedBookings.map((affected: { id: string }) => affected.id)).toEqual([first.id, second.id]);
    const { closure } = await staff.data(CLOSURE, { id: createClosure.id });
    expect(closure.affectedBookings.map((affected: { status: string }) => affected.status)).toEqual(['CONFIRMED', 'CONFIRMED']);

    const stream = await subscribed(app, 1, () =>
      collect<{ bookingChanged: { bookingId: string; kind: string; batchRemaining: number } }>(member.subscriptions(), BOOKING_CHANGED, {
        locationIds: [locationId],
      }),
    );
    const { cancelClosureBookings } = await staff.data(CANCEL_CLOSURE_BOOKINGS, { closureId: createClosure.id });
    expect(cancelClosureBookings.map((cancelled: { id: string; status: string }) => [cancelled.id, cancelled.status])).toEqual([
      [first.id, 'CANCELLED'],
      [second.id, 'CANCELLED'],
    ]);
    const events = await stream.waitFor(2);
    expect(events.map((event) => [event.bookingChanged.bookingId, event.bookingChanged.kind, event.bookingChanged.batchRemaining])).toEqual(
      [
        [first.id, 'CANCELLED', 1],
        [second.id, 'CANCELLED', 0],
      ],
    );
    stream.dispose();
    await member.closeSockets();
    expect((await staff.data(CLOSURE, { id: createClosure.id })).closure.affectedBookings).toEqual([]);
    expect((await staff.data(`query ($id: ID!) { booking(id: $id) { status } }`, { id: outside.id })).booking.status).toBe('CONFIRMED');
  });

  it('of one room: staff move its bookings to another room at the same times, all or none', async () => {
    const locationId = (await factory.location()).id;
    const hall = (await factory.room({ locationId })).id;
    const spare = (await factory.room({ locationId })).id;
    const busy = (await factory.room({ locationId })).id;
    const first = await factory.booking({
      roomId: hall,
      organizationId,
      start: '2026-10-12T10:00:00+02:00',
      end: '2026-10-12T12:00:00+02:00',
    });
    const second = await factory.booking({
      roomId: hall,
      organizationId,
      start: '2026-10-13T10:00:00+02:00',
      end: '2026-10-13T12:00:00+02:00',
    });
    const inTheWay = await factory.booking({
      roomId: busy,
      organizationId,
      start: '2026-10-13T11:00:00+02:00',
      end: '2026-10-13T13:00:00+02:00',
    });
    const { createClosure } = await staff.data(CREATE_CLOSURE, {
      input: { locationId, roomId: hall, start: '2026-10-12T00:00:00+02:00', end: '2026-10-17T00:00:00+02:00', reason: 'Malerarbeiten' },
      decisions: [first, second].map((kept) => ({ bookingId: kept.id, action: 'KEEP' })),
    });

    // into the closed room itself: it is closed
    expect((await staff.errorCode(MOVE_CLOSURE_BOOKINGS, { closureId: createClosure.id, roomId: hall })).extensions.name).toBe(
      'Malerarbeiten',
    );
    const refused = await staff.errorCode(MOVE_CLOSURE_BOOKINGS, { closureId: createClosure.id, roomId: busy });
    expect(refused.code).toBe('BOOKING_CONFLICT');
    expect(refused.extensions.slots).toEqual([expect.objectContaining({ roomId: busy, conflictIds: [inTheWay.id] })]);
    expect((await staff.data(CLOSURE, { id: createClosure.id })).closure.affectedBookings).toHaveLength(2);

    const { moveClosureBookings } = await staff.data(MOVE_CLOSURE_BOOKINGS, { closureId: createClosure.id, roomId: spare });
    expect(
      moveClosureBookings.map((moved: { id: string; room: { id: string }; start: string }) => [moved.id, moved.room.id, moved.start]),
    ).toEqual([
      [first.id, spare, '2026-10-12T08:00:00.000Z'],
      [second.id, spare, '2026-10-13T08:00:00.000Z'],
    ]);
  });

  it('over no bookings: cancelling or moving them answers with an empty list', async () => {
    const locationId = (await factory.location()).id;
    const roomId = (await factory.room({ locationId })).id;
    const { createClosure } = await staff.data(CREATE_CLOSURE, {
      input: { locationId, start: '2026-07-27T00:00:00+02:00', end: '2026-07-28T00:00:00+02:00', reason: 'Betriebsausflug' },
    });
    expect((await staff.data(CANCEL_CLOSURE_BOOKINGS, { closureId: createClosure.id })).cancelClosureBookings).toEqual([]);
    expect((await staff.data(MOVE_CLOSURE_BOOKINGS, { closureId: createClosure.id, roomId })).moveClosureBookings).toEqual([]);
  });

  it('is for staff to enter, and the audit log shows who did', async () => {
    const locationId = (await factory.location()).id;
    const input = { locationId, start: '2026-07-20T00:00:00+02:00', end: '2026-07-21T00:00:00+02:00', reason: 'Sommerfest' };
    expect((await member.errorCode(CREATE_CLOSURE, { input })).code).toBe('FORBIDDEN');
    expect((await staff.errorCode(CREATE_CLOSURE, { input: { ...input, end: input.start } })).extensions).toMatchObject({
      field: 'end',
      reason: 'END_BEFORE_START',
    });
    expect((await staff.errorCode(CREATE_CLOSURE, { input: { ...input, reason: '   ' } })).extensions).toMatchObject({
      field: 'reason',
      reason: 'REQUIRED',
    });
    const { createClosure } = await staff.data(CREATE_CLOSURE, { input });
    const { auditLog } = await staff.data(AUDIT_LOG, { first: 5 });
    expect(auditLog.entries[0]).toMatchObject({ entity: 'CLOSURE', entityId: createClosure.id, action: 'CREATED' });
  });
});

describe('when a house opens next', () => {
  const NEXT_OPENING = `query ($from: DateTime) { locations { id nextOpening(from: $from) { start end } } }`;
  const nextOpeningOf = async (client: ApiClient, locationId: string, from?: string) =>
    (
      await client.data<{ locations: Array<{ id: string; nextOpening: { start: string; end: string } | null }> }>(NEXT_OPENING, { from })
    ).locations.find((location) => location.id === locationId)?.nextOpening;

  it('is the span going on now, or after a closed Sunday, holidays and a closure the next morning; anyone may ask', async () => {
    const house = (await factory.location()).id;
    // the app's clock: Monday 1 June 2026, 10:00 in Leipzig
    expect(await nextOpeningOf(new ApiClient(app.url), house)).toEqual({
      start: '2026-06-01T06:00:00.000Z',
      end: '2026-06-01T20:00:00.000Z',
    });
    // a Sunday evening in December, then Christmas Eve with a closure that runs into the new year
    expect(await nextOpeningOf(member, house, '2026-12-06T18:00:00+01:00')).toEqual({
      start: '2026-12-07T07:00:00.000Z',
      end: '2026-12-07T21:00:00.000Z',
    });
    await staff.data(CREATE_CLOSURE, {
      input: { locationId: house, reason: 'Winterpause', start: '2026-12-28T00:00:00+01:00', end: '2027-01-05T00:00:00+01:00' },
    });
    expect(await nextOpeningOf(staff, house, '2026-12-24T23:30:00+01:00')).toEqual({
      start: '2027-01-05T07:00:00.000Z',
      end: '2027-01-05T21:00:00.000Z',
    });
  });
});
