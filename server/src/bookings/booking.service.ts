import type { DataSource, EntityManager } from 'typeorm';
import { assertCanManageFor, assertSignedIn, can, mayBookInThePast, mayReadLocation, scopeBookingRead } from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { recordChange } from '../realtime/change-log.js';
import type { Clock } from '../shared/clock.js';
import { EXCLUSION_VIOLATION, sqlState } from '../shared/database-errors.js';
import { AppError, ErrorCode, assertUuid, badInput, isUuid, notFound, type ConflictingBooking } from '../shared/errors.js';
import { Location } from '../locations/location.entity.js';
import { Booking } from './booking.entity.js';
import type { BookingCategory, BookingVisibility } from './booking.enums.js';
import type { BookingRecord } from './booking-record.js';
import { findBookingRecord, findBookingsInRange, findOverlapping } from './booking.repository.js';
import {
  GRID_MINUTES,
  checkAttendees,
  checkNotInPast,
  checkTimeRange,
  checkWithinOpeningHours,
  normalizeNotes,
  normalizeTitle,
} from './booking.rules.js';

export interface BookingDraft {
  roomId: string;
  organizationId: string;
  title: string;
  category: BookingCategory;
  start: Date;
  end: Date;
  visibility: BookingVisibility;
  expectedAttendees: number | null;
  notes: string | null;
}

export interface BookingRange {
  from: Date;
  to: Date;
  locationIds?: string[] | null;
  roomIds?: string[] | null;
}

/** The longest range one `bookings` query may ask for; a calendar shows at most a month and a bit. */
export const MAX_RANGE_DAYS = 62;

