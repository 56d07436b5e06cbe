/**
 * A house's wall clock through Intl alone: what the wall display needs of a time zone (its day, the day's
 * start, a wall time as an instant, "18:00"), so the display carries no date library (Luxon is about 22 kB
 * compressed, docs/BENCHMARKS.md). Tested against Luxon on both switch days and at the year's turn.
 */
export interface WallDate {
  year: number;
  month: number;
  day: number;
}

export interface WallParts extends WallDate {
  /** ISO weekday: Monday 1 … Sunday 7. */
  weekday: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const WEEKDAYS: Record<string, number> = { Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6, Sun: 7 };

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let formatter = formatters.get(timeZone);
  if (!formatter) {
    formatter = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      weekday: 'short',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, formatter);
  }
  return formatter;
}

/** The wall-clock reading of an instant in a time zone. */
export function wallParts(instant: Date | number, timeZone: string): WallParts {
  const at = typeof instant === 'number' ? instant : instant.getTime();
  const parts: Record<string, string> = {};
  for (const part of formatterFor(timeZone).formatToParts(at)) parts[part.type] = part.value;
  return {
    year: Number(parts.year),
    month: Number(parts.month),
    day: Number(parts.day),
    weekday: WEEKDAYS[parts.weekday ?? ''] ?? 0,
    hour: Number(parts.hour),
    minute: Number(parts.minute),
    second: Number(parts.second),
    millisecond: ((at % 1000) + 1000) % 1000,
  };
}

/** How far the zone's clock is ahead of UTC at an instant, in minutes (120 in Leipzig's summer). */
export function offsetMinutes(instant: number, timeZone: string): number {
  const wall = wallParts(instant, timeZone);
  const wallAsUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second, wall.millisecond);
  return Math.round((wallAsUtc - instant) / 60_000);
}

/**
 * The instant a wall-clock time of a date occurs: `minutes` after the date's midnight on the wall clock. In the
 * spring gap the clock's later reading (02:30 is 03:30), in the autumn overlap the earlier one, as Luxon does.
 */
export function wallTimeToInstant(date: WallDate, minutes: number, timeZone: string): number {
  const midnight = Date.UTC(date.year, date.month - 1, date.day);
  // the offset the day starts with is the first guess, so an hour the clock runs twice is read the first time
  const startOffset = offsetMinutes(midnight - offsetMinutes(midnight, timeZone) * 60_000, timeZone);
  return fixOffset(midnight + minutes * 60_000, startOffset, timeZone);
}

/** A wall reading (as if UTC) to its instant, from a guess of the offset: Luxon's way, so both agree. */
function fixOffset(wallAsUtc: number, guess: number, timeZone: string): number {
  let instant = wallAsUtc - guess * 60_000;
  const second = offsetMinutes(instant, timeZone);
  if (second === guess) return instant;
  instant -= (second - guess) * 60_000;
  const third = offsetMinutes(instant, timeZone);
  if (third === second) return instant;
  // a reading the clock skips (spring): the offset after the switch, so 02:30 is read as 03:30
  return wallAsUtc - Math.min(second, third) * 60_000;
}

/** The wall date a number of days after another (calendar days, whatever their length). */
export function plusDays(date: WallDate, days: number): WallDate {
  const moved = new Date(Date.UTC(date.year, date.month - 1, date.day + days));
  return { year: moved.getUTCFullYear(), month: moved.getUTCMonth() + 1, day: moved.getUTCDate() };
}

/** The start of the wall day an instant falls in. */
export function startOfWallDay(instant: Date | number, timeZone: string): number {
  return wallTimeToInstant(wallParts(instant, timeZone), 0, timeZone);
}

/** "2026-12-07". */
export function isoDate(date: WallDate): string {
  return `${date.year}-${pad(date.month)}-${pad(date.day)}`;
}

/** "2026-12-07T00:00:00.000+01:00": an instant as ISO text in the zone's own offset. */
export function isoInZone(instant: number, timeZone: string): string {
  const wall = wallParts(instant, timeZone);
  const offset = offsetMinutes(instant, timeZone);
  const sign = offset < 0 ? '-' : '+';
  const absolute = Math.abs(offset);
  return (
    `${isoDate(wall)}T${pad(wall.hour)}:${pad(wall.minute)}:${pad(wall.second)}.${String(wall.millisecond).padStart(3, '0')}` +
    `${sign}${pad(Math.floor(absolute / 60))}:${pad(absolute % 60)}`
  );
}

/** "18:05" on the zone's wall clock. */
export function wallClock(instant: Date | number, timeZone: string): string {
  const wall = wallParts(instant, timeZone);
  return `${pad(wall.hour)}:${pad(wall.minute)}`;
}

/** Calendar days from one instant's wall day to another's (negative when it lies before). */
export function wallDaysBetween(from: Date | number, to: Date | number, timeZone: string): number {
  const day = (instant: Date | number) => {
    const wall = wallParts(instant, timeZone);
    return Date.UTC(wall.year, wall.month - 1, wall.day) / 86_400_000;
  };
  return day(to) - day(from);
}

function pad(value: number): string {
  return String(value).padStart(2, '0');
}
