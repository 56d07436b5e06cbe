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
  sessionFollowsBookingCancelledBy,
} from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { BookingLimits } from '../config.js';
import { ADVISORY_LOCK } from '../shared/advisory-locks.js';
import type { Clock } from '../shared/clock.js';
import { cleanText } from '../shared/text-input.js';
import { localDay } from '../shared/zoned-time.js';
import { AppError, ErrorCode, assertUuid, badInput, isUuid, notFound, queryTooComplex } from '../shared/errors.js';
import { checkWhen, normalizeDraft } from './booking-checks.js';
import type { BookingRecord } from './booking-record.js';
import { applyChanges, draftOf, type BookingDraft, type BookingFields } from './booking-shape.js';
import { newBooking, writeBookings, type BookingWrite, type WriteOptions } from './booking-write.js';
import { findBookingRecord, findBookingRowsInRange, findBookingsInRange, type BookingRow, type RangeFilter } from './booking.repository.js';
import { checkOrganizationQuota, type HeldOnDay } from './booking.rules.js';
import { holdsSlot, holdsSlotSql } from './booking.enums.js';
import { approvalStatusFor, type WantedBooking } from '../approval/approval-status.js';

export interface BookingRange {
  from: Date;
  to: Date;
  locationIds?: string[] | null;
  roomIds?: string[] | null;
}

/** The longest range one `bookings` query may ask for; a calendar shows at most a month and a bit. */
export const MAX_RANGE_DAYS = 62;

export type { BookingLimits };

export const DEFAULT_BOOKING_LIMITS: BookingLimits = {
  horizonDays: 730,
  dailyQuotaPerOrganization: 12,
  hoursPerDayPerOrganization: 12,
  hoursPerWeekPerOrganization: 40,
  seriesMaxDatesForMembers: 104,
  approvalExpiresHours: 72,
  maxBookingsPerAnswer: 10_000,
};

