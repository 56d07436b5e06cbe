import type { DataSource } from 'typeorm';
import { assertStaff } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { badInput } from '../shared/errors.js';
import type { ReportTable } from './report-files.js';
import type { BookingCategory } from '../bookings/booking.enums.js';
import { weekdayName, type ReportWords } from './report-words.js';
import { holdsSlotSql } from '../bookings/booking.enums.js';

export const REPORT_DIMENSIONS = ['ORGANIZATION', 'LOCATION', 'ROOM', 'CATEGORY', 'MONTH', 'WEEKDAY', 'HOUR'] as const;
export type ReportDimension = (typeof REPORT_DIMENSIONS)[number];

/** The longest period one report covers. */
export const MAX_REPORT_DAYS = 800;

export interface ReportKey {
  dimension: ReportDimension;
  /** An id, a category code, yyyy-mm, the ISO weekday (1 = Monday) or the hour (0–23). */
  value: string;
  /** A name people read (house, room, MO); codes for categories, months, weekdays and hours, which the client words. */
  label: string;
}

export interface ReportFigures {
  /** Confirmed bookings that touch the period. */
  bookings: number;
  /** Their hours, clipped to the period. */
  hours: number;
  /** Expected attendees, summed. */
  attendees: number;
  /** Cancelled bookings that would have touched the period. */
  cancellations: number;
  /** Of those, cancelled less than 24 hours before they would have started. */
  lateCancellations: number;
}

export interface ReportRow extends ReportFigures {
  keys: ReportKey[];
}

export interface UsageReport {
  rows: ReportRow[];
  totals: ReportFigures & { organizations: number; newOrganizations: number };
}

/** SQL for each dimension's value and label; the wall-clock ones in the centre's time zone. */
const DIMENSION_SQL: Record<ReportDimension, { value: string; label: string }> = {
  ORGANIZATION: { value: 'o.id::text', label: 'o.name' },
  LOCATION: { value: 'l.id::text', label: 'l.name' },
  ROOM: { value: 'r.id::text', label: `r.name || ' (' || l.name || ')'` },
  CATEGORY: { value: 'b.category', label: 'b.category' },
  MONTH: {
    value: `to_char(b.starts_at AT TIME ZONE l.time_zone, 'YYYY-MM')`,
    label: `to_char(b.starts_at AT TIME ZONE l.time_zone, 'YYYY-MM')`,
  },
  WEEKDAY: {
    value: `extract(isodow FROM b.starts_at AT TIME ZONE l.time_zone)::int::text`,
    label: `extract(isodow FROM b.starts_at AT TIME ZONE l.time_zone)::int::text`,
  },
  HOUR: {
    value: `lpad(extract(hour FROM b.starts_at AT TIME ZONE l.time_zone)::int::text, 2, '0')`,
    label: `lpad(extract(hour FROM b.starts_at AT TIME ZONE l.time_zone)::int::text, 2, '0')`,
  },
};

const FIGURES_SQL = `
  count(*) FILTER (WHERE ${holdsSlotSql('b')})::int AS bookings,
  coalesce(sum(extract(epoch FROM least(b.ends_at, $2) - greatest(b.starts_at, $1)) / 3600.0) FILTER (WHERE ${holdsSlotSql('b')}), 0)::float8 AS hours,
  coalesce(sum(b.expected_attendees) FILTER (WHERE ${holdsSlotSql('b')}), 0)::int AS attendees,
  count(*) FILTER (WHERE b.status = 'CANCELLED')::int AS cancellations,
  count(*) FILTER (WHERE b.status = 'CANCELLED' AND b.updated_at > b.starts_at - interval '24 hours')::int AS late_cancellations`;

const FROM_SQL = `
  FROM booking b
  JOIN room r ON r.id = b.room_id
  JOIN location l ON l.id = r.location_id
  JOIN organization o ON o.id = b.organization_id
 WHERE tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($1, $2, '[)')`;

interface FiguresRow {
  bookings: number;
  hours: number;
  attendees: number;
  cancellations: number;
  late_cancellations: number;
}

const figures = (row: FiguresRow | undefined): ReportFigures => ({
  bookings: row?.bookings ?? 0,
  // two decimals: quarter hours are exact, and sums stay readable
  hours: Math.round((row?.hours ?? 0) * 100) / 100,
  attendees: row?.attendees ?? 0,
  cancellations: row?.cancellations ?? 0,
  lateCancellations: row?.late_cancellations ?? 0,
});

