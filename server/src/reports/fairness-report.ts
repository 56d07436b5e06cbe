import type { DataSource } from 'typeorm';
import { fairnessReportScope } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { BookingStatus } from '../bookings/booking.enums.js';
import { checkReportPeriod } from './usage-report.js';
import { EVENING_STARTS_AT, EVENING_STARTS_MINUTES, againstFairShare, fairShare, roundHours, type FairShare } from './fair-share.js';
import type { ReportTable } from './report-files.js';
import type { ReportWords } from './report-words.js';

/**
 * What one MO did with the rooms in [from, to). Every figure counts the bookings whose slot touches the period,
 * their hours clipped to it; coaching sessions' bookings are left out, as the quota leaves them out: the centre
 * books those for its service, they are not the MO's use of the rooms.
 */
export interface FairnessFigures {
  /** Booked: the slot was the MO's (CONFIRMED), or was until nobody came and it was released (RELEASED). */
  bookedHours: number;
  /** Of those, checked in: somebody came. */
  usedHours: number;
  /** Of those, released: nobody checked in by the end of the grace period. */
  releasedHours: number;
  /** Of the booked hours, those from EVENING_STARTS_AT to midnight, house time. */
  eveningHours: number;
  /** Requests staff declined. */
  declinedRequests: number;
  /** Requests nobody decided, and waiting-list offers nobody confirmed, in time. */
  lapsedRequests: number;
}

export interface FairnessRow extends FairnessFigures {
  organizationId: string;
  organizationName: string;
  /** Booked, asked for or was declined any room in the period: one of the MOs the evenings are shared among. */
  takesPart: boolean;
  /** Evening hours above (positive) or below the fair share; null for an MO that took no part. */
  eveningAgainstFairShare: number | null;
}

export interface FairnessReport {
  /** Staff: every active MO and any other that took part; a member: their own MO only. */
  rows: FairnessRow[];
  /** Every MO together: staff only (null for a member, who reads their own row and the share). */
  totals: FairnessFigures | null;
  fairShare: FairShare;
  /** When evenings begin, house time: "17:00". */
  eveningStartsAt: string;
}

interface FiguresRow {
  organization_id: string;
  name: string;
  active: boolean;
  takes_part: boolean;
  booked_hours: number;
  used_hours: number;
  released_hours: number;
  evening_hours: number;
  declined_requests: number;
  lapsed_requests: number;
}

/** `status IN (…)` for statuses the compiler knows. */
const statusIn = (...statuses: BookingStatus[]) => `status IN (${statuses.map((status) => `'${status}'`).join(', ')})`;
/** A booking that held its slot for the MO: still holds it, or did until it was released. */
const BOOKED = statusIn('CONFIRMED', 'RELEASED');

/**
 * Per MO, one pass over the bookings that touch [$1, $2). Evenings are cut per day on the house's wall clock:
 * each local day the booking touches gives [day + $3 minutes, next midnight) read in the house's zone, so a
 * day of 23 or 25 hours still has its evening at 17:00 local.
 */
const FAIRNESS_SQL = `
  WITH touching AS (
    SELECT b.organization_id, b.status, b.checked_in_at, l.time_zone,
           greatest(b.starts_at, $1::timestamptz) AS starts_at, least(b.ends_at, $2::timestamptz) AS ends_at
      FROM booking b
      JOIN room r ON r.id = b.room_id
      JOIN location l ON l.id = r.location_id
     WHERE tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($1, $2, '[)')
       AND NOT EXISTS (SELECT 1 FROM coaching_session s WHERE s.booking_id = b.id)
  ), evenings AS (
    SELECT t.organization_id,
           sum(extract(epoch FROM least(t.ends_at, e.ends_at) - greatest(t.starts_at, e.starts_at))) / 3600.0 AS hours
      FROM touching t
      CROSS JOIN LATERAL (
        SELECT (day + make_interval(mins => $3::int)) AT TIME ZONE t.time_zone AS starts_at,
               (day + interval '1 day') AT TIME ZONE t.time_zone AS ends_at
          FROM generate_series(date_trunc('day', t.starts_at AT TIME ZONE t.time_zone), t.ends_at AT TIME ZONE t.time_zone, interval '1 day') AS day
      ) e
     WHERE t.${BOOKED} AND e.starts_at < t.ends_at AND e.ends_at > t.starts_at
     GROUP BY t.organization_id
  ), figures AS (
    SELECT organization_id,
           bool_or(NOT ${statusIn('CANCELLED')}) AS takes_part,
           sum(extract(epoch FROM ends_at - starts_at)) FILTER (WHERE ${BOOKED}) / 3600.0 AS booked_hours,
           sum(extract(epoch FROM ends_at - starts_at)) FILTER (WHERE ${statusIn('CONFIRMED')} AND checked_in_at IS NOT NULL) / 3600.0 AS used_hours,
           sum(extract(epoch FROM ends_at - starts_at)) FILTER (WHERE ${statusIn('RELEASED')}) / 3600.0 AS released_hours,
           count(*) FILTER (WHERE ${statusIn('DECLINED')}) AS declined_requests,
           count(*) FILTER (WHERE ${statusIn('LAPSED')}) AS lapsed_requests
      FROM touching
     GROUP BY organization_id
  )
  SELECT o.id AS organization_id, o.name, o.active,
         coalesce(f.takes_part, false) AS takes_part,
         coalesce(f.booked_hours, 0)::float8 AS booked_hours,
         coalesce(f.used_hours, 0)::float8 AS used_hours,
         coalesce(f.released_hours, 0)::float8 AS released_hours,
         coalesce(e.hours, 0)::float8 AS evening_hours,
         coalesce(f.declined_requests, 0)::int AS declined_requests,
         coalesce(f.lapsed_requests, 0)::int AS lapsed_requests
    FROM organization o
    LEFT JOIN figures f ON f.organization_id = o.id
    LEFT JOIN evenings e ON e.organization_id = o.id
   WHERE o.kind = 'MO'
   ORDER BY o.name, o.id`;

