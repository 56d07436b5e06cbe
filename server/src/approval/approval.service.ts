import { IsNull, type DataSource, type EntityManager } from 'typeorm';
import { assertMayDecideRequests, assertMayReadApprovalRules, assertMaySetApprovalRules } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import type { BookingService } from '../bookings/booking.service.js';
import { findBookingRecord, findBookingRecords } from '../bookings/booking.repository.js';
import type { BookingWrite } from '../bookings/booking-write.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, assertUuid, badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanText } from '../shared/text-input.js';
import { ApprovalRule } from './approval-rule.entity.js';
import { approvalReasons, rulesInForce, type ApprovalReason, type ApprovalRules } from './approval-rules.js';
import { weekdayIn } from './approval-status.js';

/** A request in staff's queue, with what they need to decide it. */
export interface BookingRequest {
  booking: BookingRecord;
  /** Why it needs approval, by today's rules. */
  reasons: ApprovalReason[];
  /** For a date of a series: how many of its dates wait for a decision. */
  seriesRequested: number | null;
  /** The MO's record over the last 90 days: what it booked, what it let go unused, what staff declined. */
  organizationConfirmed: number;
  organizationReleased: number;
  organizationDeclined: number;
}

const LARGEST_NUMBER = 10_000;

/** Staff's approval of bookings (issue 29): the rules, the queue of requests, and approving or declining them. */
export class ApprovalService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly bookings: BookingService,
  ) {}

  async rules(viewer: Viewer): Promise<ApprovalRule[]> {
    assertMayReadApprovalRules(viewer);
    return this.dataSource.getRepository(ApprovalRule).find({ order: { updatedAt: 'ASC' } });
  }

  /** Sets the rules of a room, a house, or (neither given) the whole centre; answers the rules as saved. */
  async setRules(viewer: Viewer, scope: { locationId: string | null; roomId: string | null }, input: ApprovalRules): Promise<ApprovalRule> {
    assertMaySetApprovalRules(viewer);
    const { locationId, roomId } = scope;
    if (locationId !== null && roomId !== null) throw badInput('roomId', 'INVALID');
    if (locationId !== null) assertUuid('locationId', locationId);
    if (roomId !== null) assertUuid('roomId', roomId);
    const rules = pickRules(input);
    for (const field of ['minAttendees', 'seriesLongerThan', 'firstBookings'] as const) {
      const value = rules[field];
      if (value !== null && (!Number.isInteger(value) || value < 1 || value > LARGEST_NUMBER))
        throw badInput(field, 'OUT_OF_RANGE', LARGEST_NUMBER);
    }
    return this.dataSource.transaction(async (manager) => {
      await this.assertScopeExists(manager, locationId, roomId);
      const repository = manager.getRepository(ApprovalRule);
      const values = { ...rules, locationId, roomId, updatedAt: this.clock() };
      // one row per scope (a unique index): replace what is there
      await repository.delete(scopeWhere(locationId, roomId));
      const inserted = await repository.insert(values);
      return repository.findOneByOrFail({ id: String(inserted.identifiers[0]?.id) });
    });
  }

  /** Removes a scope's own rules, so the room follows its house again (or the house the centre). */
  async removeRules(viewer: Viewer, scope: { locationId: string | null; roomId: string | null }): Promise<boolean> {
    assertMaySetApprovalRules(viewer);
    if (scope.locationId !== null && !isUuid(scope.locationId)) return false;
    if (scope.roomId !== null && !isUuid(scope.roomId)) return false;
    const result = await this.dataSource.getRepository(ApprovalRule).delete(scopeWhere(scope.locationId, scope.roomId));
    return (result.affected ?? 0) > 0;
  }

  /** Staff's queue: every request that has not lapsed, soonest first. */
  async queue(viewer: Viewer): Promise<BookingRequest[]> {
    assertMayDecideRequests(viewer);
    const manager = this.dataSource.manager;
    const rows: Array<{ id: string }> = await manager.query(
      `SELECT id FROM booking WHERE status = 'REQUESTED' AND expires_at > $1 ORDER BY starts_at, id LIMIT 500`,
      [this.clock().toISOString()],
    );
    const records = await findBookingRecords(
      manager,
      rows.map((row) => row.id),
    );
    const since = new Date(this.clock().getTime() - 90 * 86_400_000);
    const [sets, figures, series] = await Promise.all([
      manager.getRepository(ApprovalRule).find(),
      manager.query<Array<{ organization_id: string; confirmed: number; released: number; declined: number }>>(
        `SELECT organization_id,
                count(*) FILTER (WHERE status = 'CONFIRMED')::int AS confirmed,
                count(*) FILTER (WHERE status = 'RELEASED')::int AS released,
                count(*) FILTER (WHERE status = 'DECLINED')::int AS declined
           FROM booking WHERE organization_id = ANY($1::uuid[]) AND starts_at >= $2 GROUP BY organization_id`,
        [[...new Set(records.map((record) => record.organizationId))], since.toISOString()],
      ),
      manager.query<Array<{ series_id: string; requested: number; dates: number }>>(
        `SELECT series_id, count(*) FILTER (WHERE status = 'REQUESTED')::int AS requested, count(*)::int AS dates
           FROM booking WHERE series_id = ANY($1::uuid[]) GROUP BY series_id`,
        [[...new Set(records.flatMap((record) => (record.seriesId ? [record.seriesId] : [])))]],
      ),
    ]);
    const figuresOf = new Map(figures.map((row) => [row.organization_id, row]));
    const seriesOf = new Map(series.map((row) => [row.series_id, row]));
    return records.map((booking) => {
      const figure = figuresOf.get(booking.organizationId);
      const dates = booking.seriesId ? seriesOf.get(booking.seriesId) : undefined;
      return {
        booking,
        reasons: approvalReasons(rulesInForce(sets, booking.room), {
          expectedAttendees: booking.expectedAttendees,
          weekday: weekdayIn(booking.start, booking.room.location.timeZone),
          seriesDates: dates?.dates ?? null,
          confirmedBefore: figure ? figure.confirmed + figure.released : 0,
        }),
        seriesRequested: dates?.requested ?? null,
        organizationConfirmed: figure?.confirmed ?? 0,
        organizationReleased: figure?.released ?? 0,
        organizationDeclined: figure?.declined ?? 0,
      };
    });
  }

  /** Confirms a request (and with `wholeSeries` every date of its series still waiting); answers the booking. */
  approve(viewer: Viewer, id: string, expectedVersion: number | null, wholeSeries: boolean): Promise<BookingRecord> {
    assertMayDecideRequests(viewer);
    return this.decide(viewer, id, expectedVersion, wholeSeries, null, (write, before) =>
      write.setStatus(before, { status: 'CONFIRMED', expiresAt: null }, this.clock()),
    );
  }

  /** Declines a request with a reason the MO reads (and with `wholeSeries` every waiting date of its series). */
  decline(viewer: Viewer, id: string, reason: string, wholeSeries: boolean): Promise<BookingRecord> {
    assertMayDecideRequests(viewer);
    const why = cleanText('reason', reason, { maxLength: 300, required: true });
    return this.decide(viewer, id, null, wholeSeries, why, (write, before) =>
      write.setStatus(before, { status: 'DECLINED', expiresAt: null, statusReason: why }, this.clock()),
    );
  }

  private decide(
    viewer: Viewer,
    id: string,
    expectedVersion: number | null,
    wholeSeries: boolean,
    reason: string | null,
    change: (write: BookingWrite, before: BookingRecord) => Promise<BookingRecord>,
  ): Promise<BookingRecord> {
    if (!isUuid(id)) throw notFound('Booking', id);
    return this.bookings.write(viewer, async (write) => {
      write.reason = reason;
      const locked: unknown[] = await write.manager.query('SELECT id FROM booking WHERE id = $1 FOR UPDATE', [id]);
      const before = locked.length ? await findBookingRecord(write.manager, id) : null;
      if (!before) throw notFound('Booking', id);
      if (expectedVersion !== null && before.version !== expectedVersion)
        throw new AppError(ErrorCode.StaleVersion, { expectedVersion, currentVersion: before.version });
      // a request that lapsed meanwhile (its timer may not have run yet) has freed its slot for others
      if (before.status !== 'REQUESTED' || (before.expiresAt !== null && before.expiresAt.getTime() <= this.clock().getTime()))
        throw badInput('id', 'WRONG_STATUS', before.status);
      const decided = await change(write, before);
      if (wholeSeries && before.seriesId !== null) {
        // the other waiting dates, in id order after the first: every write locks booking rows in id order
        const others: Array<{ id: string }> = await write.manager.query(
          `SELECT id FROM booking WHERE series_id = $1 AND status = 'REQUESTED' AND id <> $2 AND expires_at > $3 ORDER BY id FOR UPDATE`,
          [before.seriesId, before.id, this.clock().toISOString()],
        );
        for (const other of await findBookingRecords(
          write.manager,
          others.map((row) => row.id),
        ))
          await change(write, other);
      }
      return decided;
    });
  }

  private async assertScopeExists(manager: EntityManager, locationId: string | null, roomId: string | null): Promise<void> {
    if (locationId !== null) {
      const found: unknown[] = await manager.query('SELECT 1 FROM location WHERE id = $1', [locationId]);
      if (found.length === 0) throw badInput('locationId', 'UNKNOWN_LOCATION');
    }
    if (roomId !== null) {
      const found: unknown[] = await manager.query('SELECT 1 FROM room WHERE id = $1', [roomId]);
      if (found.length === 0) throw badInput('roomId', 'UNKNOWN_ROOM');
    }
  }
}

/** The rules as stored: a number left out of the input (GraphQL leaves it undefined) is no such rule. */
function pickRules(input: Partial<ApprovalRules> & Pick<ApprovalRules, 'always' | 'onWeekends'>): ApprovalRules {
  return {
    always: input.always,
    minAttendees: input.minAttendees ?? null,
    onWeekends: input.onWeekends,
    seriesLongerThan: input.seriesLongerThan ?? null,
    firstBookings: input.firstBookings ?? null,
  };
}

/** One scope's row: the empty side must be NULL (`IsNull()`), so "the centre" does not match every row. */
function scopeWhere(locationId: string | null, roomId: string | null) {
  return { locationId: locationId ?? IsNull(), roomId: roomId ?? IsNull() };
}
