import type { DataSource } from 'typeorm';
import { assertStaff } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { findClosedPeriods, type ClosedPeriod } from '../closures/closed-periods.js';
import { minutesOfDay, spansOf, type OpeningHours } from '../locations/opening-hours.js';
import { zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';
import { checkReportPeriod } from './usage-report.js';
import type { ReportTable } from './report-files.js';
import type { ReportWords } from './report-words.js';
import { holdsSlotSql } from '../bookings/booking.enums.js';

/** Open and booked time of one room in one wall-clock hour of one weekday, summed over the period. */
export interface OccupancyCell {
  /** ISO weekday: Monday = 1 … Sunday = 7. */
  weekday: number;
  /** 0–23, house time. */
  hour: number;
  openHours: number;
  bookedHours: number;
}

export interface RoomOccupancy {
  roomId: string;
  roomName: string;
  locationName: string;
  /** Opening hours of the room's house in the period, closures and the public holidays it closes on excluded. */
  openHours: number;
  /** Confirmed bookings within those open hours. */
  bookedHours: number;
  /** bookedHours / openHours; 0 for a room that was never open. */
  share: number;
  /** Only cells the room was open in. */
  cells: OccupancyCell[];
}

interface Interval {
  start: number;
  end: number;
}

interface RoomRow {
  id: string;
  name: string;
  location_id: string;
  location_name: string;
  time_zone: string;
  opening_hours: OpeningHours[];
}

const HOUR = 3_600_000;
const roundHours = (milliseconds: number) => Math.round((milliseconds / HOUR) * 100) / 100;

/** `intervals` minus `holes`; both sorted by start, `intervals` not overlapping each other. */
export function subtract(intervals: readonly Interval[], holes: readonly Interval[]): Interval[] {
  const left: Interval[] = [];
  for (const interval of intervals) {
    let cursor = interval.start;
    for (const hole of holes) {
      if (hole.end <= cursor || hole.start >= interval.end) continue;
      if (hole.start > cursor) left.push({ start: cursor, end: hole.start });
      cursor = Math.max(cursor, hole.end);
    }
    if (cursor < interval.end) left.push({ start: cursor, end: interval.end });
  }
  return left;
}

/** The parts of `intervals` inside `within`; both sorted and without overlaps of their own. */
export function intersect(intervals: readonly Interval[], within: readonly Interval[]): Interval[] {
  const both: Interval[] = [];
  for (const interval of intervals)
    for (const span of within) {
      const start = Math.max(interval.start, span.start);
      const end = Math.min(interval.end, span.end);
      if (start < end) both.push({ start, end });
    }
  return both;
}

/** The house's opening spans that fall in [from, to), day by day in its wall-clock time. */
export function openingIntervals(openingHours: readonly OpeningHours[], timeZone: string, from: Date, to: Date): Interval[] {
  const first = zonedParts(from, timeZone);
  const intervals: Interval[] = [];
  for (let offset = 0; ; offset++) {
    const day = new Date(Date.UTC(first.year, first.month - 1, first.day + offset));
    const local = { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
    if (zonedTimeToInstant({ ...local, hour: 0, minute: 0 }, timeZone).getTime() >= to.getTime()) break;
    const weekday = ((day.getUTCDay() + 6) % 7) + 1;
    for (const span of spansOf(openingHours, weekday)) {
      const start = Math.max(
        zonedTimeToInstant({ ...local, hour: 0, minute: minutesOfDay(span.opens) }, timeZone).getTime(),
        from.getTime(),
      );
      const end = Math.min(zonedTimeToInstant({ ...local, hour: 0, minute: minutesOfDay(span.closes) }, timeZone).getTime(), to.getTime());
      if (start < end) intervals.push({ start, end });
    }
  }
  return intervals;
}

/** Adds each interval to the wall-clock hours it covers, split where the house's clock turns an hour. */
function addToCells(
  cells: Map<string, OccupancyCell>,
  intervals: readonly Interval[],
  timeZone: string,
  field: 'openHours' | 'bookedHours',
) {
  for (const interval of intervals) {
    let cursor = interval.start;
    while (cursor < interval.end) {
      const local = zonedParts(new Date(cursor), timeZone);
      const intoHour = local.minute * 60_000 + (cursor % 60_000);
      const next = Math.min(cursor - intoHour + HOUR, interval.end);
      const key = `${local.weekday}:${local.hour}`;
      const cell = cells.get(key) ?? { weekday: local.weekday, hour: local.hour, openHours: 0, bookedHours: 0 };
      cell[field] += (next - cursor) / HOUR;
      cells.set(key, cell);
      cursor = next;
    }
  }
}

/**
 * How full each active room was in [from, to): its confirmed bookings against the time its house was open,
 * closures and closing public holidays left out, in total and by weekday × hour (house time). Booked time
 * outside opening hours does not count, so a share never passes 1.
 */
export async function roomOccupancy(dataSource: DataSource, viewer: Viewer, period: { from: Date; to: Date }): Promise<RoomOccupancy[]> {
  assertStaff(viewer);
  checkReportPeriod(period.from, period.to);
  const rooms: RoomRow[] = await dataSource.query(
    `SELECT r.id, r.name, l.id AS location_id, l.name AS location_name, l.time_zone, l.opening_hours
       FROM room r JOIN location l ON l.id = r.location_id
      WHERE r.active AND l.active
      ORDER BY l.sort_order, l.name, r.sort_order, r.name`,
  );
  const bookings: Array<{ room_id: string; starts_at: Date | string; ends_at: Date | string }> = await dataSource.query(
    `SELECT room_id, starts_at, ends_at FROM booking
      WHERE ${holdsSlotSql()} AND tstzrange(starts_at, ends_at, '[)') && tstzrange($1, $2, '[)')
      ORDER BY room_id, starts_at`,
    [period.from.toISOString(), period.to.toISOString()],
  );
  const closed = await findClosedPeriods(dataSource.manager, [...new Set(rooms.map((room) => room.location_id))], period.from, period.to);
  const bookedByRoom = new Map<string, Interval[]>();
  for (const booking of bookings) {
    const list = bookedByRoom.get(booking.room_id) ?? [];
    list.push({ start: new Date(booking.starts_at).getTime(), end: new Date(booking.ends_at).getTime() });
    bookedByRoom.set(booking.room_id, list);
  }
  const closedFor = (room: RoomRow): Interval[] =>
    closed
      .filter((period: ClosedPeriod) => period.locationId === room.location_id && (period.roomId === null || period.roomId === room.id))
      .map((period) => ({ start: period.start.getTime(), end: period.end.getTime() }))
      .sort((a, b) => a.start - b.start);

  return rooms.map((room) => {
    const open = subtract(openingIntervals(room.opening_hours, room.time_zone, period.from, period.to), closedFor(room));
    const booked = intersect(bookedByRoom.get(room.id) ?? [], open);
    const cells = new Map<string, OccupancyCell>();
    addToCells(cells, open, room.time_zone, 'openHours');
    addToCells(cells, booked, room.time_zone, 'bookedHours');
    const openTime = open.reduce((sum, interval) => sum + interval.end - interval.start, 0);
    const bookedTime = booked.reduce((sum, interval) => sum + interval.end - interval.start, 0);
    return {
      roomId: room.id,
      roomName: room.name,
      locationName: room.location_name,
      openHours: roundHours(openTime),
      bookedHours: roundHours(bookedTime),
      share: openTime === 0 ? 0 : Math.round((bookedTime / openTime) * 1000) / 1000,
      cells: [...cells.values()]
        .map((cell) => ({ ...cell, openHours: roundHours(cell.openHours * HOUR), bookedHours: roundHours(cell.bookedHours * HOUR) }))
        .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour),
    };
  });
}

/** The occupancy table as rows for CSV and XLSX: house, room, open hours, booked hours, share. */
export function occupancyTable(rooms: readonly RoomOccupancy[], words: ReportWords): ReportTable {
  const columns = words.occupancy;
  return {
    header: [columns.location, columns.room, columns.openHours, columns.bookedHours, columns.share],
    rows: rooms.map((room) => [room.locationName, room.roomName, room.openHours, room.bookedHours, room.share]),
  };
}
