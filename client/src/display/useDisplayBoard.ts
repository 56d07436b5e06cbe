import { computed, type Ref } from 'vue';
import type { ClosedPeriod } from '../calendar/closedTime.js';
import type { Booking, Location } from '../shared/types.js';
import { closedForRoom, closedStretches, laterToday } from './closedToday.js';
import { pages, roomNow } from './nowNext.js';
import { wallClock } from '../shared/zonedTime.js';

/** How much fits: one house on a screen, or all houses side by side in narrower columns. */
export const LAYOUT = {
  // one house: the rooms beside a full-height list of the rest of the day
  single: { rooms: 6, upcoming: 9 },
  all: { rooms: 4, upcoming: 5 },
  pageSeconds: 12,
} as const;

export interface DisplayBoardInputs {
  now: Ref<Date>;
  locations: Ref<readonly Location[]>;
  bookings: Ref<readonly Booking[]>;
  /** Holidays and closures touching the day on screen. */
  periods: Ref<readonly ClosedPeriod[]>;
  /** The day on screen (ISO), for "free for the rest of the day" and its closed time. */
  dayStart: Ref<string>;
  dayEnd: Ref<string>;
  day: Ref<string>;
  singleHouse: Ref<boolean>;
  timeZone: string;
  origin: string;
}

/**
 * What a wall display shows, column by column: each room now, next, free-until or closed, a QR code's
 * target, and the rest of the day with its closed time; pages turn every twelve seconds where a column does
 * not fit.
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
      const closed = closedStretches(location, inputs.periods.value, { from: inputs.dayStart.value, to: inputs.dayEnd.value });
      const rooms = location.rooms.map((room) => ({
        room,
        state: roomNow(
          ofLocation.filter((booking) => booking.room.id === room.id),
          inputs.now.value,
          inputs.dayEnd.value,
          closedForRoom(closed, room.id),
        ),
        calendarUrl: `${inputs.origin}/calendar?view=resourceTimeGridDay&date=${inputs.day.value}&rooms=${room.id}`,
      }));
      // a room's own closed time names the room; closed time of rooms not on screen (retired) is left out
      const shown = closed.filter((stretch) => stretch.roomId === null || location.rooms.some((room) => room.id === stretch.roomId));
      const upcoming = laterToday(ofLocation, shown, inputs.now.value, inputs.dayEnd.value);
      return { location, closed, rooms: pageOf(rooms, layout.value.rooms), upcoming: pageOf(upcoming, layout.value.upcoming) };
    }),
  );

  const clock = computed(() => wallClock(inputs.now.value, inputs.timeZone));
  return { columns, clock };
}

/** "14:00" in the house's time zone, the same in every language (Western digits). */
export function clockTime(iso: string, timeZone: string): string {
  return wallClock(Date.parse(iso), timeZone);
}

// a formatter takes long to make and the screen asks at every tick: one per language and zone
const longDateFormats = new Map<string, Intl.DateTimeFormat>();

/** The date as each language writes it, Western digits. */
export function longDate(now: Date, language: string, timeZone: string): string {
  const key = `${language} ${timeZone}`;
  let format = longDateFormats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(`${language}-u-nu-latn`, {
      weekday: 'long',
      day: 'numeric',
      month: 'long',
      year: 'numeric',
      timeZone,
    });
    longDateFormats.set(key, format);
  }
  return format.format(now);
}
