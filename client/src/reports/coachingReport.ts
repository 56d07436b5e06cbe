/** The coaching report's grouping, row names, chart and download, pure so they are tested without a browser. */
import type { ChartConfiguration } from 'chart.js';
import type { CoachingDimension } from '../graphql/graphql.js';

/** In the order the server groups and the files list them. */
export const COACHING_DIMENSIONS = ['TOPIC', 'ORGANIZATION', 'MONTH'] as const satisfies readonly CoachingDimension[];

export interface CoachingFigures {
  requests: number;
  sessions: number;
  hours: number;
  closed: number;
  medianDaysToFirstSession?: number | null;
}

export interface CoachingRow extends CoachingFigures {
  topic?: string | null;
  organizationId?: string | null;
  organizationName?: string | null;
  month?: string | null;
}

/** How codes read in the reader's language; names of MOs stay as they are. */
export interface CoachingWords {
  topic: (code: string) => string;
  month: (yyyyMm: string) => string;
  /** The chart's name for the one row of a report without grouping. */
  all: string;
}

/** The chosen dimensions in the server's order, each once, whatever order they were ticked in. */
export function coachingBy(chosen: readonly CoachingDimension[]): CoachingDimension[] {
  return COACHING_DIMENSIONS.filter((dimension) => chosen.includes(dimension));
}

/** Ticks or unticks one dimension. */
export function toggleDimension(chosen: readonly CoachingDimension[], dimension: CoachingDimension): CoachingDimension[] {
  return coachingBy(chosen.includes(dimension) ? chosen.filter((other) => other !== dimension) : [...chosen, dimension]);
}

/** A stable key for a row: the values of its dimensions. */
export function coachingRowKey(row: CoachingRow): string {
  return [row.topic ?? '', row.organizationId ?? '', row.month ?? ''].join('|');
}

/** The texts of a row's dimension cells, one per dimension grouped by. */
export function coachingRowCells(row: CoachingRow, by: readonly CoachingDimension[], words: CoachingWords): string[] {
  return by.map((dimension) => {
    switch (dimension) {
      case 'TOPIC':
        return row.topic ? words.topic(row.topic) : '';
      case 'ORGANIZATION':
        return row.organizationName ?? '';
      case 'MONTH':
        return row.month ? words.month(row.month) : '';
    }
  });
}

/**
 * The counts the chart compares per row: requests, sessions held and closings. Each row's name is one line
 * per dimension, so a long topic and its month stay readable beside narrow bars.
 */
export function coachingChartSeries(
  rows: readonly CoachingRow[],
  by: readonly CoachingDimension[],
  words: CoachingWords,
): { labels: string[][]; requests: number[]; sessions: number[]; closed: number[] } {
  return {
    labels: rows.map((row) => (by.length ? coachingRowCells(row, by, words) : [words.all])),
    requests: rows.map((row) => row.requests),
    sessions: rows.map((row) => row.sessions),
    closed: rows.map((row) => row.closed),
  };
}

/** Colours told apart also with red-green colour blindness (Okabe–Ito). */
const COLOURS = { requests: '#0072b2', sessions: '#e69f00', closed: '#009e73' } as const;

/**
 * Horizontal bars, one group per row, so long MO names fit on a phone; right-to-left readers get the
 * values growing to the left and the names on the right.
 */
export function coachingChartConfig(
  series: ReturnType<typeof coachingChartSeries>,
  texts: { requests: string; sessions: string; closed: string },
  options: { rtl: boolean; locale: string },
): ChartConfiguration<'bar'> {
  return {
    type: 'bar',
    data: {
      labels: series.labels,
      datasets: (['requests', 'sessions', 'closed'] as const).map((figure) => ({
        label: texts[figure],
        data: series[figure],
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

/** Tall enough for every group of bars, never below a readable minimum. */
export function coachingChartHeight(rows: number): string {
  return `${Math.max(180, 54 * rows + 60)}px`;
}

/** Where the same table downloads as CSV or XLSX, the same way as the other report files, its columns in `lang`. */
export function coachingDownloadUrl(
  format: 'csv' | 'xlsx',
  span: { from: string; to: string },
  by: readonly CoachingDimension[],
  lang: string,
): string {
  return `/reports/coaching.${format}?${new URLSearchParams({ from: span.from, to: span.to, by: by.join(','), lang })}`;
}
