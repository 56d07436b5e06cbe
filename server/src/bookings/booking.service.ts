import type { DataSource, EntityManager } from 'typeorm';
import {
  assertCanManageFor,
  assertSignedIn,
  can,
  hasBookingQuota,
  mayBookInThePast,
  mayReadBooking,
  readsPublicBookingsOnly,
  scopeBookingRead,
} from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { recordBookingChange } from '../realtime/change-log.js';
import type { Clock } from '../shared/clock.js';
import { EXCLUSION_VIOLATION, sqlState } from '../shared/database-errors.js';
import { AppError, ErrorCode, assertUuid, badInput, isUuid, notFound, type ConflictingBooking } from '../shared/errors.js';
import { Booking } from './booking.entity.js';
import type { BookingCategory, BookingVisibility } from './booking.enums.js';
import type { BookingRecord } from './booking-record.js';
import { findBookingRecord, findBookingsInRange, findOverlapping } from './booking.repository.js';
import {
  GRID_MINUTES,
  checkAttendees,
  checkDailyQuota,
  checkNotInPast,
  checkTimeRange,
  checkWithinHorizon,
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

export interface BookingLimits {
  /** How many days ahead anyone may book. */
  horizonDays: number;
  /** Active bookings one MO's members may hold on one calendar day (staff are not limited). */
  dailyQuotaPerOrganization: number;
}

export const DEFAULT_BOOKING_LIMITS: BookingLimits = { horizonDays: 730, dailyQuotaPerOrganization: 12 };

export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limits: BookingLimits = DEFAULT_BOOKING_LIMITS,
  ) {}

  async listBookings(viewer: Viewer, range: BookingRange): Promise<BookingRecord[]> {
    checkQueryRange(range.from, range.to);
    range = scopeBookingRead(viewer, range, this.clock());
    range.locationIds?.forEach((id) => assertUuid('locationIds', id));
    range.roomIds?.forEach((id) => assertUuid('roomIds', id));
    return findBookingsInRange(this.dataSource.manager, {
      from: range.from,
      to: range.to,
      locationIds: range.locationIds ?? null,
      roomIds: range.roomIds ?? null,
      publicOnly: readsPublicBookingsOnly(viewer),
    });
  }

  async getBooking(viewer: Viewer, id: string): Promise<BookingRecord> {
    const record = isUuid(id) ? await findBookingRecord(this.dataSource.manager, id) : null;
    if (!record || !mayReadBooking(viewer, record, this.clock())) throw notFound('Booking', id);
    return record;
  }

  async createBooking(viewer: Viewer, draft: BookingDraft): Promise<BookingRecord> {
    assertSignedIn(viewer);
    assertUuid('organizationId', draft.organizationId);
    assertCanManageFor(viewer, draft.organizationId);
    const checked = await this.checkDraft(this.dataSource.manager, viewer, draft);
    return this.writeGuardingOverlap(viewer, async (manager, noteAttempt) => {
      noteAttempt(checked);
      if (hasBookingQuota(viewer)) await this.checkQuota(manager, checked);
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
      await recordBookingChange(manager, { kind: 'CREATED', actorId: viewerUserId(viewer), before: null, after });
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
        throw new AppError(ErrorCode.StaleVersion, { expectedVersion, currentVersion: before.version });
      if (before.status === 'CANCELLED') throw badInput('id', 'ALREADY_CANCELLED');
      if (!mayBookInThePast(viewer) && before.end.getTime() <= this.clock().getTime()) throw badInput('id', 'PAST_BOOKING');

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
      await recordBookingChange(manager, { kind, actorId: viewerUserId(viewer), before, after });
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
    if (!room || !room.active || !room.location) throw badInput('roomId', 'UNKNOWN_ROOM');
    const organization = await manager.getRepository(Organization).findOneBy({ id: draft.organizationId });
    if (!organization || !organization.active) throw badInput('organizationId', 'UNKNOWN_ORGANIZATION');
    if (options.checkPast && !mayBookInThePast(viewer)) checkNotInPast(draft.start, startOfCurrentSlot(this.clock()));
    if (options.checkPast) checkWithinHorizon(draft.start, this.clock(), this.limits.horizonDays);
    checkWithinOpeningHours(draft.start, draft.end, room.location);
    checkAttendees(draft.expectedAttendees, room.capacity);
    return { ...draft, title, notes };
  }

  /**
   * Counts the MO's active bookings on the draft's local day. Creations for one MO take turns on an
   * advisory lock, so two at once cannot both pass the quota.
   */
  private async checkQuota(manager: EntityManager, draft: BookingDraft): Promise<void> {
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ORGANIZATION_QUOTA_LOCK, draft.organizationId]);
    const rows: Array<{ count: string }> = await manager.query(
      `SELECT count(*)::text AS count
         FROM booking b JOIN room r ON r.id = b.room_id JOIN location l ON l.id = r.location_id
        WHERE b.organization_id = $1 AND b.status <> 'CANCELLED'
          AND (b.starts_at AT TIME ZONE l.time_zone)::date =
              ($2::timestamptz AT TIME ZONE (SELECT l2.time_zone FROM room r2 JOIN location l2 ON l2.id = r2.location_id WHERE r2.id = $3))::date`,
      [draft.organizationId, draft.start.toISOString(), draft.roomId],
    );
    checkDailyQuota(Number(rows[0]?.count ?? 0), this.limits.dailyQuotaPerOrganization);
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
    return new AppError(ErrorCode.BookingConflict, { conflicts: details });
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
/** The namespace of the per-MO lock that makes the daily quota exact. */
const ORGANIZATION_QUOTA_LOCK = 727_003;

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
  if (Number.isNaN(from.getTime())) throw badInput('from', 'INVALID_DATE');
  if (Number.isNaN(to.getTime())) throw badInput('to', 'INVALID_DATE');
  if (from.getTime() >= to.getTime()) throw badInput('to', 'END_BEFORE_START');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badInput('to', 'RANGE_TOO_LONG', MAX_RANGE_DAYS);
}
