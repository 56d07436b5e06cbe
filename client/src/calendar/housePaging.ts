import { firstGraphQLError } from '../shared/errorMessages.js';
import type { Location } from '../shared/types.js';

/**
 * More rooms than this on one screen and the calendar shows one house at a time. FullCalendar 6 draws
 * every room and every booking it is given (no virtualisation): at 300 rooms and 20,000 bookings a week a
 * view takes seconds to draw and a live change seconds to reach the screen (docs/BENCHMARKS.md). KolLEktiv's
 * three houses stay far below it and keep showing together.
 */
export const MAX_ROOMS_ON_SCREEN = 60;

export interface HousesOnScreen {
  /** The houses drawn, in the directory's order. */
  locations: readonly Location[];
  /** True when the directory is too large for all houses at once: the house filter then picks one. */
  oneAtATime: boolean;
}

/** Which of the chosen houses (all when none is chosen) the calendar draws. */
export function housesOnScreen(locations: readonly Location[], chosenIds: readonly string[]): HousesOnScreen {
  const rooms = locations.reduce((count, location) => count + location.rooms.length, 0);
  const chosen = chosenIds.length ? locations.filter((location) => chosenIds.includes(location.id)) : locations;
  if (rooms <= MAX_ROOMS_ON_SCREEN) return { locations: chosen, oneAtATime: false };
  // the first chosen house; an unknown id (an old link) falls back to the first house
  const shown = chosen[0] ?? locations[0];
  return { locations: shown ? [shown] : [], oneAtATime: true };
}

/**
 * Whether an error is the server's refusal of a range with more bookings than one answer may hold
 * (`QUERY_TOO_COMPLEX`, limit `bookings`): the calendar then asks house by house.
 */
export function isTooManyBookings(error: unknown): boolean {
  const typed = firstGraphQLError(error)?.extensions;
  return typed?.code === 'QUERY_TOO_COMPLEX' && typed.limit === 'bookings';
}

/**
 * The bookings to ask for. Before the directory is known, every house at once: the bookings then need not
 * wait for the directory (one round trip less on a phone), and a city's range, past the server's bound, is
 * refused at once, typed — after that it waits for the directory and asks one house at a time.
 */
export function rangeToAsk<R extends { from: string; to: string }>(
  time: R | null,
  directory: { locations: readonly Location[]; chosenIds: readonly string[] } | null,
  allHousesRefused: boolean,
): (R & { locationIds?: string[] }) | null {
  if (!time) return null;
  if (!directory) return allHousesRefused ? null : time;
  const onScreen = housesOnScreen(directory.locations, directory.chosenIds);
  return onScreen.oneAtATime ? { ...time, locationIds: onScreen.locations.map((location) => location.id) } : time;
}