export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  async listBookings(viewer: Viewer, range: BookingRange): Promise<BookingRecord[]> {
    checkQueryRange(range.from, range.to);
    range = scopeBookingRead(viewer, range, {
      now: this.clock(),
      locationTimeZone: viewer.kind === 'display' ? await this.timeZoneOf(viewer.locationId) : null,
    });
    range.locationIds?.forEach((id) => assertUuid('locationIds', id));
    range.roomIds?.forEach((id) => assertUuid('roomIds', id));
    return findBookingsInRange(this.dataSource.manager, {
      from: range.from,
      to: range.to,
      locationIds: range.locationIds ?? null,
      roomIds: range.roomIds ?? null,
      publicOnly: viewer.kind === 'anonymous',
    });
  }

  async getBooking(viewer: Viewer, id: string): Promise<BookingRecord> {
    const record = isUuid(id) ? await findBookingRecord(this.dataSource.manager, id) : null;
    if (!record || !mayReadLocation(viewer, record.room.locationId) || !can(viewer, 'view', record)) throw notFound('Booking', id);
    return record;
  }

  private async timeZoneOf(locationId: string): Promise<string | null> {
    return (await this.dataSource.getRepository(Location).findOneBy({ id: locationId }))?.timeZone ?? null;
  }

  async createBooking(viewer: Viewer, draft: BookingDraft): Promise<BookingRecord> {
    assertSignedIn(viewer);
    assertUuid('organizationId', draft.organizationId);
    assertCanManageFor(viewer, draft.organizationId);
    const checked = await this.checkDraft(this.dataSource.manager, viewer, draft);
    return this.writeGuardingOverlap(viewer, async (manager, noteAttempt) => {
      noteAttempt(checked);
      await lockRoomsForWriting(manager, [checked.roomId]);
      const inserted = await manager.getRepository(Booking).insert({
        ...checked,
        status: 'CONFIRMED',
        version: 1,
        createdById: viewerUserId(viewer),
        updatedAt: this.clock(),
      });
      const id = String(inserted.identifiers[0]?.id);
      const after = await mustFind(manager, id);
      await recordChange(manager, { kind: 'CREATED', actorId: viewerUserId(viewer), before: null, after });
      return after;
    });
  }

  async moveBooking(
    viewer: Viewer,
    move: { id: string; expectedVersion: number; roomId: string; start: Date; end: Date },
  ): Promise<BookingRecord> {
    return this.updateBooking(viewer, move.id, move.expectedVersion, {
      roomId: move.roomId,
      start: move.start,
      end: move.end,
    });
  }

  async updateBooking(viewer: Viewer, id: string, expectedVersion: number, changes: Partial<BookingDraft>): Promise<BookingRecord> {
    assertSignedIn(viewer);
    return this.changeExisting(viewer, id, expectedVersion, async (manager, before) => {
      if (changes.organizationId !== undefined) assertCanManageFor(viewer, changes.organizationId);
      const draft: BookingDraft = {
        roomId: changes.roomId ?? before.roomId,
        organizationId: changes.organizationId ?? before.organizationId,
        title: changes.title ?? before.title,
        category: changes.category ?? before.category,
        start: changes.start ?? before.start,
        end: changes.end ?? before.end,
        visibility: changes.visibility ?? before.visibility,
        expectedAttendees: changes.expectedAttendees === undefined ? before.expectedAttendees : changes.expectedAttendees,
        notes: changes.notes === undefined ? before.notes : changes.notes,
      };
      const timesChanged = draft.start.getTime() !== before.start.getTime() || draft.end.getTime() !== before.end.getTime();
      const checked = await this.checkDraft(manager, viewer, draft, { checkPast: timesChanged });
      return { ...checked, status: 'CONFIRMED' as const, kind: 'UPDATED' as const };
    });
  }

  async cancelBooking(viewer: Viewer, id: string, expectedVersion: number): Promise<BookingRecord> {
    assertSignedIn(viewer);
    return this.changeExisting(viewer, id, expectedVersion, async () => ({
      status: 'CANCELLED' as const,
      kind: 'CANCELLED' as const,
    }));
  }

  /**
   * The shared path of every change to an existing booking: lock the row, check it exists, that
   * the viewer may manage it and that the client saw the latest version; then write, log, commit.
   */
  private async changeExisting(
    viewer: Viewer,
    id: string,
    expectedVersion: number,
    decide: (
      manager: EntityManager,
      before: BookingRecord,
    ) => Promise<Partial<BookingDraft> & { status: 'CONFIRMED' | 'CANCELLED'; kind: 'UPDATED' | 'CANCELLED' }>,
  ): Promise<BookingRecord> {
    if (!isUuid(id)) throw notFound('Booking', id);
    return this.writeGuardingOverlap(viewer, async (manager, noteAttempt) => {
      const locked: unknown[] = await manager.query('SELECT id FROM booking WHERE id = $1 FOR UPDATE', [id]);
      const before = locked.length ? await findBookingRecord(manager, id) : null;
      if (!before || !can(viewer, 'view', before)) throw notFound('Booking', id);
      assertCanManageFor(viewer, before.organizationId);
      if (before.version !== expectedVersion)
        throw new AppError(
          ErrorCode.StaleVersion,
          'Die Buchung wurde inzwischen geändert. Bitte neu laden. / The booking was changed meanwhile. Please reload.',
          { expectedVersion, currentVersion: before.version },
        );
      if (before.status === 'CANCELLED') throw badInput('id', 'Die Buchung ist bereits storniert. / The booking is already cancelled.');
      if (!mayBookInThePast(viewer) && before.end.getTime() <= this.clock().getTime())
        throw badInput('id', 'Vergangene Buchungen lassen sich nicht ändern. / Past bookings cannot be changed.');

      const { kind, ...values } = await decide(manager, before);
      await lockRoomsForWriting(manager, [before.roomId, values.roomId ?? before.roomId]);
      noteAttempt({
        roomId: values.roomId ?? before.roomId,
        start: values.start ?? before.start,
        end: values.end ?? before.end,
        id,
      });
      await manager.getRepository(Booking).update({ id }, { ...values, version: before.version + 1, updatedAt: this.clock() });
      const after = await mustFind(manager, id);
      await recordChange(manager, { kind, actorId: viewerUserId(viewer), before, after });
      return after;
    });
  }

  /** Validates a draft against rules, room, organisation and clock; returns it normalised. */
  private async checkDraft(
    manager: EntityManager,
    viewer: Viewer,
    draft: BookingDraft,
    options: { checkPast: boolean } = { checkPast: true },
  ): Promise<BookingDraft> {
    assertUuid('roomId', draft.roomId);
    assertUuid('organizationId', draft.organizationId);
    const title = normalizeTitle(draft.title);
    const notes = normalizeNotes(draft.notes);
    checkTimeRange(draft.start, draft.end);
    const room = await manager.getRepository(Room).findOne({ where: { id: draft.roomId }, relations: { location: true } });
    if (!room || !room.active || !room.location) throw badInput('roomId', 'Diesen Raum gibt es nicht. / This room does not exist.');
    const organization = await manager.getRepository(Organization).findOneBy({ id: draft.organizationId });
    if (!organization || !organization.active)
      throw badInput('organizationId', 'Diese Organisation gibt es nicht. / This organisation does not exist.');
    if (options.checkPast && !mayBookInThePast(viewer)) checkNotInPast(draft.start, startOfCurrentSlot(this.clock()));
    checkWithinOpeningHours(draft.start, draft.end, room.location);
    checkAttendees(draft.expectedAttendees, room.capacity);
    return { ...draft, title, notes };
  }

  /**
   * Runs `write` in a transaction. The exclusion constraint decides overlaps, also between
   * concurrent requests; its refusal becomes BOOKING_CONFLICT naming the bookings in the way.
   */
  private async writeGuardingOverlap(
    viewer: Viewer,
    write: (manager: EntityManager, noteAttempt: (attempt: AttemptedSlot) => void) => Promise<BookingRecord>,
  ): Promise<BookingRecord> {
    const attempted: { slot: AttemptedSlot | null } = { slot: null };
    try {
      return await this.dataSource.transaction((manager) =>
        write(manager, (attempt) => {
          attempted.slot = attempt;
        }),
      );
    } catch (error) {
      if (sqlState(error) !== EXCLUSION_VIOLATION) throw error;
      const conflictError = await this.conflictError(viewer, attempted.slot);
      conflictError.cause = error;
      throw conflictError;
    }
  }

  private async conflictError(viewer: Viewer, attempted: AttemptedSlot | null): Promise<AppError> {
    const conflicts = attempted
      ? await findOverlapping(this.dataSource.manager, {
          roomId: attempted.roomId,
          start: attempted.start,
          end: attempted.end,
          ...(attempted.id ? { excludeBookingId: attempted.id } : {}),
        })
      : [];
    const details: ConflictingBooking[] = conflicts.map((conflict) => {
      const visible = can(viewer, 'viewDetails', conflict);
      return {
        id: conflict.id,
        roomId: conflict.roomId,
        start: conflict.start.toISOString(),
        end: conflict.end.toISOString(),
        title: visible ? conflict.title : null,
        organizationName: visible ? conflict.organization.name : null,
      };
    });
    return new AppError(ErrorCode.BookingConflict, 'Der Raum ist in dieser Zeit schon belegt. / The room is already booked at that time.', {
      conflicts: details,
    });
  }
}

