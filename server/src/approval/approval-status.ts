import type { EntityManager } from 'typeorm';
import { bookingsAwaitApproval } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { StatusValues } from '../bookings/booking-write.js';
import { zonedParts } from '../shared/zoned-time.js';
import { ApprovalRule } from './approval-rule.entity.js';
import { approvalReasons, rulesInForce, type ApprovalReason } from './approval-rules.js';

/** A booking about to be made, as the approval rules look at it. */
export interface WantedBooking {
  roomId: string;
  organizationId: string;
  start: Date;
  expectedAttendees: number | null;
}

/** What a new booking starts as: CONFIRMED, or REQUESTED until staff decide or `expiresAt` passes. */
export type InitialStatus = Required<Pick<StatusValues, 'status' | 'expiresAt'>> & { reasons: ApprovalReason[] };

/**
 * The status each wanted booking starts with (issue 29): REQUESTED where the rules in force for its room ask
 * staff to approve it, with the time it lapses; CONFIRMED otherwise, and always for staff, who decide the
 * requests themselves. `seriesDates` is the number of dates when the bookings are a series' dates.
 * Called inside the write, after the rooms are locked, so the MO's count of confirmed bookings is current.
 */
export async function approvalStatusFor(
  manager: EntityManager,
  viewer: Viewer,
  wanted: readonly WantedBooking[],
  options: { now: Date; expiresHours: number; seriesDates: number | null },
): Promise<InitialStatus[]> {
  const confirmed = (): InitialStatus => ({ status: 'CONFIRMED', expiresAt: null, reasons: [] });
  if (!bookingsAwaitApproval(viewer) || wanted.length === 0) return wanted.map(confirmed);
  const sets = await manager.getRepository(ApprovalRule).find();
  if (sets.length === 0) return wanted.map(confirmed);
  const roomIds = [...new Set(wanted.map((booking) => booking.roomId))];
  const organizationIds = [...new Set(wanted.map((booking) => booking.organizationId))];
  const [rooms, counts] = await Promise.all([
    manager.query<Array<{ id: string; location_id: string; time_zone: string }>>(
      `SELECT r.id, r.location_id, l.time_zone FROM room r JOIN location l ON l.id = r.location_id WHERE r.id = ANY($1::uuid[])`,
      [roomIds],
    ),
    manager.query<Array<{ organization_id: string; confirmed: number }>>(
      `SELECT organization_id, count(*)::int AS confirmed FROM booking
        WHERE organization_id = ANY($1::uuid[]) AND status IN ('CONFIRMED', 'RELEASED') GROUP BY organization_id`,
      [organizationIds],
    ),
  ]);
  const roomById = new Map(rooms.map((room) => [room.id, room]));
  const confirmedOf = new Map(counts.map((count) => [count.organization_id, count.confirmed]));
  const expiresAt = new Date(options.now.getTime() + options.expiresHours * 3_600_000);
  return wanted.map((booking) => {
    const room = roomById.get(booking.roomId);
    if (!room) return confirmed();
    const reasons = approvalReasons(rulesInForce(sets, { id: room.id, locationId: room.location_id }), {
      expectedAttendees: booking.expectedAttendees,
      weekday: weekdayIn(booking.start, room.time_zone),
      seriesDates: options.seriesDates,
      confirmedBefore: confirmedOf.get(booking.organizationId) ?? 0,
    });
    return reasons.length > 0 ? { status: 'REQUESTED', expiresAt, reasons } : confirmed();
  });
}

/** 1 Monday … 7 Sunday, on the house's wall clock: a Saturday 00:30 in Leipzig is still Friday in UTC. */
export function weekdayIn(instant: Date, timeZone: string): number {
  const { year, month, day } = zonedParts(instant, timeZone);
  return new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7;
}
