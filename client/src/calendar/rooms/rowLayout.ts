import { columnOf, spanFraction, type RoomsMode } from './roomsRange.js';

/** What the layout needs of a booking or a closed stretch: its id and its time in ms. */
export interface Timed {
  id: string;
  start: number;
  end: number;
}

/** A booking placed in its row: the column it starts in, and its line there (week) or lane (day). */
export interface Placed<T extends Timed> {
  item: T;
  column: number;
  line: number;
  /** Across the span, 0–1 (day view; in the week a booking fills its day's width). */
  from: number;
  to: number;
}

/** Sizes in px, fixed so that every row's height is known before it is drawn (windowing, scrollbar). */
export const SIZES = {
  /** A booking's line in the week: time and name on one line. */
  weekLine: 22,
  /** A booking's lane in the day: time, name and MO. */
  dayLane: 52,
  padding: 6,
  /** The room names' column, and how many characters a line of it holds at its font. */
  nameColumn: 224,
  nameCharsPerLine: 24,
  factsCharsPerLine: 30,
  nameLine: 20,
  factsLine: 17,
} as const;

/**
 * Places a row's bookings. Week: one line each in the day it starts, in order of start. Day: where they fall
 * on the hours; a room's bookings do not overlap (the database refuses it), but a lane each is kept for any
 * that do, so nothing is drawn over something else.
 */
export function placeRow<T extends Timed>(
  items: readonly T[],
  mode: RoomsMode,
  edges: readonly number[],
): { placed: Placed<T>[]; lines: number } {
  const sorted = [...items].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id));
  const placed: Placed<T>[] = [];
  if (mode === 'week') {
    const perColumn = new Array<number>(edges.length - 1).fill(0);
    for (const item of sorted) {
      const column = columnOf(edges, item.start);
      placed.push({ item, column, line: perColumn[column]!++, from: 0, to: 0 });
    }
    return { placed, lines: Math.max(1, ...perColumn) };
  }
  const laneEnds: number[] = [];
  for (const item of sorted) {
    let line = laneEnds.findIndex((end) => end <= item.start);
    if (line === -1) line = laneEnds.push(item.end) - 1;
    else laneEnds[line] = item.end;
    placed.push({
      item,
      column: columnOf(edges, item.start),
      line,
      from: spanFraction(edges, item.start),
      to: spanFraction(edges, item.end),
    });
  }
  return { placed, lines: Math.max(1, laneEnds.length) };
}

/**
 * A row's height in px: its lines of bookings, or what its room's name and facts need when that is more. The
 * name's lines are estimated from its length (a little generously), so a long name wraps, never cut off.
 */
export function rowHeight(mode: RoomsMode, lines: number, name: string, facts: string): number {
  const bookings = lines * (mode === 'week' ? SIZES.weekLine : SIZES.dayLane);
  const nameLines = Math.max(1, Math.ceil(name.length / SIZES.nameCharsPerLine));
  const factLines = facts ? Math.ceil(facts.length / SIZES.factsCharsPerLine) : 0;
  return 2 * SIZES.padding + Math.max(bookings, nameLines * SIZES.nameLine + factLines * SIZES.factsLine);
}
