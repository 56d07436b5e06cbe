import type { DataSource, EntityManager } from 'typeorm';
import { can } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { tellOthers } from '../notifications/tell-others.js';
import { recordChanges, type ChangeEntry } from '../changes/change-log.js';
import { bookingChangeEntry, type BookingChangeEntry } from './booking-log.js';
import type { Clock } from '../shared/clock.js';
import { EXCLUSION_VIOLATION, sqlState } from '../shared/database-errors.js';
import { AppError, ErrorCode, type ConflictingBooking } from '../shared/errors.js';
import { Booking } from './booking.entity.js';
import type { BookingRecord } from './booking-record.js';
import { findBookingRecords, findOverlappingMany } from './booking.repository.js';
import type { BookingFields } from './booking-shape.js';

/** A room for [start, end) that a write wants; `bookingId` when the slot is an existing booking's new place. */
export interface Slot {
  roomId: string;
  start: Date;
  end: Date;
  bookingId?: string;
}

/** The bookings in the way of one wanted slot. */
export interface SlotConflict {
  slot: Slot;
  conflicts: BookingRecord[];
}

/** What a write needs besides the viewer: the time, and whether changes by others are also told by e-mail. */
export interface WriteOptions {
  clock: Clock;
  mailChanges: boolean;
  /** How long a booking's changes are gathered into one e-mail. */
  mailDelayMs?: number;
}

/** Any fixed number: the namespace of the per-room advisory locks. */
export const ROOM_WRITE_LOCK = 727_002;

/**
 * One unit of work over any number of booking slots, used by single bookings and series alike: lock the
 * rooms, find every slot that is taken (naming each booking in the way), write, and append every change to
 * the change log as one batch, all in one transaction. The exclusion constraint stays the last word: should
 * it refuse anyway, the refusal still names every slot and every booking in the way.
 */
export class BookingWrite {
  private readonly attempted: Slot[] = [];
  private readonly changes: BookingChangeEntry[] = [];
  private readonly otherChanges: ChangeEntry[] = [];
  /** Why, in the actor's words, for every booking this write changes (shown in notices and the audit). */
  reason: string | null = null;

  constructor(
    readonly manager: EntityManager,
    private readonly actorId: string | null,
  ) {}

  /**
   * Writes to one room take turns. Without this, two transactions inserting overlapping bookings at the
   * same moment can each wait for the other inside the exclusion constraint and deadlock (PostgreSQL
   * reports 40P01); with it, the second sees the first's committed rows. Rooms are locked in a fixed
   * order, so writes over several rooms cannot deadlock either.
   */
  async lockRooms(roomIds: readonly string[]): Promise<void> {
    for (const roomId of [...new Set(roomIds)].sort())
      await this.manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ROOM_WRITE_LOCK, roomId]);
  }

  /** The wanted slots that are taken, each with the bookings in its way; call after `lockRooms`. */
  async conflictsOf(slots: readonly Slot[]): Promise<SlotConflict[]> {
    return findConflicts(this.manager, slots);
  }

  /** Refuses with BOOKING_CONFLICT naming every taken slot, before anything is written. */
  async assertFree(viewer: Viewer, slots: readonly Slot[]): Promise<void> {
    const taken = await this.conflictsOf(slots);
    if (taken.length > 0) throw conflictError(viewer, taken);
  }

  /** Inserts new bookings (one statement) and notes their creation for the change log. */
  async insert(rows: ReadonlyArray<Omit<BookingFields, 'id'>>): Promise<BookingRecord[]> {
    if (rows.length === 0) return [];
    this.attempted.push(...rows.map((row) => ({ roomId: row.roomId, start: row.start, end: row.end })));
    const inserted = await this.manager.getRepository(Booking).insert(rows.map((row) => ({ ...row })));
    const ids = inserted.identifiers.map((identifier) => String(identifier.id));
    const records = await findBookingRecords(this.manager, ids);
    for (const after of records) this.changes.push({ kind: 'CREATED', actorId: this.actorId, before: null, after });
    return records;
  }

  /** Updates one booking (its version goes up by one) and notes the change for the change log. */
  async update(
    before: BookingRecord,
    values: Partial<BookingFields>,
    kind: 'UPDATED' | 'CANCELLED' | 'CREATED',
    updatedAt: Date,
  ): Promise<BookingRecord> {
    const after = { ...before, ...values };
    if (after.status !== 'CANCELLED')
      this.attempted.push({ roomId: after.roomId, start: after.start, end: after.end, bookingId: before.id });
    await this.manager.getRepository(Booking).update({ id: before.id }, { ...values, version: before.version + 1, updatedAt });
    const [record] = await findBookingRecords(this.manager, [before.id]);
    if (!record) throw new Error(`booking ${before.id} vanished inside its own transaction`);
    this.changes.push({ kind, actorId: this.actorId, before, after: record });
    return record;
  }

  /** Notes a change of something else written in the same unit (a series, a closure), for the same batch. */
  note(entry: ChangeEntry): void {
    this.otherChanges.push(entry);
  }

  /**
   * Appends the noted changes to the change log as one batch; the last step before commit. Other changes
   * come first, so the batch's last entry is a booking's: a booking subscriber that counts down the
   * batch reaches zero on the last change it is sent.
   */
  async log(options?: WriteOptions): Promise<void> {
    const changes = this.changes.map((change) => ({ ...change, reason: this.reason }));
    const cursors = await recordChanges(this.manager, [...this.otherChanges, ...changes.map(bookingChangeEntry)]);
    const bookingCursors = cursors.slice(this.otherChanges.length);
    // the MO hears of what others did to its bookings, in the same transaction as the change
    await tellOthers(
      this.manager,
      changes.map((change, index) => ({ change, cursor: bookingCursors[index]! })),
      { now: options?.clock() ?? new Date(), mail: options?.mailChanges ?? false, delayMs: options?.mailDelayMs },
    );
    this.changes.length = 0;
    this.otherChanges.length = 0;
  }

  get attemptedSlots(): readonly Slot[] {
    return this.attempted;
  }
}

