/** The network report's periods, row names, chart and download, pure so they are tested without a browser. */
import type { ChartConfiguration } from 'chart.js';
import type { ReportPeriod } from '../graphql/graphql.js';

/** From the finest to the coarsest, as the chips offer them. */
export const REPORT_PERIODS = ['MONTH', 'QUARTER', 'YEAR'] as const satisfies readonly ReportPeriod[];

export interface NetworkFigures {
  meetingsHeld: number;
  mosInvited: number;
  mosPresent: number;
  peoplePresent: number;
  proposalsMade: number;
  proposalsAnswered: number;
  proposalsDone: number;
}

export interface NetworkRow extends NetworkFigures {
  /** yyyy-mm, yyyy-Qn or yyyy, as the server names it. */
  period: string;
}

/** The table's figure columns, in order; the chart compares the first of them that are about MOs and proposals. */
export const NETWORK_FIGURES = [
  'meetingsHeld',
  'mosInvited',
  'mosPresent',
  'peoplePresent',
  'proposalsMade',
  'proposalsAnswered',
  'proposalsDone',
] as const satisfies ReadonlyArray<keyof NetworkFigures>;

/** How a period reads in the reader's language. */
export interface PeriodWords {
  month: (year: number, month: number) => string;
  quarter: (year: number, quarter: number) => string;
}

/** A period's name for people: "Januar 2027", "1. Quartal 2027", "2027". */
export function periodText(period: string, words: PeriodWords): string {
  const quarter = /^(\d{4})-Q([1-4])$/.exec(period);
  if (quarter) return words.quarter(Number(quarter[1]), Number(quarter[2]));
  const month = /^(\d{4})-(\d{2})$/.exec(period);
  if (month) return words.month(Number(month[1]), Number(month[2]));
  return period;
}

/** Nothing happened at all: no meeting held and no proposal made or answered in the whole range. */
export function isEmptyNetworkReport(totals: NetworkFigures): boolean {
  return totals.meetingsHeld + totals.proposalsMade + totals.proposalsAnswered === 0;
}

/** What the chart sets side by side per period: who was invited and who came, proposals made and answered. */
const CHARTED = ['mosInvited', 'mosPresent', 'proposalsMade', 'proposalsAnswered'] as const;
export type ChartedFigure = (typeof CHARTED)[number];

/** Colours told apart also with red-green colour blindness (Okabe–Ito). */
const COLOURS: Record<ChartedFigure, string> = {
  mosInvited: '#56b4e9',
  mosPresent: '#0072b2',
  proposalsMade: '#e69f00',
  proposalsAnswered: '#009e73',
};

/**
 * Horizontal bars, one group per period in order, so a year of months fits on a phone; right-to-left readers
 * get the values growing to the left and the periods on the right.
 */
export function networkChartConfig(
  rows: readonly NetworkRow[],
  texts: Record<ChartedFigure, string>,
  options: { rtl: boolean; locale: string; words: PeriodWords },
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: rows.map((row) => periodText(row.period, options.words)),
      datasets: CHARTED.map((figure) => ({
        label: texts[figure],
        data: rows.map((row) => row[figure]),
        backgroundColor: COLOURS[figure],
      })),
    },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      locale: options.locale,
      indexAxis: 'y',
      plugins: { legend: { rtl: options.rtl }, tooltip: { rtl: options.rtl } },
      scales: {
        x: { reverse: options.rtl, beginAtZero: true, ticks: { precision: 0 } },
        y: { position: options.rtl ? 'right' : 'left' },
      },
    },
  };
}

/** Tall enough for four bars per period, never below a readable minimum. */
export function networkChartHeight(rows: number): string {
  return `${Math.max(180, 64 * rows + 60)}px`;
}

/** Where the same table downloads as CSV or XLSX, the same way as the other report files, its columns in `lang`. */
export function networkDownloadUrl(
  format: 'csv' | 'xlsx',
  span: { from: string; to: string },
  groupBy: ReportPeriod,
  lang: string,
): string {
  return `/reports/network.${format}?${new URLSearchParams({ from: span.from, to: span.to, groupBy, lang })}`;
}