const FIGURES = ['bookedHours', 'usedHours', 'releasedHours', 'eveningHours', 'declinedRequests', 'lapsedRequests'] as const;

function figuresOf(row: FiguresRow): FairnessFigures {
  return {
    bookedHours: row.booked_hours,
    usedHours: row.used_hours,
    releasedHours: row.released_hours,
    eveningHours: row.evening_hours,
    declinedRequests: row.declined_requests,
    lapsedRequests: row.lapsed_requests,
  };
}

/** Hours to two decimals, counts as they are. */
function rounded(figures: FairnessFigures): FairnessFigures {
  return {
    ...figures,
    bookedHours: roundHours(figures.bookedHours),
    usedHours: roundHours(figures.usedHours),
    releasedHours: roundHours(figures.releasedHours),
    eveningHours: roundHours(figures.eveningHours),
  };
}

/**
 * How fairly the rooms were shared in [from, to): per MO booked, used and released hours, declined and lapsed
 * requests, and evening hours against the fair share (`fair-share.ts`). The share is always computed over every
 * MO, so a member reads the same share staff read, but only their own MO's row.
 */
export async function fairnessReport(dataSource: DataSource, viewer: Viewer, period: { from: Date; to: Date }): Promise<FairnessReport> {
  const scope = fairnessReportScope(viewer);
  checkReportPeriod(period.from, period.to);
  const rows: FiguresRow[] = await dataSource.query(FAIRNESS_SQL, [
    period.from.toISOString(),
    period.to.toISOString(),
    EVENING_STARTS_MINUTES,
  ]);
  const share = fairShare(rows.map((row) => ({ eveningHours: row.evening_hours, takesPart: row.takes_part })));
  const toRow = (row: FiguresRow): FairnessRow => ({
    organizationId: row.organization_id,
    organizationName: row.name,
    takesPart: row.takes_part,
    ...rounded(figuresOf(row)),
    eveningAgainstFairShare: againstFairShare({ eveningHours: row.evening_hours, takesPart: row.takes_part }, share),
  });
  if (scope !== 'all') {
    const own = rows.find((row) => row.organization_id === scope.organizationId);
    return { rows: own ? [toRow(own)] : [], totals: null, fairShare: share, eveningStartsAt: EVENING_STARTS_AT };
  }
  // a retired MO that took no part has nothing to answer for in this period
  const listed = rows.filter((row) => row.active || row.takes_part);
  const totals: FairnessFigures = {
    bookedHours: 0,
    usedHours: 0,
    releasedHours: 0,
    eveningHours: 0,
    declinedRequests: 0,
    lapsedRequests: 0,
  };
  for (const figures of rows.map(figuresOf)) for (const figure of FIGURES) totals[figure] += figures[figure];
  return { rows: listed.map(toRow), totals: rounded(totals), fairShare: share, eveningStartsAt: EVENING_STARTS_AT };
}

/** The report as a table for the files people download: one row per MO, the fair share beside each. */
export function fairnessReportTable(report: FairnessReport, words: ReportWords): ReportTable {
  const columns = words.fairness;
  return {
    header: [
      columns.organization,
      columns.bookedHours,
      columns.usedHours,
      columns.releasedHours,
      columns.declinedRequests,
      columns.lapsedRequests,
      columns.eveningHours,
      columns.fairShare,
      columns.eveningAgainstFairShare,
    ],
    rows: report.rows.map((row) => [
      row.organizationName,
      row.bookedHours,
      row.usedHours,
      row.releasedHours,
      row.declinedRequests,
      row.lapsedRequests,
      row.eveningHours,
      report.fairShare.hoursPerOrganization,
      // an MO that took no part is not measured against the share: an empty cell, not a zero
      row.eveningAgainstFairShare ?? '',
    ]),
  };
}
