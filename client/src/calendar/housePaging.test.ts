import { describe, expect, it } from 'vitest';
import { MAX_ROOMS_ON_SCREEN, housesOnScreen, isTooManyBookings, rangeToAsk } from './housePaging.js';
import type { Location } from '../shared/types.js';

function house(id: string, rooms: number): Location {
  return {
    id,
    name: `Haus ${id}`,
    address: `Weg ${id}, 04229 Leipzig`,
    timeZone: 'Europe/Berlin',
    openOnPublicHolidays: false,
    openingHours: [],
    rooms: Array.from({ length: rooms }, (_, index) => ({
      id: `${id}-r${index}`,
      name: `Raum ${index}`,
      capacity: 10,
      colour: '#2f6f9f',
      features: [],
      locationId: id,
    })),
  };
}

describe('housesOnScreen', () => {
  const small = [house('a', 4), house('b', 3), house('c', 2)];
  const city = [house('a', 100), house('b', 100), house('c', 100)];

  it('shows every chosen house together while the directory is small', () => {
    expect(housesOnScreen(small, [])).toEqual({ locations: small, oneAtATime: false });
    expect(housesOnScreen(small, ['c', 'a']).locations.map((location) => location.id)).toEqual(['a', 'c']);
  });

  it('shows one house at a time past the limit: the first chosen one, or the first of all', () => {
    expect(housesOnScreen(city, [])).toEqual({ locations: [city[0]], oneAtATime: true });
    expect(housesOnScreen(city, ['c'])).toEqual({ locations: [city[2]], oneAtATime: true });
    expect(housesOnScreen(city, ['c', 'b']).locations.map((location) => location.id)).toEqual(['b']);
    // a house id that no longer exists (an old link) falls back to the first house
    expect(housesOnScreen(city, ['gone']).locations.map((location) => location.id)).toEqual(['a']);
  });

  it('counts the whole directory, so choosing a small house never switches the mode under the pointer', () => {
    const lopsided = [house('big', MAX_ROOMS_ON_SCREEN), house('tiny', 1)];
    expect(housesOnScreen(lopsided, ['tiny']).oneAtATime).toBe(true);
    expect(housesOnScreen([house('x', MAX_ROOMS_ON_SCREEN)], []).oneAtATime).toBe(false);
  });
});

describe('rangeToAsk', () => {
  const day = { from: '2026-06-01T00:00:00+02:00', to: '2026-06-02T00:00:00+02:00' };
  const small = [house('a', 4), house('b', 3)];
  const city = [house('a', 100), house('b', 100), house('c', 100)];

  it('asks for every house before the directory is known, so the bookings need not wait for it', () => {
    expect(rangeToAsk(day, null, false)).toEqual(day);
    expect(rangeToAsk(null, null, false)).toBeNull();
  });

  it('waits for the directory once every house together was refused, then asks one house', () => {
    expect(rangeToAsk(day, null, true)).toBeNull();
    expect(rangeToAsk(day, { locations: city, chosenIds: ['b'] }, true)).toEqual({ ...day, locationIds: ['b'] });
  });

  it('asks for every house while the directory is small, and for the house on screen past 60 rooms', () => {
    expect(rangeToAsk(day, { locations: small, chosenIds: ['b'] }, false)).toEqual(day);
    expect(rangeToAsk(day, { locations: city, chosenIds: [] }, false)).toEqual({ ...day, locationIds: ['a'] });
  });
});

describe('isTooManyBookings', () => {
  const refusal = { message: 'too many', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'bookings', max: 10000 } };

  it('knows the bound on bookings, in an answer and in a 400 answer alike', () => {
    expect(isTooManyBookings({ graphQLErrors: [refusal] })).toBe(true);
    expect(isTooManyBookings({ graphQLErrors: [], networkError: { statusCode: 400, result: { errors: [refusal] } } })).toBe(true);
  });

  it('is not any other refusal or failure', () => {
    expect(isTooManyBookings({ graphQLErrors: [{ message: 'deep', extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'depth' } }] })).toBe(
      false,
    );
    expect(isTooManyBookings({ graphQLErrors: [], networkError: new TypeError('Failed to fetch') })).toBe(false);
    expect(isTooManyBookings(undefined)).toBe(false);
  });
});
