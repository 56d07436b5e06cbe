import type { DataSource } from 'typeorm';
import { assertStaff } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { CoachingTopic } from '../coaching/coaching.enums.js';
import { badInput } from '../shared/errors.js';
import { REPORT_TIME_ZONE, type ReportTable } from './report-files.js';
import { checkReportPeriod } from './usage-report.js';
import type { ReportWords } from './report-words.js';

export const COACHING_DIMENSIONS = ['TOPIC', 'ORGANIZATION', 'MONTH'] as const;
export type CoachingDimension = (typeof COACHING_DIMENSIONS)[number];

/** Months are counted on Leipzig's calendar, where the centre and its MOs are. */
const TIME_ZONE = REPORT_TIME_ZONE;

export interface CoachingFigures {
  /** Requests asked within the period. */
  requests: number;
  /** Sessions held (not cancelled) that start within the period, in a room or online. */
  sessions: number;
  /** Their length in hours. */
  hours: number;
  /** Requests closed within the period. */
  closed: number;
  /**
   * The median wait in days from a request to its first session that was not cancelled, over the requests
   * whose first session starts within the period; null when there are none.
   */
  medianDaysToFirstSession: number | null;
}

export interface CoachingReportRow extends CoachingFigures {
  /** Set only for the dimensions grouped by. */
  topic: CoachingTopic | null;
  organizationId: string | null;
  organizationName: string | null;
  /** yyyy-mm, Leipzig time. */
  month: string | null;
}

export interface CoachingReport {
  rows: CoachingReportRow[];
  totals: CoachingFigures;
}

/**
 * Each figure is an event with its own moment: a request when it is asked, a session when it starts, a
 * closing when it happens, a first session when it starts. The month of a row is the month of the event, so
 * a request asked in March and closed in May counts in March's requests and in May's closings.
 */
const EVENTS_SQL = `
  WITH first_session AS (
    SELECT request_id, min(starts_at) AS starts_at FROM coaching_session WHERE status <> 'CANCELLED' GROUP BY request_id
  ), events AS (
    SELECT 'REQUEST' AS kind, r.id AS request_id, r.created_at AS at, NULL::float8 AS hours, NULL::float8 AS days
      FROM coaching_request r WHERE r.created_at >= $1 AND r.created_at < $2
    UNION ALL
    SELECT 'SESSION', s.request_id, s.starts_at, extract(epoch FROM s.ends_at - s.starts_at)::float8 / 3600, NULL
      FROM coaching_session s WHERE s.status <> 'CANCELLED' AND s.starts_at >= $1 AND s.starts_at < $2
    UNION ALL
    SELECT 'CLOSED', r.id, r.closed_at, NULL, NULL
      FROM coaching_request r WHERE r.status = 'CLOSED' AND r.closed_at >= $1 AND r.closed_at < $2
    UNION ALL
    SELECT 'FIRST_SESSION', f.request_id, f.starts_at, NULL, extract(epoch FROM f.starts_at - r.created_at)::float8 / 86400
      FROM first_session f JOIN coaching_request r ON r.id = f.request_id WHERE f.starts_at >= $1 AND f.starts_at < $2
  )`;

const FROM_SQL = `
  FROM events e
  JOIN coaching_request r ON r.id = e.request_id
  JOIN organization o ON o.id = r.organization_id`;

const FIGURES_SQL = `
  count(*) FILTER (WHERE e.kind = 'REQUEST')::int AS requests,
  count(*) FILTER (WHERE e.kind = 'SESSION')::int AS sessions,
  coalesce(sum(e.hours) FILTER (WHERE e.kind = 'SESSION'), 0)::float8 AS hours,
  count(*) FILTER (WHERE e.kind = 'CLOSED')::int AS closed,
  (percentile_cont(0.5) WITHIN GROUP (ORDER BY e.days) FILTER (WHERE e.kind = 'FIRST_SESSION'))::float8 AS median_days`;

