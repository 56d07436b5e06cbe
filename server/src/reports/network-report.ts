import type { DataSource } from 'typeorm';
import { assertMayReadNetworkReport } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { badInput } from '../shared/errors.js';
import { zonedParts } from '../shared/zoned-time.js';
import { REPORT_TIME_ZONE, type ReportTable } from './report-files.js';
import { checkReportPeriod } from './usage-report.js';
import type { ReportWords } from './report-words.js';

export const REPORT_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const;
export type ReportPeriod = (typeof REPORT_PERIODS)[number];

/** Periods are counted on Leipzig's calendar, where the centre and its MOs are. */
const TIME_ZONE = REPORT_TIME_ZONE;

export interface NetworkFigures {
  /** Meetings whose booking is confirmed and that started within the period, by the time the report is asked. */
  meetingsHeld: number;
  /** MOs invited to at least one of those meetings, each counted once (the rule: `INVITED_SQL`). */
  mosInvited: number;
  /** MOs present at at least one of them, each counted once. */
  mosPresent: number;
  /** People present, summed over the meetings: someone who came twice counts twice. */
  peoplePresent: number;
  /** Proposals the MOs made within the period. */
  proposalsMade: number;
  /** Proposals the centre answered within the period (planned, declined or done), whenever they were made. */
  proposalsAnswered: number;
  /** Of those, the ones answered as done. */
  proposalsDone: number;
}

export interface NetworkReportRow extends NetworkFigures {
  /** yyyy-mm, yyyy-Qn or yyyy, Leipzig time. */
  period: string;
}

export interface NetworkReport {
  /** Every period [from, to) touches, in order, those without any figure too: a chart of the year shows its gaps. */
  rows: NetworkReportRow[];
  /** Over all of [from, to): an MO present in two periods counts once here. */
  totals: NetworkFigures;
}

/**
 * Each figure is an event with its moment: a meeting and who was invited and present at its start, a proposal
 * when it was made, an answer when it was given. Who was present: the attendance staff recorded with the
 * minutes where they recorded any for that meeting, else the MOs that said they would come, with the people
 * they announced.
 *
 * Invited to a meeting: the organisations of kind MO that existed by its start and are active now, and any MO
 * that answered it or was there. The organisation table keeps no date of retirement: an MO retired since was
 * invited then, and is counted where its answer or presence shows it; one that never took part drops out.
 */
const EVENTS_SQL = `
  WITH held AS (
    SELECT m.id, b.starts_at FROM network_meeting m JOIN booking b ON b.id = m.booking_id
     WHERE b.status = 'CONFIRMED' AND b.starts_at >= $1 AND b.starts_at < $2 AND b.starts_at <= $3
  ), recorded AS (
    SELECT a.meeting_id, a.organization_id, a.people FROM meeting_attendance a JOIN held h ON h.id = a.meeting_id
  ), present AS (
    SELECT meeting_id, organization_id, people FROM recorded
    UNION ALL
    SELECT r.meeting_id, r.organization_id, r.people FROM meeting_response r JOIN held h ON h.id = r.meeting_id
     WHERE r.attending AND NOT EXISTS (SELECT 1 FROM recorded WHERE recorded.meeting_id = r.meeting_id)
  ), invited AS (
    SELECT h.id AS meeting_id, o.id AS organization_id FROM held h
      JOIN organization o ON o.kind = 'MO' AND o.active AND o.created_at <= h.starts_at
    UNION
    SELECT r.meeting_id, r.organization_id FROM meeting_response r JOIN held h ON h.id = r.meeting_id
    UNION
    SELECT meeting_id, organization_id FROM present
  ), events AS (
    SELECT 'HELD' AS kind, h.starts_at AS at, h.id AS meeting_id, NULL::uuid AS organization_id, 0 AS people FROM held h
    UNION ALL
    SELECT 'INVITED', h.starts_at, h.id, i.organization_id, 0 FROM invited i JOIN held h ON h.id = i.meeting_id
    UNION ALL
    SELECT 'PRESENT', h.starts_at, h.id, p.organization_id, p.people FROM present p JOIN held h ON h.id = p.meeting_id
    UNION ALL
    SELECT 'PROPOSED', created_at, NULL, organization_id, 0 FROM proposal WHERE created_at >= $1 AND created_at < $2
    UNION ALL
    SELECT CASE WHEN status = 'DONE' THEN 'DONE' ELSE 'ANSWERED' END, answered_at, NULL, organization_id, 0
      FROM proposal WHERE answered_at >= $1 AND answered_at < $2
  )`;

const FIGURES_SQL = `
  count(*) FILTER (WHERE kind = 'HELD')::int AS meetings_held,
  count(DISTINCT organization_id) FILTER (WHERE kind = 'INVITED')::int AS mos_invited,
  count(DISTINCT organization_id) FILTER (WHERE kind = 'PRESENT')::int AS mos_present,
  coalesce(sum(people) FILTER (WHERE kind = 'PRESENT'), 0)::int AS people_present,
  count(*) FILTER (WHERE kind = 'PROPOSED')::int AS proposals_made,
  count(*) FILTER (WHERE kind IN ('ANSWERED', 'DONE'))::int AS proposals_answered,
  count(*) FILTER (WHERE kind = 'DONE')::int AS proposals_done`;