export class BookingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly limits: BookingLimits = DEFAULT_BOOKING_LIMITS,
    mail: { changes: boolean; delayMs?: number } = { changes: false },
  ) {
    this.writing = { clock, mailChanges: mail.changes, mailDelayMs: mail.delayMs };
  }

  /** What every booking write of this app takes along (the clock, whether changes are also mailed). */
  readonly writing: WriteOptions;

  async listBookings(viewer: Viewer, range: BookingRange): Promise<BookingRecord[]> {
    return this.bounded(await findBookingsInRange(this.dataSource.manager, this.rangeFilter(viewer, range)));
  }

  /** The same bookings as `listBookings`, as the calendar reads them: for the pre-shaped answer (`bookings/bookings-answer.ts`). */
  async listBookingRows(viewer: Viewer, range: BookingRange): Promise<BookingRow[]> {
    return this.bounded(await findBookingRowsInRange(this.dataSource.manager, this.rangeFilter(viewer, range)));
  }

  private rangeFilter(viewer: Viewer, range: BookingRange): RangeFilter {
    checkQueryRange(range.from, range.to);
    range = scopeBookingRead(viewer, range, this.clock());
    range.locationIds?.forEach((id) => assertUuid('locationIds', id));
    range.roomIds?.forEach((id) => assertUuid('roomIds', id));
    return {
      from: range.from,
      to: range.to,
      locationIds: range.locationIds ?? null,
      roomIds: range.roomIds ?? null,
      publicOnly: readsPublicBookingsOnly(viewer),
      // one more than may be answered, so a range over the bound is known without reading all of it
      limit: this.limits.maxBookingsPerAnswer + 1,
    };
  }

  /**
   * One request may not hold a node's event loop for seconds (a city's week across all houses is 20,000
   * bookings, 12.7 MB): past the bound it is refused, and the calendar asks house by house instead.
   */
  private bounded<T>(rows: T[]): T[] {
    if (rows.length > this.limits.maxBookingsPerAnswer) throw queryTooComplex('bookings', this.limits.maxBookingsPerAnswer);
    return rows;
  }

  async getBooking(viewer: Viewer, id: string): Promise<BookingRecord> {
    const record = isUuid(id) ? await findBookingRecord(this.dataSource.manager, id) : null;
    if (!record || !mayReadBooking(viewer, record, this.clock())) throw notFound('Booking', id);
    return record;
  }

  async createBooking(viewer: Viewer, given: BookingDraft): Promise<BookingRecord> {
    assertSignedIn(viewer);
    assertUuid('organizationId', given.organizationId);
    assertCanManageFor(viewer, given.organizationId);
    const draft = normalizeDraft(given);
    checkWhen(viewer, draft.start, this.timeLimits());
    return this.write(viewer, async (write) => {
      const [slot] = await write.placeSlots([draft], {
        whileLocked: async () => {
          if (hasBookingQuota(viewer)) await this.checkQuota(write.manager, [draft]);
        },
      });
      const now = this.clock();
      const [initial] = await this.initialStatuses(write.manager, viewer, [draft], null);
      const [created] = await write.insert([{ ...newBooking(draft, slot!, viewer, now), ...initial! }]);
      return created!;
    });
  }

  async moveBooking(
    viewer: Viewer,
    move: { id: string; expectedVersion: number; roomId: string; start: Date; end: Date },
    reason: string | null = null,
  ): Promise<BookingRecord> {
    return this.updateBooking(viewer, move.id, move.expectedVersion, { roomId: move.roomId, start: move.start, end: move.end }, reason);
  }

  /** Changes one booking; one date of a series stays in its series (an exception to its rule). */
  async updateBooking(
    viewer: Viewer,
    id: string,
    expectedVersion: number,
    changes: Partial<BookingDraft>,
    reason: string | null = null,
  ): Promise<BookingRecord> {
    assertSignedIn(viewer);
    return this.changeExisting(viewer, id, expectedVersion, reason, async (write, before) => {
      if (changes.organizationId !== undefined) assertCanManageFor(viewer, changes.organizationId);
      const draft = normalizeDraft(applyChanges(draftOf(before), changes));
      const timesChanged = draft.start.getTime() !== before.start.getTime() || draft.end.getTime() !== before.end.getTime();
      // a booking that stays where it is may be changed even when its house has closed since
      const [slot] = await write.placeSlots([{ ...draft, before }], {
        when: timesChanged ? this.timeLimits() : undefined,
        offered: 'refuse-moved',
        whileLocked: async () => {
          // a longer or moved booking counts against the quota like a new one (minus what it was)
          if (timesChanged && hasBookingQuota(viewer)) await this.checkQuota(write.manager, [draft], [before.id]);
        },
      });
      // a request stays a request and an offer an offer when moved: only staff and the MO's confirmation decide;
      // a confirmed booking moved where the approval rules ask for it (a weekend, the hall) waits for staff again,
      // or a weekday booking could be carried past the rules
      const placeChanged = timesChanged || draft.roomId !== before.roomId || draft.expectedAttendees !== before.expectedAttendees;
      const [asked] = before.status === 'CONFIRMED' && placeChanged ? await this.initialStatuses(write.manager, viewer, [draft], null) : [];
      const status = asked?.status === 'REQUESTED' ? asked : { status: before.status };
      return write.update(slot!, { ...draft, ...status }, 'UPDATED', this.clock());
    });
  }

  async cancelBooking(viewer: Viewer, id: string, expectedVersion: number, reason: string | null = null): Promise<BookingRecord> {
    assertSignedIn(viewer);
    return this.changeExisting(viewer, id, expectedVersion, reason, (write, before) => {
      // a coaching session's booking: staff cancel the session with it, everyone else is sent to the session
      if (sessionFollowsBookingCancelledBy(viewer)) write.sessionBookings = 'follow';
      return write.cancel(before, this.clock());
    });
  }

  /**
   * The shared path of every change to an existing booking: lock the row, check it exists, that
   * the viewer may manage it and that the client saw the latest version; then write, log, commit.
   */
  private async changeExisting(
    viewer: Viewer,
    id: string,
    expectedVersion: number,
    reason: string | null,
    change: (write: BookingWrite, before: BookingRecord) => Promise<BookingRecord>,
  ): Promise<BookingRecord> {
    if (!isUuid(id)) throw notFound('Booking', id);
    const why = reason === null ? null : cleanText('reason', reason, { maxLength: 300, required: false }) || null;
    return this.write(viewer, async (write) => {
      write.reason = why;
      const locked: unknown[] = await write.manager.query('SELECT id FROM booking WHERE id = $1 FOR UPDATE', [id]);
      const before = locked.length ? await findBookingRecord(write.manager, id) : null;
      if (!before || !can(viewer, 'view', before)) throw notFound('Booking', id);
      assertCanManageFor(viewer, before.organizationId);
      if (before.version !== expectedVersion)
        throw new AppError(ErrorCode.StaleVersion, { expectedVersion, currentVersion: before.version });
      if (before.status === 'CANCELLED') throw badInput('id', 'ALREADY_CANCELLED');
      // declined, lapsed or released: the slot is no longer this booking's to change
      if (!holdsSlot(before.status)) throw badInput('id', 'WRONG_STATUS', before.status);
      if (!mayBookInThePast(viewer) && before.end.getTime() <= this.clock().getTime()) throw badInput('id', 'PAST_BOOKING');
      return change(write, before);
    });
  }

  /** Runs `work` as one unit of work (see `writeBookings`) for the viewer. */
  write<T>(viewer: Viewer, work: (write: BookingWrite) => Promise<T>): Promise<T> {
    return writeBookings(this.dataSource, viewer, viewerUserId(viewer), work, this.writing);
  }

  timeLimits() {
    return { now: this.clock(), horizonDays: this.limits.horizonDays };
  }

  /**
   * Refuses when the MO would pass a quota (`checkOrganizationQuota`: bookings and hours per local day, hours
   * per week) with the drafts, counting what it holds already except `replacing` (a booking being moved)
   * and coaching sessions' bookings: those are the centre's service, booked by its side, not the MO's use.
   * Writes for one MO take turns on an advisory lock, so two at once cannot both pass.
   */
  async checkQuota(
    manager: EntityManager,
    drafts: ReadonlyArray<Pick<BookingDraft, 'organizationId' | 'roomId' | 'start' | 'end'>>,
    replacing: readonly string[] = [],
  ): Promise<void> {
    const first = drafts[0];
    if (!first) return;
    await manager.query('SELECT pg_advisory_xact_lock($1, hashtext($2))', [ORGANIZATION_QUOTA_LOCK, first.organizationId]);
    const starts = drafts.map((draft) => draft.start.getTime());
    // a week either side of the drafts covers every day and week they fall in
    const from = new Date(Math.min(...starts) - 8 * 86_400_000);
    const to = new Date(Math.max(...starts) + 8 * 86_400_000);
    const [zones, held]: [Array<{ time_zone: string }>, HeldOnDay[]] = await Promise.all([
      manager.query<Array<{ time_zone: string }>>(
        `SELECT l.time_zone FROM room r JOIN location l ON l.id = r.location_id WHERE r.id = $1`,
        [first.roomId],
      ),
      manager.query<HeldOnDay[]>(
        `SELECT (b.starts_at AT TIME ZONE l.time_zone)::date::text AS day, count(*)::int AS bookings,
                (sum(extract(epoch FROM b.ends_at - b.starts_at)) / 3600)::float8 AS hours
           FROM booking b JOIN room r ON r.id = b.room_id JOIN location l ON l.id = r.location_id
          WHERE b.organization_id = $1 AND ${holdsSlotSql('b')} AND NOT (b.id = ANY($2::uuid[]))
            AND NOT EXISTS (SELECT 1 FROM coaching_session s WHERE s.booking_id = b.id)
            AND b.starts_at >= $3 AND b.starts_at < $4
          GROUP BY 1`,
        [first.organizationId, [...replacing], from.toISOString(), to.toISOString()],
      ),
    ]);
    const timeZone = zones[0]?.time_zone ?? 'Europe/Berlin';
    checkOrganizationQuota(
      held,
      drafts.map((draft) => ({ day: localDay(draft.start, timeZone), hours: (draft.end.getTime() - draft.start.getTime()) / 3_600_000 })),
      {
        bookingsPerDay: this.limits.dailyQuotaPerOrganization,
        hoursPerDay: this.limits.hoursPerDayPerOrganization,
        hoursPerWeek: this.limits.hoursPerWeekPerOrganization,
      },
    );
  }

  /**
   * The status and lapse time new bookings start with: REQUESTED where staff's approval rules ask for it
   * (`approval/`), else CONFIRMED. Inside the write, once the rooms are locked; `seriesDates` for a series' dates.
   */
  async initialStatuses(
    manager: EntityManager,
    viewer: Viewer,
    wanted: readonly WantedBooking[],
    seriesDates: number | null,
  ): Promise<Array<Pick<BookingFields, 'status' | 'expiresAt'>>> {
    const statuses = await approvalStatusFor(manager, viewer, wanted, {
      now: this.clock(),
      expiresHours: this.limits.approvalExpiresHours,
      seriesDates,
    });
    return statuses.map(({ status, expiresAt }) => ({ status, expiresAt }));
  }

  /** A member's series of more dates than this is for staff to book. */
  get seriesMaxDatesForMembers(): number {
    return this.limits.seriesMaxDatesForMembers;
  }
}

/** The namespace of the per-MO lock that makes the daily quota exact. */
const ORGANIZATION_QUOTA_LOCK = ADVISORY_LOCK.ORGANIZATION_QUOTA;

function checkQueryRange(from: Date, to: Date): void {
  if (Number.isNaN(from.getTime())) throw badInput('from', 'INVALID_DATE');
  if (Number.isNaN(to.getTime())) throw badInput('to', 'INVALID_DATE');
  if (from.getTime() >= to.getTime()) throw badInput('to', 'END_BEFORE_START');
  if (to.getTime() - from.getTime() > MAX_RANGE_DAYS * 86_400_000) throw badInput('to', 'RANGE_TOO_LONG', MAX_RANGE_DAYS);
}
