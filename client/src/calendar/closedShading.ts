import { DateTime } from 'luxon';
import { TIME_ZONE, type CalendarViewName } from '../shared/types.js';
import type { ClosedSpan } from './closedTime.js';

/**
 * How a view can show closed time. `room`: a column or row per room, shaded for that room. `roomDay`: a cell
 * per room and day, where only a day closed from start to end can be shaded (a cell cannot show 9 to 10 closed).
 * `together`: one column per day for every room shown, so only time when all of them are closed is shaded.
 */
export type ShadingLayout = 'room' | 'roomDay' | 'together';

export function shadingLayout(view: CalendarViewName): ShadingLayout {
  if (view === 'resourceTimeGridDay') return 'room';
  if (view === 'resourceTimelineWeek') return 'roomDay';
  return 'together';
}

/** The closed spans a view of that layout shades, for the rooms it shows. */
export function arrangeShading(
  spans: readonly ClosedSpan[],
  layout: ShadingLayout,
  input: { roomIds: readonly string[]; from: string; to: string; closed: string },
): ClosedSpan[] {
  if (layout === 'room') return [...spans];
  const byRoom = new Map<string, ClosedSpan[]>(input.roomIds.map((id) => [id, []]));
  for (const span of spans) for (const id of span.resourceIds) byRoom.get(id)?.push(span);
  return layout === 'together' ? closedForAll(byRoom, input.closed) : closedWholeDays(byRoom, input);
}

/** What several spans covering the same time say: their reason when they share one, else plain "closed". */
const sharedTitle = (titles: readonly string[], closed: string) => (titles.every((title) => title === titles[0]) ? titles[0]! : closed);

/** Time when every room is closed, as spans for all of them. */
function closedForAll(byRoom: ReadonlyMap<string, readonly ClosedSpan[]>, closed: string): ClosedSpan[] {
  const rooms = [...byRoom.values()];
  if (rooms.length === 0) return [];
  const cuts = [...new Set(rooms.flatMap((spans) => spans.flatMap((span) => [span.start, span.end])))].sort((a, b) => a - b);
  const resourceIds = [...byRoom.keys()];
  const result: ClosedSpan[] = [];
  for (let index = 0; index + 1 < cuts.length; index++) {
    const start = cuts[index]!;
    const end = cuts[index + 1]!;
    // every boundary is a cut, so a span that reaches into [start, end) covers all of it
    const covering = rooms.map((spans) => spans.find((span) => span.start <= start && span.end >= end));
    if (covering.some((span) => span === undefined)) continue;
    const title = sharedTitle(
      covering.map((span) => span!.title),
      closed,
    );
    const last = result.at(-1);
    if (last && last.end === start && last.title === title) last.end = end;
    else result.push({ start, end, title, resourceIds });
  }
  return result;
}

/** Per room, the days closed from start to end (in the calendar's time zone), one span per day and reason. */
function closedWholeDays(
  byRoom: ReadonlyMap<string, readonly ClosedSpan[]>,
  input: { from: string; to: string; closed: string },
): ClosedSpan[] {
  const merged = new Map<string, ClosedSpan>();
  const rangeEnd = Date.parse(input.to);
  for (let day = DateTime.fromISO(input.from, { zone: TIME_ZONE }).startOf('day'); day.toMillis() < rangeEnd; day = day.plus({ days: 1 })) {
    const dayStart = day.toMillis();
    const dayEnd = day.plus({ days: 1 }).toMillis();
    for (const [roomId, spans] of byRoom) {
      const touching = spans.filter((span) => span.start < dayEnd && span.end > dayStart).sort((a, b) => a.start - b.start);
      let cursor = dayStart;
      for (const span of touching) if (span.start <= cursor) cursor = Math.max(cursor, span.end);
      if (cursor < dayEnd) continue;
      // a holiday or closure names the day; hours outside opening time alone make it plainly "closed"
      const named = touching.map((span) => span.title).filter((title) => title !== input.closed);
      const title = named.length > 0 ? sharedTitle(named, input.closed) : input.closed;
      const key = `${dayStart}|${title}`;
      const entry = merged.get(key) ?? { start: dayStart, end: dayEnd, title, resourceIds: [] };
      entry.resourceIds.push(roomId);
      merged.set(key, entry);
    }
  }
  return [...merged.values()];
}