/** The period an instant falls in, as to_char writes it in Leipzig time. */
const PERIOD_SQL: Record<ReportPeriod, string> = {
  MONTH: `to_char(at AT TIME ZONE '${TIME_ZONE}', 'YYYY-MM')`,
  QUARTER: `to_char(at AT TIME ZONE '${TIME_ZONE}', 'YYYY-"Q"Q')`,
  YEAR: `to_char(at AT TIME ZONE '${TIME_ZONE}', 'YYYY')`,
};

interface FiguresRow {
  meetings_held: number;
  mos_invited: number;
  mos_present: number;
  people_present: number;
  proposals_made: number;
  proposals_answered: number;
  proposals_done: number;
}

const figures = (row: FiguresRow | undefined): NetworkFigures => ({
  meetingsHeld: row?.meetings_held ?? 0,
  mosInvited: row?.mos_invited ?? 0,
  mosPresent: row?.mos_present ?? 0,
  peoplePresent: row?.people_present ?? 0,
  proposalsMade: row?.proposals_made ?? 0,
  proposalsAnswered: row?.proposals_answered ?? 0,
  proposalsDone: row?.proposals_done ?? 0,
});

/** The period asked for, MONTH when none is; an unknown one is refused. */
export function reportPeriod(groupBy: string | undefined): ReportPeriod {
  const period = groupBy ?? 'MONTH';
  if (!(REPORT_PERIODS as readonly string[]).includes(period)) throw badInput('groupBy', 'INVALID');
  return period as ReportPeriod;
}

/** The periods [from, to) touches in Leipzig, first to last, named as `PERIOD_SQL` names them. */
export function periodsBetween(from: Date, to: Date, per: ReportPeriod): string[] {
  const first = zonedParts(from, TIME_ZONE);
  // the last instant inside the range: `to` itself belongs to the next period
  const last = zonedParts(new Date(to.getTime() - 1), TIME_ZONE);
  const name = (year: number, month: number) =>
    per === 'YEAR' ? String(year) : per === 'QUARTER' ? `${year}-Q${Math.ceil(month / 3)}` : `${year}-${String(month).padStart(2, '0')}`;
  const periods: string[] = [];
  for (let index = first.year * 12 + first.month - 1; index <= last.year * 12 + last.month - 1; index++) {
    const period = name(Math.floor(index / 12), (index % 12) + 1);
    if (periods.at(-1) !== period) periods.push(period);
  }
  return periods;
}

/**
 * What the MOs' network did in [from, to), for the city: meetings held, MOs invited and present, people
 * present, and the proposals made, answered and done, per month, quarter or year.
 */
export async function networkReport(
  dataSource: DataSource,
  viewer: Viewer,
  query: { from: Date; to: Date; groupBy?: string; now: Date },
): Promise<NetworkReport> {
  assertMayReadNetworkReport(viewer);
  checkReportPeriod(query.from, query.to);
  const per = reportPeriod(query.groupBy);
  const parameters = [query.from.toISOString(), query.to.toISOString(), query.now.toISOString()];
  const period = PERIOD_SQL[per];
  const found: Array<FiguresRow & { period: string }> = await dataSource.query(
    `${EVENTS_SQL} SELECT ${period} AS period, ${FIGURES_SQL} FROM events GROUP BY 1`,
    parameters,
  );
  const [total]: FiguresRow[] = await dataSource.query(`${EVENTS_SQL} SELECT ${FIGURES_SQL} FROM events`, parameters);
  const byPeriod = new Map(found.map((row) => [row.period, row]));
  return {
    rows: periodsBetween(query.from, query.to, per).map((name) => ({ period: name, ...figures(byPeriod.get(name)) })),
    totals: figures(total),
  };
}

/** The columns of the files, in the table's order: stable English names a spreadsheet formula can rely on. */
const FIGURE_COLUMNS = [
  'meetingsHeld',
  'mosInvited',
  'mosPresent',
  'peoplePresent',
  'proposalsMade',
  'proposalsAnswered',
  'proposalsDone',
] as const satisfies ReadonlyArray<keyof NetworkFigures>;

/** The report as a table for the files people download: the period, the figures, and a last row of totals. */
export function networkReportTable(report: NetworkReport, per: ReportPeriod, words: ReportWords): ReportTable {
  const columns = words.network;
  return {
    header: [columns[per], ...FIGURE_COLUMNS.map((column) => columns[column])],
    rows: [
      ...report.rows.map((row) => [row.period, ...FIGURE_COLUMNS.map((column) => row[column])]),
      // the totals are not the rows' sum where MOs count once: the file carries them rather than leave a SUM() wrong
      [columns.total, ...FIGURE_COLUMNS.map((column) => report.totals[column])],
    ],
  };
}
