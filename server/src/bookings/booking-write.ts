import type { DataSource, EntityManager } from 'typeorm';
import { can } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { tellOthers } from '../notifications/tell-others.js';
import { tellCoachingChanges } from '../coaching/coaching-notices.js';
import { COACHING_MAIL_DELAY_MS } from '../notifications/telling.js';
import { followMeetingBooking, lockMeetingOfBooking, type MeetingBookings } from '../network/meeting-booking.js';
import { tellNetworkChanges } from '../network/network-notices.js';
import { recordChanges, type ChangeEntry } from '../changes/change-log.js';
import { bookingChangeEntry, type BookingChangeEntry } from './booking-log.js';
import { ADVISORY_LOCK } from '../shared/advisory-locks.js';
import type { Clock } from '../shared/clock.js';
import { EXCLUSION_VIOLATION, sqlState } from '../shared/database-errors.js';
import { AppError, ErrorCode, badInput, type ConflictingBooking } from '../shared/errors.js';
import type { CoachingSession } from '../coaching/coaching.entities.js';
import { followBooking, lockBookings, lockSessionOfBooking } from '../coaching/session-booking.js';
import { Booking } from './booking.entity.js';
import { holdsSlot } from './booking.enums.js';
import {
  assessSlots,
  occupiedSlot,
  offeredSlots,
  type AssessedPlace,
  type BookingPlace,
  type OfferOptions,
  type WantedSlot,
} from './booking-checks.js';
import type { BookingRecord } from './booking-record.js';
import { findBookingRecords, findOverlappingMany } from './booking.repository.js';
import type { BookingDraft, BookingFields } from './booking-shape.js';
import { offerFreedSlots } from '../waiting-list/waiting-list-offers.js';

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

declare const placed: unique symbol;

/**
 * A slot this write has placed: the house offers it, its rooms are locked and no booking is in its way.
 * Only `placeSlots` and `placeFreeSlots` make one, and `insert` and `update` take nothing else, so no write
 * can skip a check or take the locks out of order.
 */
export type PlacedSlot<S extends WantedSlot = WantedSlot> = Readonly<S> & { readonly place: BookingPlace; readonly [placed]: true };

/** One slot as `placeFreeSlots` found it: placed, or why not (closed, or the bookings in its way). */
export interface AssessedSlot<S extends WantedSlot = WantedSlot> extends AssessedPlace<S> {
  placed: PlacedSlot<S> | null;
}

export interface PlaceOptions extends OfferOptions {
  /** Checks that need the rooms locked and come before the conflicts (the MO's quota). */
  whileLocked?: () => Promise<void>;
}

/** What a new booking holds besides its place, which comes from its placed slot. */
export type NewBooking = Omit<BookingFields, 'id' | 'roomId' | 'start' | 'end'> & { slot: PlacedSlot };

/**
 * A booking the viewer makes now from its draft, at its placed slot: confirmed, version 1, and a date of a
 * series only when one is named. Single bookings, series dates and coaching sessions start alike.
 */
export function newBooking(
  draft: BookingDraft,
  slot: PlacedSlot,
  viewer: Viewer,
  now: Date,
  series: { id: string; occurrenceStart: Date } | null = null,
): NewBooking {
  return {
    ...draft,
    slot,
    status: 'CONFIRMED',
    checkedInAt: null,
    expiresAt: null,
    statusReason: null,
    seriesId: series?.id ?? null,
    occurrenceStart: series?.occurrenceStart ?? null,
    createdById: viewerUserId(viewer),
    version: 1,
    updatedAt: now,
  };
}

/** What a change of status in place may write: the status and what comes with it (when checked in, why, until when). */
export type StatusValues = Partial<Pick<BookingFields, 'status' | 'checkedInAt' | 'expiresAt' | 'statusReason'>>;

/** What an update may change besides the place, which comes from the placed slot. */
export type BookingValues = Partial<Omit<BookingFields, 'id' | 'roomId' | 'start' | 'end' | 'version' | 'updatedAt'>>;

/** What a write needs besides the viewer: the time, and whether changes by others are also told by e-mail. */
export interface WriteOptions {
  clock: Clock;
  mailChanges: boolean;
  /** How long a booking's changes are gathered into one e-mail. */
  mailDelayMs?: number;
}

