/** The report's figures shaped for its charts; pure, so it is tested without a browser. */

interface Keyed {
  keys: ReadonlyArray<{ dimension: string; value: string; label: string }>;
  hours: number;
}

interface OccupancyRoom {
  roomId: string;
  cells: ReadonlyArray<{ weekday: number; hour: number; openHours: number; bookedHours: number }>;
}

/** "2026-01" … "2026-03": every month the period touches, also those without bookings. */
export function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let [year, month] = first.slice(0, 7).split('-').map(Number) as [number, number];
  const [lastYear, lastMonth] = last.slice(0, 7).split('-').map(Number) as [number, number];
  while (year < lastYear || (year === lastYear && month <= lastMonth)) {
    months.push(`${year}-${String(month).padStart(2, '0')}`);
    if (month === 12) {
      year += 1;
      month = 1;
    } else month += 1;
  }
  return months;
}

/** Hours per month, one series per category that has any, from a report grouped by MONTH then CATEGORY. */
export function monthlyHoursByCategory(rows: readonly Keyed[], months: readonly string[]): Array<{ category: string; hours: number[] }> {
  const byCategory = new Map<string, number[]>();
  for (const row of rows) {
    const month = row.keys.find((key) => key.dimension === 'MONTH')?.value;
    const category = row.keys.find((key) => key.dimension === 'CATEGORY')?.value;
    const index = month ? months.indexOf(month) : -1;
    if (!category || index < 0) continue;
    const series = byCategory.get(category) ?? months.map(() => 0);
    series[index]! += row.hours;
    byCategory.set(category, series);
  }
  return [...byCategory.entries()]
    .map(([category, hours]) => ({ category, hours: hours.map((value) => Math.round(value * 100) / 100) }))
    .sort((a, b) => sum(b.hours) - sum(a.hours) || a.category.localeCompare(b.category));
}

const sum = (values: readonly number[]) => values.reduce((total, value) => total + value, 0);

/** MOs by hours booked, most first, from a report grouped by ORGANIZATION. */
export function hoursByOrganization(rows: readonly Keyed[]): Array<{ name: string; hours: number }> {
  return rows
    .map((row) => ({ name: row.keys[0]?.label ?? '', hours: row.hours }))
    .filter((entry) => entry.hours > 0)
    .sort((a, b) => b.hours - a.hours || a.name.localeCompare(b.name));
}

export interface HeatCell {
  weekday: number;
  hour: number;
  /** Booked share of the open time in this weekday and hour, 0 to 1. */
  share: number;
  openHours: number;
  bookedHours: number;
}

/**
 * Occupancy by weekday × hour for one room, or for all rooms together (null): booked over open time summed
 * across the rooms, so a busy small room does not weigh as much as a whole house. Only hours any room is
 * open in are kept, weekdays and hours in order.
 */
export function occupancyHeatMap(
  rooms: readonly OccupancyRoom[],
  roomId: string | null,
): { weekdays: number[]; hours: number[]; cells: HeatCell[] } {
  const summed = new Map<string, HeatCell>();
  for (const room of rooms) {
    if (roomId !== null && room.roomId !== roomId) continue;
    for (const cell of room.cells) {
      const key = `${cell.weekday}:${cell.hour}`;
      const total = summed.get(key) ?? { weekday: cell.weekday, hour: cell.hour, share: 0, openHours: 0, bookedHours: 0 };
      total.openHours += cell.openHours;
      total.bookedHours += cell.bookedHours;
      summed.set(key, total);
    }
  }
  const cells = [...summed.values()]
    .filter((cell) => cell.openHours > 0)
    .map((cell) => ({
      ...cell,
      openHours: Math.round(cell.openHours * 100) / 100,
      bookedHours: Math.round(cell.bookedHours * 100) / 100,
      share: Math.round((cell.bookedHours / cell.openHours) * 1000) / 1000,
    }))
    .sort((a, b) => a.weekday - b.weekday || a.hour - b.hour);
  return {
    weekdays: [...new Set(cells.map((cell) => cell.weekday))].sort((a, b) => a - b),
    hours: [...new Set(cells.map((cell) => cell.hour))].sort((a, b) => a - b),
    cells,
  };
}
