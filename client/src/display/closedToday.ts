import type { ClosedPeriod } from '../calendar/closedTime.js';
import { minutesOfDay } from '../shared/localTime.js';
import type { Location } from '../shared/types.js';
import { wallDaysBetween, wallParts, wallTimeToInstant } from '../shared/zonedTime.js';

/** A stretch of the day on screen in which a house (roomId null) or one room takes nobody. */
export interface ClosedStretch {
  start: string;
  end: string;
  /** The holiday or closure behind it; null: outside the opening hours. */
  period: Pick<ClosedPeriod, 'name' | 'holiday'> | null;
  roomId: string | null;
}

type House = Pick<Location, 'id' | 'timeZone' | 'openingHours'>;

interface Millis {
  start: number;
  end: number;
  period: ClosedStretch['period'];
}

/**
 * When the house and its rooms are closed within the day [from, to): outside the opening hours, on
 * holidays and closures of the house (merged where they meet, a named reason winning over "outside the
 * hours"), and each room's own closures apart. Earliest first.
 */
export function closedStretches(house: House, periods: readonly ClosedPeriod[], day: { from: string; to: string }): ClosedStretch[] {
  const dayStart = Date.parse(day.from);
  const dayEnd = Date.parse(day.to);
  const local = wallParts(dayStart, house.timeZone);
  const clip = (start: number, end: number, period: Millis['period']): Millis[] =>
    Math.min(end, dayEnd) > Math.max(start, dayStart) ? [{ start: Math.max(start, dayStart), end: Math.min(end, dayEnd), period }] : [];

  const open = house.openingHours
    .filter((hours) => hours.weekday === local.weekday)
    .map((hours) => ({
      // on the wall clock: on a switch day 09:00 is not 9 × 60 minutes after midnight
      start: wallTimeToInstant(local, minutesOfDay(hours.opens), house.timeZone),
      end: hours.closes === '24:00' ? dayEnd : wallTimeToInstant(local, minutesOfDay(hours.closes), house.timeZone),
    }))
    .sort((a, b) => a.start - b.start);
  const outsideHours: Millis[] = [];
  let cursor = dayStart;
  for (const span of open) {
    outsideHours.push(...clip(cursor, span.start, null));
    cursor = Math.max(cursor, span.end);
  }
  outsideHours.push(...clip(cursor, dayEnd, null));

  const ofHouse = periods.filter((period) => period.locationId === house.id);
  const houseWide = merge([
    ...outsideHours,
    ...ofHouse
      .filter((period) => period.roomId === null)
      .flatMap((period) => clip(Date.parse(period.start), Date.parse(period.end), period)),
  ]).map((stretch) => toStretch(stretch, null));
  const ofRooms = ofHouse
    .filter((period): period is ClosedPeriod & { roomId: string } => period.roomId !== null)
    .flatMap((period) =>
      clip(Date.parse(period.start), Date.parse(period.end), period).map((stretch) => toStretch(stretch, period.roomId)),
    );
  return [...houseWide, ...ofRooms].sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
}

function merge(stretches: Millis[]): Millis[] {
  const merged: Millis[] = [];
  for (const stretch of [...stretches].sort((a, b) => a.start - b.start)) {
    const last = merged[merged.length - 1];
    if (last && stretch.start <= last.end)
      merged[merged.length - 1] = { ...last, end: Math.max(last.end, stretch.end), period: last.period ?? stretch.period };
    else merged.push({ ...stretch });
  }
  return merged;
}

function toStretch(stretch: Millis, roomId: string | null): ClosedStretch {
  const { name, holiday } = stretch.period ?? {};
  return {
    start: new Date(stretch.start).toISOString(),
    end: new Date(stretch.end).toISOString(),
    period: name === undefined ? null : { name, holiday: holiday ?? null },
    roomId,
  };
}

/** The stretches that close one room: its house's and its own. */
export function closedForRoom(stretches: readonly ClosedStretch[], roomId: string): ClosedStretch[] {
  return stretches.filter((stretch) => stretch.roomId === null || stretch.roomId === roomId);
}

/** The house-wide stretch going on at `now`, if any. */
export function houseClosedAt(stretches: readonly ClosedStretch[], now: Date): ClosedStretch | null {
  const at = now.getTime();
  return stretches.find((stretch) => stretch.roomId === null && Date.parse(stretch.start) <= at && at < Date.parse(stretch.end)) ?? null;
}

/** What "Heute noch" lists: bookings that have not begun, and closed time still to come that people should know of. */
export type LaterEntry<B> = { kind: 'booking'; start: string; booking: B } | { kind: 'closed'; start: string; stretch: ClosedStretch };

/**
 * The rest of the day in time order. A booking going on now is on its room's card, not repeated here; closed
 * time is listed when it begins later and is either named (a closure, a holiday) or a break after which the
 * house opens again today, not the evening after closing time.
 */
export function laterToday<B extends { start: string }>(
  bookings: readonly B[],
  stretches: readonly ClosedStretch[],
  now: Date,
  dayEnd: string,
): Array<LaterEntry<B>> {
  const at = now.getTime();
  const entries: Array<LaterEntry<B>> = [
    ...bookings
      .filter((booking) => Date.parse(booking.start) > at)
      .map((booking) => ({ kind: 'booking' as const, start: booking.start, booking })),
    ...stretches
      .filter((stretch) => Date.parse(stretch.start) > at && (stretch.period !== null || Date.parse(stretch.end) < Date.parse(dayEnd)))
      .map((stretch) => ({ kind: 'closed' as const, start: stretch.start, stretch })),
  ];
  // closed time before a booking starting at the same moment: it says why the room was free until then
  return entries.sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.kind === b.kind ? 0 : a.kind === 'closed' ? -1 : 1));
}

/**
 * When a closed house opens again, as the screen says it: later today (a time), within the coming week
 * (a weekday and time: "Montag, 09:00") or later (the full date).
 */
export function reopening(opensAt: string, now: Date, timeZone: string): 'today' | 'thisWeek' | 'later' {
  const days = wallDaysBetween(now, Date.parse(opensAt), timeZone);
  if (Math.round(days) <= 0) return 'today';
  return Math.round(days) < 7 ? 'thisWeek' : 'later';
}
