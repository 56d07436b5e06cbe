import { DateTime } from 'luxon';
import { computed, type Ref } from 'vue';
import type { Booking, Location } from '../shared/types.js';
import { pages, roomNow } from './nowNext.js';

/** How much fits: one house on a screen, or all houses side by side in narrower columns. */
export const LAYOUT = {
  single: { rooms: 6, upcoming: 8 },
  all: { rooms: 4, upcoming: 5 },
  pageSeconds: 12,
} as const;

export interface DisplayBoardInputs {
  now: Ref<Date>;
  locations: Ref<readonly Location[]>;
  bookings: Ref<readonly Booking[]>;
  /** The end of the day on screen (ISO), for "free for the rest of the day". */
  dayEnd: Ref<string>;
  day: Ref<string>;
  singleHouse: Ref<boolean>;
  timeZone: string;
  origin: string;
}

/**
 * What a wall display shows, column by column: each room now, next and free-until, a QR code's target,
 * and the rest of the day; pages turn every twelve seconds where a column does not fit.
 */
export function useDisplayBoard(inputs: DisplayBoardInputs) {
  const pageTick = computed(() => Math.floor(inputs.now.value.getTime() / (LAYOUT.pageSeconds * 1000)));
  function pageOf<T>(items: readonly T[], size: number): { items: T[]; index: number; count: number } {
    const all = pages(items, size);
    const index = pageTick.value % all.length;
    return { items: all[index] ?? [], index, count: all.length };
  }
  const layout = computed(() => (inputs.singleHouse.value ? LAYOUT.single : LAYOUT.all));

  const columns = computed(() =>
    inputs.locations.value.map((location) => {
      const ofLocation = inputs.bookings.value.filter((booking) => booking.room.locationId === location.id);
      const rooms = location.rooms.map((room) => ({
        room,
        state: roomNow(
          ofLocation.filter((booking) => booking.room.id === room.id),
          inputs.now.value,
          inputs.dayEnd.value,
        ),
        calendarUrl: `${inputs.origin}/calendar?view=resourceTimeGridDay&date=${inputs.day.value}&rooms=${room.id}`,
      }));
      const upcoming = ofLocation.filter((booking) => Date.parse(booking.end) > inputs.now.value.getTime());
      return { location, rooms: pageOf(rooms, layout.value.rooms), upcoming: pageOf(upcoming, layout.value.upcoming) };
    }),
  );

  const clock = computed(() => DateTime.fromJSDate(inputs.now.value, { zone: inputs.timeZone }).toFormat('HH:mm'));
  return { columns, clock };
}

/** "14:00" in the house's time zone, the same in every language (Western digits). */
export function clockTime(iso: string, timeZone: string): string {
  return DateTime.fromISO(iso, { zone: timeZone }).toFormat('HH:mm');
}

/** The date as each language writes it, Western digits. */
export function longDate(now: Date, language: string, timeZone: string): string {
  return new Intl.DateTimeFormat(`${language}-u-nu-latn`, {
    weekday: 'long',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone,
  }).format(now);
}