/**
 * What a write does to the booking of a coaching session in a room (issue 24), whose session must agree with
 * it: `refuse` to change it (BAD_USER_INPUT COACHING_SESSION: it is moved and cancelled as a session),
 * let the session `follow` (staff cancelling it, a closure cancelling or moving it), or nothing, because the
 * `session` service writes the session itself in the same unit.
 */
export type SessionBookings = 'refuse' | 'follow' | 'session';

/** The namespace of the per-room advisory locks. */
export const ROOM_WRITE_LOCK = ADVISORY_LOCK.ROOM_WRITE;

/**
 * One unit of work over any number of booking slots, used by single bookings, series and closures alike:
 * place the slots (`placeSlots`: their rooms and houses, opening hours and closures, the rooms' locks in
 * order, every slot that is taken named with the bookings in its way), write only placed slots, and append
 * every change to the change log as one batch, all in one transaction. The exclusion constraint stays the last word: should
 * it refuse anyway, the refusal still names every slot and every booking in the way.
 */
export class BookingWrite {
  private readonly attempted: Slot[] = [];
  private readonly changes: BookingChangeEntry[] = [];
  private readonly otherChanges: ChangeEntry[] = [];
  private readonly placedHere = new WeakSet<object>();
  private readonly freed: BookingRecord[] = [];
  /** How many of `freed` the waiting list was offered already (`log` may run more than once). */
  private offeredFreed = 0;
  /** Why, in the actor's words, for every booking this write changes (shown in notices and the audit). */
  reason: string | null = null;
  /** What this write does to a coaching session's booking; a write that did not choose refuses it. */
  sessionBookings: SessionBookings = 'refuse';
  /** What this write does to a network meeting's booking: the meeting follows unless the meeting service writes both. */
  meetingBookings: MeetingBookings = 'follow';

  constructor(
    readonly manager: EntityManager,
    private readonly viewer: Viewer,
    private readonly actorId: string | null,
  ) {}

  /**
   * Places every slot or none: the rooms' locks in order, then each slot's room, house and MO, the viewer's time
   * limits and the house's opening hours and closures (per `options`), then `whileLocked`, then BOOKING_CONFLICT
   * naming every slot that is taken.
   */
  async placeSlots<S extends WantedSlot>(wanted: readonly S[], options: PlaceOptions = {}): Promise<Array<PlacedSlot<S>>> {
    // a slot a committed booking holds is refused before queueing for the rooms' locks: when many want one room
    // at once, most learn at once that it is taken instead of holding a pool connection while they wait their
    // turn (issue 28: 200 clients on 10 connections ran out of time in the queue). Only a refusal is decided
    // here; a slot that looks free is checked again below, with the locks held.
    const seenTaken = await findConflicts(this.manager, wanted.map(occupiedSlot));
    if (seenTaken.length > 0) {
      // the house's refusals (closed, outside the opening hours, a retired room) are said first, as below
      await offeredSlots(this.manager, this.viewer, wanted, options);
      throw conflictError(this.viewer, seenTaken);
    }
    // the rooms' turn first: a closure entered meanwhile holds the same locks, so the checks below see it committed
    await this.lockRooms(roomsOf(wanted));
    const offered = await offeredSlots(this.manager, this.viewer, wanted, options);
    await options.whileLocked?.();
    const taken = await findConflicts(this.manager, wanted.map(occupiedSlot));
    if (taken.length > 0) throw conflictError(this.viewer, taken);
    return offered.map(({ slot, place }) => this.mint(slot, place));
  }

  /**
   * Places the slots that are free and reports the others (closed, outside the opening hours, or taken) with
   * their reason, for a series that books what it can; the rooms are locked first, in order.
   */
  async placeFreeSlots<S extends WantedSlot>(wanted: readonly S[], options: OfferOptions = {}): Promise<Array<AssessedSlot<S>>> {
    await this.lockRooms(roomsOf(wanted));
    const assessed = await assessSlots(this.manager, this.viewer, wanted, options);
    return assessed.map((slot) => ({
      ...slot,
      placed: slot.verdict.status === 'FREE' && slot.conflicts.length === 0 ? this.mint(slot.slot, slot.place) : null,
    }));
  }

