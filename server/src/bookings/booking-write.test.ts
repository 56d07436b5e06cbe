import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Viewer } from '../auth/viewer.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import type { BookingRecord } from './booking-record.js';
import { draftFrom, type BookingDraft } from './booking-shape.js';
import type { BookingWrite, PlacedSlot } from './booking-write.js';

let app: TestApp;
let staff: Viewer;
let organizationId: string;
let rooms: string[] = [];

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  const factory = new Factory(app);
  const locationId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  organizationId = (await factory.organization()).id;
  staff = { kind: 'staff', userId: (await factory.user('STAFF')).id, sessionId: 'test' };
  rooms = await Promise.all([1, 2, 3].map(async () => (await factory.room({ locationId })).id));
});

afterAll(async () => {
  await app?.stop();
});

/** A new booking's values besides its place: a draft's (the optional ones empty), confirmed. */
const values = () => {
  const {
    roomId: _roomId,
    start: _start,
    end: _end,
    ...draft
  } = draftFrom({
    roomId: rooms[0]!,
    organizationId,
    title: 'Probe',
    category: 'MEETING',
    start: new Date(0),
    end: new Date(0),
  });
  return {
    ...draft,
    status: 'CONFIRMED' as const,
    checkedInAt: null,
    expiresAt: null,
    statusReason: null,
    seriesId: null,
    occurrenceStart: null,
    createdById: null,
    version: 1,
    updatedAt: new Date('2026-06-01T08:00:00Z'),
  };
};

const wanted = (roomId: string, start: string, end: string) => ({
  roomId,
  start: new Date(start),
  end: new Date(end),
  organizationId,
  expectedAttendees: null,
});

/** Never called: it only has to compile, and each line marked fails to compile without its mark. */
export function unplacedSlotsDoNotCompile(write: BookingWrite, draft: BookingDraft, booking: BookingRecord, slot: PlacedSlot): void {
  // @ts-expect-error a draft has not been placed: no rooms locked, no conflicts looked for
  void write.insert([{ ...values(), ...draft }]);
  // @ts-expect-error a slot is placed by `placeSlots`, not written by hand
  void write.insert([{ ...values(), slot: { roomId: draft.roomId, start: draft.start, end: draft.end } }]);
  // @ts-expect-error a booking's new place must be placed before it is written
  void write.update(booking, { title: 'x' }, 'UPDATED', new Date());
  // @ts-expect-error a slot placed for a new booking names no booking to update
  void write.update(slot, { title: 'x' }, 'UPDATED', new Date());
  // @ts-expect-error the place comes from the placed slot, not from the values
  void write.update({ ...slot, before: booking }, { roomId: draft.roomId }, 'UPDATED', new Date());
}

describe(`placing booking slots on ${ENGINE}`, () => {
  it('refuses a taken slot before the locks, then locks every room once in room order, reads the closures (one entered meanwhile is seen) and looks for conflicts again', async () => {
    const logger = app.services.database.dataSource.logger;
    const original = logger.logQuery.bind(logger);
    const seen: Array<{ query: string; parameters: unknown[] }> = [];
    logger.logQuery = (query: string, parameters?: unknown[]) => {
      seen.push({ query, parameters: parameters ?? [] });
    };
    try {
      await app.services.bookings.write(staff, async (write) => {
        seen.length = 0;
        const [last, first, middle] = [...rooms].sort().reverse() as [string, string, string];
        await write.placeSlots([
          wanted(last, '2026-06-02T08:00:00Z', '2026-06-02T09:00:00Z'),
          wanted(first, '2026-06-02T08:00:00Z', '2026-06-02T09:00:00Z'),
          wanted(middle, '2026-06-02T08:00:00Z', '2026-06-02T09:00:00Z'),
          wanted(last, '2026-06-03T08:00:00Z', '2026-06-03T09:00:00Z'),
        ]);
      });
    } finally {
      logger.logQuery = original;
    }
    const position = (test: (query: string) => boolean) => seen.findIndex(({ query }) => test(query));
    const locks = seen.filter(({ query }) => query.includes('pg_advisory_xact_lock'));
    const lockedRooms = locks.map(({ parameters }) => parameters.find((parameter) => rooms.includes(String(parameter))));
    expect(lockedRooms).toEqual([...rooms].sort());
    const firstLock = seen.indexOf(locks[0]!);
    const lastLock = seen.indexOf(locks.at(-1)!);
    const closureRead = position((query) => query.includes('FROM closure'));
    const conflictSearches = seen.flatMap(({ query }, index) => (query.includes('unnest') ? [index] : []));
    expect(firstLock).toBeGreaterThanOrEqual(0);
    // the first search may only refuse (a committed booking holds the slot), so contending writers need not queue
    expect(conflictSearches).toHaveLength(2);
    expect(conflictSearches[0]).toBeLessThan(firstLock);
    // a closure takes the same locks (closure.service.ts), so what is read after them is every committed closure
    expect(closureRead).toBeGreaterThan(lastLock);
    // and the search that admits the slots comes after both
    expect(conflictSearches[1]).toBeGreaterThan(closureRead);
  });

  it('refuses to write a slot that no placing made, even one dressed up as placed', async () => {
    const forged = { ...wanted(rooms[0]!, '2026-06-04T08:00:00Z', '2026-06-04T09:00:00Z') } as unknown as PlacedSlot;
    await expect(app.services.bookings.write(staff, (write) => write.insert([{ ...values(), slot: forged }]))).rejects.toThrow(
      'a booking slot must be placed by the write that writes it',
    );
  });

  it('refuses a slot placed by another write', async () => {
    const [slot] = await app.services.bookings.write(staff, (write) =>
      write.placeSlots([wanted(rooms[0]!, '2026-06-05T08:00:00Z', '2026-06-05T09:00:00Z')]),
    );
    await expect(app.services.bookings.write(staff, (write) => write.insert([{ ...values(), slot: slot! }]))).rejects.toThrow(
      'a booking slot must be placed by the write that writes it',
    );
  });

  it('places only the free slots when asked to report the others, naming the bookings in the way', async () => {
    const taken = await app.services.bookings.write(staff, async (write) => {
      const [slot] = await write.placeSlots([wanted(rooms[1]!, '2026-06-08T10:00:00Z', '2026-06-08T11:00:00Z')]);
      return write.insert([{ ...values(), slot: slot! }]);
    });
    const assessed = await app.services.bookings.write(staff, (write) =>
      write.placeFreeSlots([
        wanted(rooms[1]!, '2026-06-08T10:30:00Z', '2026-06-08T11:30:00Z'),
        wanted(rooms[1]!, '2026-06-08T11:00:00Z', '2026-06-08T12:00:00Z'),
      ]),
    );
    expect(assessed.map((slot) => [slot.conflicts.map((conflict) => conflict.id), slot.placed !== null])).toEqual([
      [[taken[0]!.id], false],
      [[], true],
    ]);
  });
});