interface AttemptedSlot {
  roomId: string;
  start: Date;
  end: Date;
  id?: string;
}

/** Any fixed number: the namespace of the per-room advisory locks. */
export const ROOM_WRITE_LOCK = 727_002;

/**
 * Writes to one room take turns. Without this, two transactions inserting overlapping bookings at the
 * same moment can each wait for the other inside the exclusion constraint and deadlock (PostgreSQL
 * reports 40P01); with it, the second sees the first's committed row and gets a clean conflict.
 * Rooms are locked in a fixed order, so a move between two rooms cannot deadlock either.
 */
async function lockRoomsForWriting(manager: EntityManager, roomIds: string[]): Promise<void> {
  for (const roomId of [...new Set(roomIds)].sort())
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ROOM_WRITE_LOCK, roomId]);
}

async function mustFind(manager: EntityManager, id: string): Promise<BookingRecord> {
  const record = await findBookingRecord(manager, id);
  if (!record) throw new Error(`booking ${id} vanished inside its own transaction`);
  return record;
}

/** Members may still book the slot that is running now (10:05 → from 10:00), not earlier ones. */
function startOfCurrentSlot(now: Date): Date {
  const gridMs = GRID_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / gridMs) * gridMs);
}

function checkQueryRange(from: Date, to: Date): void {
  if (Number.isNaN(from.getTime())) throw badInput('from', 'Ungültiges Datum. / Invalid date.');
  if (Number.isNaN(to.getTime())) throw badInput('to', 'Ungültiges Datum. / Invalid date.');
  if (from.getTime() >= to.getTime()) throw badInput('to', '"to" muss nach "from" liegen. / "to" must be after "from".');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000)
    throw badInput('to', `Höchstens ${MAX_RANGE_DAYS} Tage auf einmal. / At most ${MAX_RANGE_DAYS} days at once.`);
}
