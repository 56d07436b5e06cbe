import { describe, expect, it } from 'vitest';
import { houseChange, houseOf } from './directory.js';
import { LOCATIONS, makeBooking } from './testing.js';

const WEST = LOCATIONS[0]!;
const EAST = {
  ...WEST,
  id: 'l2',
  name: 'Ost',
  address: 'Musterstraße 12',
  rooms: [{ ...WEST.rooms[0]!, id: 'r9', locationId: 'l2' }],
};
const houses = [WEST, EAST];

describe('houseChange', () => {
  it('is null for a room of the same house: such a move stays one gesture', () => {
    expect(houseChange(makeBooking(), 'r2', houses)).toBeNull();
    expect(houseChange(makeBooking(), 'r1', houses)).toBeNull();
  });

  it('names the house left and the house entered', () => {
    expect(houseChange(makeBooking(), 'r9', houses)).toEqual({ from: WEST, to: EAST });
  });

  it('is null when a house is not known to the directory (nothing to name; the server decides)', () => {
    expect(houseChange(makeBooking(), 'unknown', houses)).toBeNull();
    expect(houseChange(makeBooking(), 'r9', [EAST])).toBeNull();
  });
});

describe('houseOf', () => {
  it('finds the house of the booking’s room, with its address', () => {
    expect(houseOf(makeBooking(), houses)?.address).toBe('Zschochersche Str. 50, 04229 Leipzig');
  });
});