/**
 * Runs `work` in a transaction with a `BookingWrite`, logs its changes and commits. A refusal by the
 * exclusion constraint becomes BOOKING_CONFLICT naming every attempted slot that is taken.
 */
export async function writeBookings<T>(
  dataSource: DataSource,
  viewer: Viewer,
  actorId: string | null,
  work: (write: BookingWrite) => Promise<T>,
  options?: WriteOptions,
): Promise<T> {
  let write: BookingWrite | undefined;
  try {
    return await dataSource.transaction(async (manager) => {
      write = new BookingWrite(manager, actorId);
      const result = await work(write);
      await write.log(options);
      return result;
    });
  } catch (error) {
    if (sqlState(error) !== EXCLUSION_VIOLATION) throw error;
    const taken = write ? await findConflicts(dataSource.manager, write.attemptedSlots) : [];
    const refusal = conflictError(viewer, taken);
    refusal.cause = error;
    throw refusal;
  }
}

async function findConflicts(manager: EntityManager, slots: readonly Slot[]): Promise<SlotConflict[]> {
  const overlapping = await findOverlappingMany(manager, slots);
  return slots.map((slot, index) => ({ slot, conflicts: overlapping[index] ?? [] })).filter((taken) => taken.conflicts.length > 0);
}

/**
 * BOOKING_CONFLICT: `conflicts` are the bookings in the way (each once, what the viewer may see of them),
 * `slots` the wanted slots that are taken (for a series: which dates).
 */
export function conflictError(viewer: Viewer, taken: readonly SlotConflict[]): AppError {
  const seen = new Map<string, ConflictingBooking>();
  for (const { conflicts } of taken)
    for (const conflict of conflicts) {
      if (seen.has(conflict.id)) continue;
      const visible = can(viewer, 'viewDetails', conflict);
      seen.set(conflict.id, {
        id: conflict.id,
        roomId: conflict.roomId,
        start: conflict.start.toISOString(),
        end: conflict.end.toISOString(),
        title: visible ? conflict.title : null,
        organizationName: visible ? conflict.organization.name : null,
      });
    }
  return new AppError(ErrorCode.BookingConflict, {
    conflicts: [...seen.values()],
    slots: taken.map(({ slot, conflicts }) => ({
      roomId: slot.roomId,
      start: slot.start.toISOString(),
      end: slot.end.toISOString(),
      conflictIds: conflicts.map((conflict) => conflict.id),
    })),
  });
}
