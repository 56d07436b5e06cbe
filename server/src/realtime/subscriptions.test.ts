import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, collect, createTestApp, quietFor, subscribed, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { BOOKING_CHANGED, CREATE_BOOKING, MOVE_BOOKING, UPDATE_BOOKING } from '../../test/documents.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import { recordBookingChange } from '../bookings/booking-log.js';

interface ChangeEvent {
  bookingChanged: {
    cursor: string;
    kind: string;
    bookingId: string;
    booking: { id: string; title: string | null; notes: string | null; redacted: boolean; start: string; room: { id: string } } | null;
  };
}

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let locationA: string;
let locationB: string;
let roomA: string;
let roomB: string;
let organizationA: string;
let organizationB: string;
let hourCounter = 8;

/** A fresh, non-overlapping slot on Tuesday 2 June each time. */
function nextSlot() {
  const hour = hourCounter++;
  return {
    start: `2026-06-02T${String(hour).padStart(2, '0')}:00:00+02:00`,
    end: `2026-06-02T${String(hour).padStart(2, '0')}:30:00+02:00`,
  };
}
let minuteCounter = 0;
function nextQuarter() {
  const minutes = 8 * 60 + 15 * minuteCounter++;
  const at = (value: number) => `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
  return { start: `2026-06-03T${at(minutes)}:00+02:00`, end: `2026-06-03T${at(minutes + 15)}:00+02:00` };
}

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  locationA = (await factory.location({ name: 'Haus A' })).id;
  locationB = (await factory.location({ name: 'Haus B' })).id;
  roomA = (await factory.room({ locationId: locationA })).id;
  roomB = (await factory.room({ locationId: locationB })).id;
  organizationA = (await factory.organization()).id;
  organizationB = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

describe(`bookingChanged on ${ENGINE}`, () => {
  it('delivers a committed booking to a subscriber', async () => {
    const subscriber = (await factory.staffClient()).client;
    const stream = await subscribed(app, 1, () => collect<ChangeEvent>(subscriber.subscriptions(), BOOKING_CHANGED));
    const { createBooking } = await staff.data(CREATE_BOOKING, {
      input: { roomId: roomA, organizationId: organizationA, title: 'Chorprobe', category: 'CHOIR', ...nextQuarter() },
    });
    const [event] = await stream.waitFor(1);
    expect(event?.bookingChanged).toMatchObject({ kind: 'CREATED', bookingId: createBooking.id, booking: { title: 'Chorprobe' } });
    expect(stream.errors).toEqual([]);
    stream.dispose();
    await subscriber.closeSockets();
  });

  it('never announces a change whose transaction rolled back', async () => {
    const subscriber = (await factory.staffClient()).client;
    const stream = await subscribed(app, 1, () => collect<ChangeEvent>(subscriber.subscriptions(), BOOKING_CHANGED));
    const existing = await factory.booking({ roomId: roomA, organizationId: organizationA, ...nextQuarter() });
    await stream.waitFor(1);

    // a change log entry (with its NOTIFY) written inside a transaction that then fails
    const rolledBack = app.services.database.dataSource.transaction(async (manager) => {
      const record = await findBookingRecord(manager, existing.id);
      await recordBookingChange(manager, { kind: 'UPDATED', actorId: null, before: record, after: { ...record!, title: 'Nie passiert' } });
      throw new Error('rollback on purpose');
    });
    await expect(rolledBack).rejects.toThrow('rollback on purpose');

    const { moveBooking } = await staff.data(MOVE_BOOKING, { id: existing.id, expectedVersion: 1, roomId: roomA, ...nextQuarter() });
    const events = await stream.waitFor(2);
    await quietFor(300); // the rolled-back change would have come by now
    expect(stream.events.map((event) => event.bookingChanged.kind)).toEqual(['CREATED', 'UPDATED']);
    expect(events[1]?.bookingChanged.booking).toMatchObject({ id: moveBooking.id, title: 'Probe' });
    expect(stream.events.some((event) => event.bookingChanged.booking?.title === 'Nie passiert')).toBe(false);
    stream.dispose();
    await subscriber.closeSockets();
  });

  it('filters by location, and tells both locations when a booking moves between them', async () => {
    const subscriber = (await factory.staffClient()).client;
    const onlyB = await subscribed(app, 1, () =>
      collect<ChangeEvent>(subscriber.subscriptions(), BOOKING_CHANGED, { locationIds: [locationB] }),
    );
    const inA = await factory.booking({ roomId: roomA, organizationId: organizationA, ...nextSlot() });
    const inB = await factory.booking({ roomId: roomB, organizationId: organizationA, ...nextSlot() });
    await staff.data(MOVE_BOOKING, { id: inA.id, expectedVersion: 1, roomId: roomB, ...nextSlot() });
    const events = await onlyB.waitFor(2);
    expect(events.map((event) => [event.bookingChanged.bookingId, event.bookingChanged.kind])).toEqual([
      [inB.id, 'CREATED'],
      [inA.id, 'UPDATED'],
    ]);
    onlyB.dispose();
    await subscriber.closeSockets();
  });

  it('replays every change after a cursor, in order, then continues live without duplicates', async () => {
    const subscriber = (await factory.staffClient()).client;
    const first = await subscribed(app, 1, () => collect<ChangeEvent>(subscriber.subscriptions(), BOOKING_CHANGED));
    await factory.booking({ roomId: roomA, organizationId: organizationB, ...nextQuarter() });
    const [seen] = await first.waitFor(1);
    first.dispose();
    await subscriber.closeSockets();

    // while "offline", three changes happen
    const missed = [];
    for (let index = 0; index < 3; index++)
      missed.push(await factory.booking({ roomId: roomA, organizationId: organizationB, ...nextQuarter() }));

    const resumed = collect<ChangeEvent>(subscriber.subscriptions(), BOOKING_CHANGED, { after: seen!.bookingChanged.cursor });
    const replayed = await resumed.waitFor(3);
    expect(replayed.map((event) => event.bookingChanged.bookingId)).toEqual(missed.map((booking) => booking.id));
    const live = await factory.booking({ roomId: roomA, organizationId: organizationB, ...nextQuarter() });
    const all = await resumed.waitFor(4);
    await quietFor(300); // a duplicate would have come by now
    expect(resumed.events).toHaveLength(4);
    expect(all[3]?.bookingChanged.bookingId).toBe(live.id);
    const cursors = resumed.events.map((event) => BigInt(event.bookingChanged.cursor));
    expect(cursors.every((cursor, index) => index === 0 || cursor > cursors[index - 1]!)).toBe(true);
    resumed.dispose();
    await subscriber.closeSockets();
  });

  it('answers a cursor the log does not hold with RESYNC_REQUIRED, and a malformed one with BAD_USER_INPUT', async () => {
    const subscriber = (await factory.staffClient()).client;
    const future = collect<ChangeEvent>(subscriber.subscriptions(), BOOKING_CHANGED, { after: '999999999999' });
    await future.waitFor(1).catch(() => undefined);
    expect(future.errors).toEqual([expect.objectContaining({ extensions: expect.objectContaining({ code: 'RESYNC_REQUIRED' }) })]);
    const malformed = collect<ChangeEvent>(subscriber.subscriptions(), BOOKING_CHANGED, { after: 'gestern' });
    await malformed.waitFor(1).catch(() => undefined);
    expect(malformed.errors).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', field: 'after' }) }),
    ]);
    await subscriber.closeSockets();
  });

  it('applies the viewing rules: anonymous sees PUBLIC only, other MOs no private title or notes', async () => {
    const anonymous = app.client();
    const otherMember = (await factory.memberClient(organizationB)).client;
    const [anonymousStream, memberStream] = await subscribed(
      app,
      2,
      () =>
        [
          collect<ChangeEvent>(anonymous.subscriptions(), BOOKING_CHANGED),
          collect<ChangeEvent>(otherMember.subscriptions(), BOOKING_CHANGED),
        ] as const,
    );

    const privateBooking = await factory.booking({
      roomId: roomA,
      organizationId: organizationA,
      visibility: 'PRIVATE',
      title: 'Geheim',
      notes: 'Notiz',
      ...nextSlot(),
    });
    const membersBooking = await factory.booking({
      roomId: roomA,
      organizationId: organizationA,
      visibility: 'MEMBERS',
      title: 'Intern',
      notes: 'Notiz',
      ...nextSlot(),
    });
    const publicBooking = await factory.booking({
      roomId: roomA,
      organizationId: organizationA,
      visibility: 'PUBLIC',
      title: 'Offen',
      notes: 'Notiz',
      ...nextSlot(),
    });
    // a public booking turned members-only: anonymous learns it is gone, without its details
    await staff.data(UPDATE_BOOKING, { id: publicBooking.id, expectedVersion: 1, input: { visibility: 'MEMBERS' } });

    const memberEvents = await memberStream.waitFor(4);
    expect(memberEvents.map((event) => event.bookingChanged.booking)).toEqual([
      expect.objectContaining({ id: privateBooking.id, title: null, notes: null, redacted: true }),
      expect.objectContaining({ id: membersBooking.id, title: 'Intern', notes: null }),
      expect.objectContaining({ id: publicBooking.id, title: 'Offen', notes: null }),
      expect.objectContaining({ id: publicBooking.id, title: 'Offen', notes: null }),
    ]);

    const anonymousEvents = await anonymousStream.waitFor(2);
    await quietFor(300); // an event anonymous may not see would have come by now
    expect(anonymousStream.events).toHaveLength(2);
    expect(anonymousEvents[0]?.bookingChanged).toMatchObject({ bookingId: publicBooking.id, booking: { title: 'Offen', notes: null } });
    expect(anonymousEvents[1]?.bookingChanged).toMatchObject({ bookingId: publicBooking.id, kind: 'UPDATED', booking: null });
    await anonymous.closeSockets();
    await otherMember.closeSockets();
  });
});