/** A report's period: forwards, and no longer than MAX_REPORT_DAYS. */
export function checkReportPeriod(from: Date, to: Date): void {
  if (to.getTime() <= from.getTime()) throw badInput('to', 'END_BEFORE_START');
  if (to.getTime() - from.getTime() > MAX_REPORT_DAYS * 86_400_000) throw badInput('to', 'RANGE_TOO_LONG', MAX_REPORT_DAYS);
}

/**
 * How the rooms were used in [from, to), grouped by any of the dimensions: what the city wants to see. Hours
 * count confirmed bookings only, clipped to the period; a booking belongs to the month, weekday and hour it
 * starts in (house time).
 */
export async function usageReport(
  dataSource: DataSource,
  viewer: Viewer,
  query: { from: Date; to: Date; groupBy: readonly string[] },
): Promise<UsageReport> {
  assertStaff(viewer);
  checkReportPeriod(query.from, query.to);
  const dimensions = [...new Set(query.groupBy)];
  for (const dimension of dimensions)
    if (!(REPORT_DIMENSIONS as readonly string[]).includes(dimension)) throw badInput('groupBy', 'INVALID');
  const chosen = dimensions as ReportDimension[];
  const parameters = [query.from.toISOString(), query.to.toISOString()];

  const selectKeys = chosen.map(
    (dimension, index) => `${DIMENSION_SQL[dimension].value} AS k${index}, ${DIMENSION_SQL[dimension].label} AS l${index}`,
  );
  const groupKeys = chosen.flatMap((dimension) => [DIMENSION_SQL[dimension].value, DIMENSION_SQL[dimension].label]);
  const rows: Array<FiguresRow & Record<string, string>> = await dataSource.query(
    `SELECT ${[...selectKeys, FIGURES_SQL].join(', ')} ${FROM_SQL}
     ${groupKeys.length ? `GROUP BY ${groupKeys.join(', ')} ORDER BY ${chosen.map((_dimension, index) => `l${index}, k${index}`).join(', ')}` : ''}`,
    parameters,
  );
  const [total]: FiguresRow[] = await dataSource.query(`SELECT ${FIGURES_SQL} ${FROM_SQL}`, parameters);
  const [organizations]: Array<{ active: number; new: number }> = await dataSource.query(
    // the centre's own organisation (it holds the network meetings) is no MO the city counts
    `SELECT count(DISTINCT b.organization_id)
              FILTER (WHERE ${holdsSlotSql('b')} AND b.organization_id NOT IN (SELECT id FROM organization WHERE kind = 'CENTRE'))::int AS active,
            (SELECT count(*)::int FROM organization WHERE kind = 'MO' AND created_at >= $1 AND created_at < $2) AS new
       ${FROM_SQL}`,
    parameters,
  );
  return {
    rows: rows.map((row) => ({
      keys: chosen.map((dimension, index) => ({ dimension, value: String(row[`k${index}`]), label: String(row[`l${index}`]) })),
      ...figures(row),
    })),
    totals: { ...figures(total), organizations: organizations?.active ?? 0, newOrganizations: organizations?.new ?? 0 },
  };
}

/** The report as a table for the files people download: one column per dimension, then the figures. */
export function usageReportTable(
  report: UsageReport,
  dimensions: readonly ReportDimension[],
  { words, language }: { words: ReportWords; language: string },
): ReportTable {
  const columns = words.usage;
  // kinds and weekdays are codes in the database; a file read without the app names them
  const label = (key: ReportKey) =>
    key.dimension === 'CATEGORY'
      ? (words.categories[key.label as BookingCategory] ?? key.label)
      : key.dimension === 'WEEKDAY'
        ? weekdayName(Number(key.label), language)
        : key.label;
  return {
    header: [
      ...dimensions.map((dimension) => columns[dimension]),
      columns.bookings,
      columns.hours,
      columns.attendees,
      columns.cancellations,
      columns.lateCancellations,
    ],
    rows: report.rows.map((row) => [
      ...row.keys.map(label),
      row.bookings,
      row.hours,
      row.attendees,
      row.cancellations,
      row.lateCancellations,
    ]),
  };
}
