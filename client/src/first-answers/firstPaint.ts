import { wallClock } from '../shared/zonedTime.js';

/**
 * The phone's day as the first script draws it before the app has arrived: per house its name and address,
 * then the day's bookings with time, title and room, in the order the app lists them (`PhoneDayList.vue`).
 * Pure, from the answers the page carries (`server/src/http/first-answers.ts`); the app's mount replaces it.
 * It draws no words of the interface, so it needs none of the languages' messages: a booking whose title the
 * member may not read shows its time and room, as the app's list does with its word for "booked".
 */

/** The parts of `CalendarDirectory`'s and `BookingsInRange`'s answers the drawing reads. */
export interface DirectoryAnswer {
  locations: ReadonlyArray<{ id: string; name: string; address: string; rooms: readonly unknown[] }>;
}
export interface BookingsAnswer {
  bookings: ReadonlyArray<{
    id: string;
    /** Null where the member may not read it (`redacted`). */
    title: string | null;
    start: string;
    end: string;
    redacted: boolean;
    room: { name: string; locationId: string };
    organization: { shortName: string } | null;
  }>;
}

export interface PaintedEntry {
  id: string;
  time: string;
  /** Null for a booking whose title the member may not read. */
  what: string | null;
  where: string;
}

export interface PaintedHouse {
  id: string;
  name: string;
  address: string;
  entries: PaintedEntry[];
}

/**
 * Past this many rooms the app lists one house at a time (`calendar/housePaging.ts`' `MAX_ROOMS_ON_SCREEN`, a
 * test holds them equal): a drawing of every house would be thousands of entries on a slow phone, and not
 * what the app then shows.
 */
export const MAX_ROOMS_DRAWN = 60;

/** The houses with their bookings of the day, as the app's phone list groups them; null past `MAX_ROOMS_DRAWN`. */
export function paintedDay(directory: DirectoryAnswer, day: BookingsAnswer, timeZone: string): PaintedHouse[] | null {
  if (directory.locations.reduce((rooms, location) => rooms + location.rooms.length, 0) > MAX_ROOMS_DRAWN) return null;
  const sorted = [...day.bookings].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || (a.id < b.id ? -1 : 1));
  return directory.locations.map((location) => ({
    id: location.id,
    name: location.name,
    address: location.address,
    entries: sorted
      .filter((booking) => booking.room.locationId === location.id)
      .map((booking) => ({
        id: booking.id,
        time: `${wallClock(Date.parse(booking.start), timeZone)}–${wallClock(Date.parse(booking.end), timeZone)}`,
        what: booking.redacted ? null : booking.title,
        where: booking.organization ? `${booking.room.name} · ${booking.organization.shortName}` : booking.room.name,
      })),
  }));
}

/**
 * Whether the address is the calendar showing the whole day, as drawn here. The calendar's shell also answers
 * addresses the app does not know (it says so); a filter (houses, rooms, an MO) or another view is the app's
 * to draw. `date` and `lang` change no more than the day and the words, and a phone shows its day list in every
 * `view` (the app writes the view into the address once a member moves to another day).
 */
export function drawsWholeDay(pathname: string, search: string): boolean {
  return (
    /^\/(?:calendar\/?)?$/.test(pathname) &&
    [...new URLSearchParams(search).keys()].every((key) => key === 'date' || key === 'lang' || key === 'view')
  );
}

const RIGHT_TO_LEFT = new Set(['ar', 'fa']);

/**
 * The writing direction the app will start in, so the list does not flip when it arrives: the address's
 * language, else the device's choice, else the account's, else the browser's (as `i18n/index.ts` and
 * `app/useLanguage.ts` choose). Only the direction matters here; a code the app does not speak reads left to right.
 */
export function paintDirection(choices: {
  fromAddress: string | null;
  stored: string | null;
  account: string | null | undefined;
  browser: readonly string[];
}): 'ltr' | 'rtl' {
  const code = choices.fromAddress ?? choices.stored ?? choices.account ?? choices.browser[0] ?? 'de';
  const base = code.toLowerCase().split('-')[0] ?? '';
  return RIGHT_TO_LEFT.has(base) || base === 'prs' ? 'rtl' : 'ltr';
}
