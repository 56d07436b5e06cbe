import { DateTime } from 'luxon';
import { minutesOfDay } from '../../shared/localTime.js';
import { TIME_ZONE, type CalendarViewName } from '../../shared/types.js';

/** The two views drawn by the rooms view: a room per row, and across it the week's days or the day's hours. */
export type RoomsMode = 'day' | 'week';

export function roomsMode(view: CalendarViewName): RoomsMode | null {
  if (view === 'resourceTimeGridDay') return 'day';
  if (view === 'resourceTimelineWeek') return 'week';
  return null;
}

/** What a mode shows of a date: the time asked for, the columns across, and the stretch of time they span. */
export interface RoomsSpan {
  /** The bookings' range, whole days in Berlin. */
  from: string;
  to: string;
  /** Column edges in ms, one more than columns: the week's midnights, or the day's full hours. */
  edges: number[];
  /** Each column's first moment as an ISO date-time in Berlin (its day, or its hour). */
  columns: string[];
}

/**
 * The week (Monday to Monday) or the day around `date`; a day's columns are its hours from `opens` to
 * `closes` ("08:00", "22:00": the earliest and latest of the houses), a part hour at the end counted whole.
 */
export function roomsSpan(mode: RoomsMode, date: string, hours: { opens: string; closes: string }): RoomsSpan {
  const day = DateTime.fromISO(date, { zone: TIME_ZONE }).startOf('day');
  const start = mode === 'week' ? day.startOf('week') : day;
  const end = start.plus({ days: mode === 'week' ? 7 : 1 });
  const columnStarts: DateTime[] = [];
  if (mode === 'week') for (let index = 0; index <= 7; index++) columnStarts.push(start.plus({ days: index }));
  else {
    const first = Math.floor(minutesOfDay(hours.opens) / 60);
    const last = Math.ceil(minutesOfDay(hours.closes) / 60);
    for (let hour = first; hour <= Math.max(last, first + 1); hour++) columnStarts.push(day.plus({ hours: hour }));
  }
  return {
    from: start.toISO()!,
    to: end.toISO()!,
    edges: columnStarts.map((moment) => moment.toMillis()),
    columns: columnStarts.slice(0, -1).map((moment) => moment.toISO()!),
  };
}

/** The date `steps` days or weeks on: the arrows beside the title. */
export function shiftDate(mode: RoomsMode, date: string, steps: number): string {
  return DateTime.fromISO(date, { zone: TIME_ZONE })
    .plus(mode === 'week' ? { weeks: steps } : { days: steps })
    .toISODate()!;
}

/** Where an instant falls across the span, 0 at the first edge and 1 at the last, each column the same width. */
export function spanFraction(edges: readonly number[], instant: number): number {
  const columns = edges.length - 1;
  if (instant <= edges[0]!) return 0;
  if (instant >= edges[columns]!) return 1;
  let column = 0;
  while (instant >= edges[column + 1]!) column++;
  const from = edges[column]!;
  return (column + (instant - from) / (edges[column + 1]! - from)) / columns;
}

/** The column an instant starts in, clamped to the span. */
export function columnOf(edges: readonly number[], instant: number): number {
  let column = 0;
  while (column < edges.length - 2 && instant >= edges[column + 1]!) column++;
  return column;
}

/** The instant at a fraction across the span: the inverse of `spanFraction`. */
export function instantAt(edges: readonly number[], fraction: number): number {
  const columns = edges.length - 1;
  const along = Math.min(Math.max(fraction, 0), 1) * columns;
  const column = Math.min(Math.floor(along), columns - 1);
  const from = edges[column]!;
  return from + (along - column) * (edges[column + 1]! - from);
}

const QUARTER_MS = 15 * 60_000;

/**
 * Where a dragged booking starts when let go: moved by as much time as the pointer moved along the hours,
 * to the nearest quarter hour, keeping its length.
 */
export function droppedAt(booking: { start: number; end: number }, grabbedAt: number, releasedAt: number): { start: number; end: number } {
  const start = Math.round((booking.start + releasedAt - grabbedAt) / QUARTER_MS) * QUARTER_MS;
  return { start, end: start + booking.end - booking.start };
}
