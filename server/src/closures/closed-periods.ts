import type { EntityManager } from 'typeorm';
import { AppError, ErrorCode } from '../shared/errors.js';
import { localDay, zonedTimeToInstant } from '../shared/zoned-time.js';
import { publicHolidaysBetween, type PublicHolidayCode } from './public-holidays.js';

/** A time a house or room takes no bookings: a closure staff entered, or a public holiday it closes on. */
export interface ClosedPeriod {
  /** The closure's id, or `holiday:<house>:<date>`. */
  id: string;
  kind: 'CLOSURE' | 'PUBLIC_HOLIDAY';
  /** The closure's reason as entered, or the holiday's official name. */
  name: string;
  holiday: PublicHolidayCode | null;
  /** yyyy-mm-dd of a public holiday in the house's time zone. */
  date: string | null;
  start: Date;
  end: Date;
  locationId: string;
  /** Null: the whole house. */
  roomId: string | null;
}

export interface HouseCalendar {
  id: string;
  timeZone: string;
  openOnPublicHolidays: boolean;
}

/** The public holidays a house closes on that touch [from, to), each as its whole local day. */
export function holidayPeriods(house: HouseCalendar, from: Date, to: Date): ClosedPeriod[] {
  if (house.openOnPublicHolidays) return [];
  return publicHolidaysBetween(localDay(from, house.timeZone), localDay(new Date(to.getTime() - 1), house.timeZone)).map((holiday) => {
    const [year, month, day] = holiday.date.split('-').map(Number) as [number, number, number];
    return {
      id: `holiday:${house.id}:${holiday.date}`,
      kind: 'PUBLIC_HOLIDAY',
      name: holiday.name,
      holiday: holiday.code,
      date: holiday.date,
      start: zonedTimeToInstant({ year, month, day, hour: 0, minute: 0 }, house.timeZone),
      end: zonedTimeToInstant({ year, month, day: day + 1, hour: 0, minute: 0 }, house.timeZone),
      locationId: house.id,
      roomId: null,
    };
  });
}

/** The period that closes the slot's room at some moment of [start, end), if any (closures first). */
export function closedPeriodFor(slot: { roomId: string; start: Date; end: Date }, periods: readonly ClosedPeriod[]): ClosedPeriod | null {
  return (
    periods.find(
      (period) =>
        (period.roomId === null || period.roomId === slot.roomId) &&
        period.start.getTime() < slot.end.getTime() &&
        slot.start.getTime() < period.end.getTime(),
    ) ?? null
  );
}

/** LOCATION_CLOSED with why and when, for a booking wanted in a closed period. */
export function locationClosed(period: ClosedPeriod): AppError {
  return new AppError(ErrorCode.LocationClosed, {
    field: 'start',
    kind: period.kind,
    name: period.name,
    holiday: period.holiday,
    start: period.start.toISOString(),
    end: period.end.toISOString(),
    roomId: period.roomId,
  });
}

interface ClosureRow {
  id: string;
  location_id: string;
  room_id: string | null;
  starts_at: Date | string;
  ends_at: Date | string;
  reason: string;
}

/**
 * Closures and public holidays of the given houses (all active ones when null) that touch [from, to),
 * earliest first; closures before holidays when both start together.
 */
export async function findClosedPeriods(
  manager: EntityManager,
  locationIds: readonly string[] | null,
  from: Date,
  to: Date,
): Promise<ClosedPeriod[]> {
  const houses: Array<{ id: string; time_zone: string; open_on_public_holidays: boolean }> = await manager.query(
    `SELECT id, time_zone, open_on_public_holidays FROM location WHERE ($1::uuid[] IS NULL AND active) OR id = ANY($1::uuid[])`,
    [locationIds],
  );
  const closures: ClosureRow[] = await manager.query(
    `SELECT id, location_id, room_id, starts_at, ends_at, reason FROM closure
      WHERE location_id = ANY($1::uuid[]) AND tstzrange(starts_at, ends_at, '[)') && tstzrange($2, $3, '[)')`,
    [houses.map((house) => house.id), from.toISOString(), to.toISOString()],
  );
  const periods: ClosedPeriod[] = closures.map((row) => ({
    id: row.id,
    kind: 'CLOSURE',
    name: row.reason,
    holiday: null,
    date: null,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    locationId: row.location_id,
    roomId: row.room_id,
  }));
  for (const house of houses)
    periods.push(
      ...holidayPeriods({ id: house.id, timeZone: house.time_zone, openOnPublicHolidays: house.open_on_public_holidays }, from, to),
    );
  const order = { CLOSURE: 0, PUBLIC_HOLIDAY: 1 };
  return periods.sort((a, b) => a.start.getTime() - b.start.getTime() || order[a.kind] - order[b.kind]);
}