  private mint<S extends WantedSlot>(slot: S, place: BookingPlace): PlacedSlot<S> {
    const placedSlot = { ...slot, place } as PlacedSlot<S>;
    this.placedHere.add(placedSlot);
    return placedSlot;
  }

  private assertPlacedHere(slot: PlacedSlot): void {
    // the type keeps unplaced slots out; this keeps out a slot placed by another write (another transaction's locks)
    if (!this.placedHere.has(slot)) throw new Error('a booking slot must be placed by the write that writes it');
  }

  /**
   * Writes to one room take turns. Without this, two transactions inserting overlapping bookings at the
   * same moment can each wait for the other inside the exclusion constraint and deadlock (PostgreSQL
   * reports 40P01); with it, the second sees the first's committed rows. Rooms are locked in a fixed
   * order, so writes over several rooms cannot deadlock either. A coaching session's write takes them
   * early, before its request's row (the order in `coaching/session-booking.ts`); taken again, they are held already.
   */
  async lockRooms(roomIds: readonly string[]): Promise<void> {
    for (const roomId of [...new Set(roomIds)].sort())
      await this.manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ROOM_WRITE_LOCK, roomId]);
  }

  /** Inserts new bookings at their placed slots (one statement) and notes their creation for the change log. */
  async insert(rows: readonly NewBooking[]): Promise<BookingRecord[]> {
    if (rows.length === 0) return [];
    const values = rows.map(({ slot, ...row }) => {
      this.assertPlacedHere(slot);
      if (slot.before) throw new Error(`slot placed for booking ${slot.before.id} cannot be inserted`);
      return { ...row, roomId: slot.roomId, start: slot.start, end: slot.end };
    });
    this.attempted.push(...values.map((row) => ({ roomId: row.roomId, start: row.start, end: row.end })));
    const inserted = await this.manager.getRepository(Booking).insert(values);
    const ids = inserted.identifiers.map((identifier) => String(identifier.id));
    const records = await findBookingRecords(this.manager, ids);
    for (const after of records) this.changes.push({ kind: 'CREATED', actorId: this.actorId, before: null, after });
    return records;
  }

  /**
   * A waiting list's offer (issue 29): the draft placed when it is free now (the house's hours and closures, nothing
   * in the way), inserted HELD until `expiresAt` as made by `person`; null when it cannot be had.
   */
  async offer(
    draft: BookingDraft,
    person: Viewer,
    expiresAt: Date,
    now: Date,
    series: { id: string; occurrenceStart: Date } | null,
  ): Promise<BookingRecord | null> {
    const [assessed] = await this.placeFreeSlots([draft]);
    if (!assessed?.placed) return null;
    const [offer] = await this.insert([{ ...newBooking(draft, assessed.placed, person, now, series), status: 'HELD', expiresAt }]);
    return offer ?? null;
  }

  /** Puts a booking at its placed slot with the values (its version goes up by one), noted for the change log. */
  async update(
    slot: PlacedSlot<WantedSlot & { before: BookingRecord }>,
    values: BookingValues,
    kind: 'UPDATED' | 'CREATED',
    updatedAt: Date,
  ): Promise<BookingRecord> {
    this.assertPlacedHere(slot);
    const before = slot.before;
    this.attempted.push({ roomId: slot.roomId, start: slot.start, end: slot.end, bookingId: before.id });
    return this.change(before, { ...values, roomId: slot.roomId, start: slot.start, end: slot.end }, kind, updatedAt);
  }

  /** Cancels a booking: it gives its slot up, so there is nothing to place. */
  cancel(before: BookingRecord, updatedAt: Date): Promise<BookingRecord> {
    return this.setStatus(before, { status: 'CANCELLED' }, updatedAt);
  }

  /**
   * Changes a booking where it is (issue 29: approved, declined, lapsed, released, checked in, an offer taken up):
   * it keeps its room and time, so there is nothing to place. A change that gives the slot up is logged as
   * CANCELLED, so open screens, feeds and notices treat it as they treat a cancellation, and its slot is noted in
   * `freedSlots` for the waiting list; any other as UPDATED.
   */
  async setStatus(before: BookingRecord, values: StatusValues, updatedAt: Date): Promise<BookingRecord> {
    const frees = holdsSlot(before.status) && values.status !== undefined && !holdsSlot(values.status);
    const after = await this.change(before, values, frees ? 'CANCELLED' : 'UPDATED', updatedAt);
    if (frees) this.freed.push(after);
    return after;
  }

  /** The bookings whose slot this write gave up (cancelled, declined, lapsed, released), in the order it did. */
  get freedSlots(): readonly BookingRecord[] {
    return this.freed;
  }

  private async change(
    before: BookingRecord,
    values: Partial<BookingFields>,
    kind: 'UPDATED' | 'CANCELLED' | 'CREATED',
    updatedAt: Date,
  ): Promise<BookingRecord> {
    // the database refuses a commit that leaves a session apart from its booking; this says why in time
    if (before.sessionId !== null && this.sessionBookings === 'refuse') throw badInput('id', 'COACHING_SESSION');
    let session: CoachingSession | null = null;
    if (before.sessionId !== null && this.sessionBookings === 'follow') {
      // the booking's row before its session's request and the session: the order of every coaching write
      await lockBookings(this.manager, [before.id]);
      session = await lockSessionOfBooking(this.manager, before.id);
    }
    const meetingId = this.meetingBookings === 'follow' ? await lockMeetingOfBooking(this.manager, before, values) : null;
    await this.manager.getRepository(Booking).update({ id: before.id }, { ...values, version: before.version + 1, updatedAt });
    const [record] = await findBookingRecords(this.manager, [before.id]);
    if (!record) throw new Error(`booking ${before.id} vanished inside its own transaction`);
    this.changes.push({ kind, actorId: this.actorId, before, after: record });
    if (session)
      for (const entry of await followBooking(this.manager, session, record, this.actorId, this.reason, updatedAt)) this.note(entry);
    if (meetingId) this.note(await followMeetingBooking(this.manager, meetingId, before, record, this.actorId, this.reason, updatedAt));
    return record;
  }

  /**
   * Reads these bookings' records again for the noted changes, once the same unit has written what a record
   * joins (the coaching session a new booking holds), so the change log carries what readers will see.
   */
  async reread(ids: readonly string[]): Promise<void> {
    const fresh = new Map((await findBookingRecords(this.manager, ids)).map((record) => [record.id, record]));
    for (const change of this.changes) change.after = fresh.get(change.after.id) ?? change.after;
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
    // the first in line of the waiting list is offered each slot this write freed, in this batch (issue 29)
    const freed = this.freed.slice(this.offeredFreed);
    this.offeredFreed = this.freed.length;
    const ownChanges = this.changes.length;
    await offerFreedSlots(this, freed, options?.clock() ?? new Date());
    // the actor's reason is for the bookings they changed, not for another MO's offer
    const changes = this.changes.map((change, index) => ({ ...change, reason: index < ownChanges ? this.reason : null }));
    const cursors = await recordChanges(this.manager, [...this.otherChanges, ...changes.map(bookingChangeEntry)]);
    const bookingCursors = cursors.slice(this.otherChanges.length);
    const now = options?.clock() ?? new Date();
    // a coaching session written here (its booking, its moves) is told to the coaching's people like any coaching
    // change, a network meeting (created, moved, called off) to the MOs; each teller takes only its own entries
    const others = this.otherChanges.map((entry, index) => ({ entry, cursor: cursors[index]! }));
    const telling = { now, mail: options?.mailChanges ?? false, delayMs: options?.mailDelayMs ?? COACHING_MAIL_DELAY_MS };
    await tellCoachingChanges(this.manager, others, telling);
    await tellNetworkChanges(this.manager, others, telling);
    // the MO hears of what others did to its bookings, in the same transaction as the change
    await tellOthers(
      this.manager,
      changes.map((change, index) => ({ change, cursor: bookingCursors[index]! })),
      { now, mail: options?.mailChanges ?? false, delayMs: options?.mailDelayMs },
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
      write = new BookingWrite(manager, viewer, actorId);
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

function roomsOf(wanted: readonly WantedSlot[]): string[] {
  return wanted.flatMap((slot) => (slot.before ? [slot.before.roomId, slot.roomId] : [slot.roomId]));
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
