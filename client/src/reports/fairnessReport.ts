/** The fairness report's columns, sentence, charts and download; pure, so they are tested without a browser. */
import type { ChartConfiguration } from 'chart.js';

export interface FairnessFigures {
  bookedHours: number;
  usedHours: number;
  releasedHours: number;
  eveningHours: number;
  declinedRequests: number;
  lapsedRequests: number;
}

export interface FairnessRow extends FairnessFigures {
  organizationId: string;
  organizationName: string;
  takesPart: boolean;
  eveningAgainstFairShare: number | null;
}

/** The table's figure columns in order: hours and what became of them, requests, then the evenings. */
export const FAIRNESS_FIGURES = [
  'bookedHours',
  'usedHours',
  'releasedHours',
  'declinedRequests',
  'lapsedRequests',
  'eveningHours',
] as const satisfies ReadonlyArray<keyof FairnessFigures>;

/** Hours are shown with decimals, requests are counted. */
export const isHours = (figure: keyof FairnessFigures): boolean => figure.endsWith('Hours');

/** Which sentence tells an MO where it stands against the fair share of the evenings (`fairness.own.*`). */
export function ownStanding(row: FairnessRow | undefined): { key: 'above' | 'below' | 'even' | 'none'; hours: number } {
  const difference = row?.eveningAgainstFairShare;
  if (!row?.takesPart || difference == null) return { key: 'none', hours: 0 };
  // within a minute of the share is the share: the figures are rounded to two decimals of an hour
  if (Math.abs(difference) < 0.02) return { key: 'even', hours: 0 };
  return { key: difference > 0 ? 'above' : 'below', hours: Math.abs(difference) };
}

/** Booked hours that were neither checked in nor released: houses without check-in, and bookings still to come. */
export const notCheckedIn = (row: FairnessFigures): number =>
  Math.max(0, Math.round((row.bookedHours - row.usedHours - row.releasedHours) * 100) / 100);

/** Colours told apart also with red-green colour blindness (Okabe–Ito), as the other report charts. */
const COLOURS = { evening: '#0072b2', share: '#e69f00', used: '#009e73', released: '#d55e00', notCheckedIn: '#999999' } as const;

interface ChartOptions {
  rtl: boolean;
  locale: string;
}

/** Horizontal bars, one row per MO, so twenty MOs fit on a phone; right-to-left readers get them mirrored. */
function barOptions(options: ChartOptions, stacked: boolean): ChartConfiguration<'bar'>['options'] {
  return {
    animation: false,
    responsive: true,
    maintainAspectRatio: false,
    locale: options.locale,
    indexAxis: 'y',
    plugins: { legend: { rtl: options.rtl }, tooltip: { rtl: options.rtl } },
    scales: {
      x: { reverse: options.rtl, beginAtZero: true, stacked },
      y: { position: options.rtl ? 'right' : 'left', stacked },
    },
  };
}

/** Each MO that took part: its evening hours beside the fair share, the same bar for every MO. */
export function eveningChartConfig(
  rows: readonly FairnessRow[],
  fairShare: number,
  texts: { evening: string; share: string },
  options: ChartOptions,
): ChartConfiguration<'bar'> {
  const shown = rows.filter((row) => row.takesPart);
  return {
    type: 'bar',
    data: {
      labels: shown.map((row) => row.organizationName),
      datasets: [
        { label: texts.evening, data: shown.map((row) => row.eveningHours), backgroundColor: COLOURS.evening },
        { label: texts.share, data: shown.map(() => fairShare), backgroundColor: COLOURS.share },
      ],
    },
    options: barOptions(options, false),
  };
}

/** Each MO's booked hours as one bar: used, released, and neither. */
export function hoursChartConfig(
  rows: readonly FairnessRow[],
  texts: { used: string; released: string; notCheckedIn: string },
  options: ChartOptions,
): ChartConfiguration<'bar'> {
  const shown = rows.filter((row) => row.bookedHours > 0);
  return {
    type: 'bar',
    data: {
      labels: shown.map((row) => row.organizationName),
      datasets: [
        { label: texts.used, data: shown.map((row) => row.usedHours), backgroundColor: COLOURS.used },
        { label: texts.released, data: shown.map((row) => row.releasedHours), backgroundColor: COLOURS.released },
        { label: texts.notCheckedIn, data: shown.map(notCheckedIn), backgroundColor: COLOURS.notCheckedIn },
      ],
    },
    options: barOptions(options, true),
  };
}

/** Tall enough for a readable bar group per MO, never below a readable minimum. */
export function fairnessChartHeight(bars: number, perBar = 2): string {
  return `${Math.max(160, 22 * perBar * bars + 80)}px`;
}

/** Where the same table downloads as CSV or XLSX, the same way as the other report files, its columns in `lang`. */
export function fairnessDownloadUrl(format: 'csv' | 'xlsx', span: { from: string; to: string }, lang: string): string {
  return `/reports/fairness.${format}?${new URLSearchParams({ from: span.from, to: span.to, lang })}`;
}