const DIMENSION_SQL: Record<CoachingDimension, { select: string; group: string; order: string }> = {
  TOPIC: { select: 'r.topic AS topic', group: 'r.topic', order: 'r.topic' },
  ORGANIZATION: { select: 'o.id::text AS organization_id, o.name AS organization_name', group: 'o.id, o.name', order: 'o.name, o.id' },
  MONTH: {
    select: `to_char(e.at AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM') AS month`,
    group: `to_char(e.at AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM')`,
    order: `to_char(e.at AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM')`,
  },
};

interface FiguresRow {
  requests: number;
  sessions: number;
  hours: number;
  closed: number;
  median_days: number | null;
}

interface KeysRow {
  topic?: CoachingTopic;
  organization_id?: string;
  organization_name?: string;
  month?: string;
}

// two decimals: quarter hours are exact, and sums stay readable
const rounded = (value: number) => Math.round(value * 100) / 100;

const figures = (row: FiguresRow | undefined): CoachingFigures => ({
  requests: row?.requests ?? 0,
  sessions: row?.sessions ?? 0,
  hours: rounded(row?.hours ?? 0),
  closed: row?.closed ?? 0,
  medianDaysToFirstSession: row?.median_days == null ? null : rounded(Number(row.median_days)),
});

/** The dimensions asked for, each once, in the report's own order; an unknown one is refused. */
export function coachingDimensions(by: readonly string[]): CoachingDimension[] {
  for (const dimension of by) if (!(COACHING_DIMENSIONS as readonly string[]).includes(dimension)) throw badInput('by', 'INVALID');
  return COACHING_DIMENSIONS.filter((dimension) => by.includes(dimension));
}

/**
 * What coaching the centre delivered in [from, to), for the city: requests, sessions held, their hours,
 * closings and the median wait for a first session, grouped by topic, MO and month as asked (none: one row).
 */
export async function coachingReport(
  dataSource: DataSource,
  viewer: Viewer,
  query: { from: Date; to: Date; by: readonly string[] },
): Promise<CoachingReport> {
  assertStaff(viewer);
  checkReportPeriod(query.from, query.to);
  const chosen = coachingDimensions(query.by);
  const parameters = [query.from.toISOString(), query.to.toISOString()];
  const pick = (key: 'select' | 'group' | 'order') => chosen.map((dimension) => DIMENSION_SQL[dimension][key]);
  const grouped = chosen.length
    ? `GROUP BY ${pick('group').join(', ')} ORDER BY ${pick('order').join(', ')}`
    : // without dimensions the single row is the totals; an empty period still answers one row of zeros
      '';
  const rows: Array<FiguresRow & KeysRow> = await dataSource.query(
    `${EVENTS_SQL} SELECT ${[...pick('select'), FIGURES_SQL].join(', ')} ${FROM_SQL} ${grouped}`,
    parameters,
  );
  const [total]: FiguresRow[] = await dataSource.query(`${EVENTS_SQL} SELECT ${FIGURES_SQL} ${FROM_SQL}`, parameters);
  return {
    rows: rows.map((row) => ({
      topic: row.topic ?? null,
      organizationId: row.organization_id ?? null,
      organizationName: row.organization_name ?? null,
      month: row.month ?? null,
      ...figures(row),
    })),
    totals: figures(total),
  };
}

/** The report as a table for the files people download: one column per dimension, then the figures. */
export function coachingReportTable(report: CoachingReport, dimensions: readonly CoachingDimension[], words: ReportWords): ReportTable {
  const columns = words.coaching;
  const keys = (row: CoachingReportRow) =>
    dimensions.map((dimension) =>
      dimension === 'TOPIC' ? (row.topic ?? '') : dimension === 'ORGANIZATION' ? (row.organizationName ?? '') : (row.month ?? ''),
    );
  return {
    header: [
      ...dimensions.map((dimension) => columns[dimension]),
      columns.requests,
      columns.sessions,
      columns.hours,
      columns.closed,
      columns.medianDaysToFirstSession,
    ],
    rows: report.rows.map((row) => [
      ...keys(row),
      row.requests,
      row.sessions,
      row.hours,
      row.closed,
      // an empty cell, not 0: no first session is no wait at all
      row.medianDaysToFirstSession ?? '',
    ]),
  };
}
