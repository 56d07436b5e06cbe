import { describe, expect, it } from 'vitest';
import type { Location } from '../locations/location.entity.js';
import type { Room } from '../locations/room.entity.js';
import { MOVE_SUGGESTIONS, rankMoveTargets, type BookingToMove } from './move-suggestions.js';

const house = (id: string, sortOrder: number) => ({ id, sortOrder }) as Location;
const room = (id: string, location: Location, capacity: number, sortOrder = 0) =>
  ({ id, locationId: location.id, location, capacity, sortOrder }) as Room & { location: Location };

const north = house('north', 0);
const south = house('south', 1);
const west = house('west', 2);
const booking: BookingToMove = {
  id: 'b',
  roomId: 'hall',
  locationId: 'north',
  start: new Date('2027-06-09T08:00:00Z'),
  end: new Date('2027-06-09T10:00:00Z'),
  expectedAttendees: 12,
  roomCapacity: 30,
};
const ids = (rooms: ReadonlyArray<{ id: string }>) => rooms.map((candidate) => candidate.id);
const always = () => true;

describe('rankMoveTargets', () => {
  it.each([
    [
      'leaves out the room itself and rooms too small',
      [room('hall', north, 30), room('tiny', south, 11), room('fits', south, 12)],
      ['fits'],
    ],
    [
      'prefers the own house (a closure of one room), then the smallest that fits',
      [room('big', south, 40), room('snug', south, 15), room('next door', north, 50)],
      ['next door', 'snug', 'big'],
    ],
    [
      'orders equal rooms by house, then by room',
      [room('w', west, 20), room('s2', south, 20, 2), room('s1', south, 20, 1)],
      ['s1', 's2', 'w'],
    ],
  ])('%s', (_name, rooms, expected) => {
    expect(ids(rankMoveTargets(booking, rooms, always, []))).toEqual(expected);
  });

  it('asks for the room the booking had when nobody said how many come', () => {
    const rooms = [room('small', south, 20), room('same', south, 30)];
    expect(ids(rankMoveTargets({ ...booking, expectedAttendees: null }, rooms, always, []))).toEqual(['same']);
  });

  it('leaves out rooms that are shut or taken then, and rooms an earlier booking at that time was offered first', () => {
    const rooms = [room('taken', south, 20), room('claimed', south, 20), room('free', south, 25)];
    const claimedThen = [{ roomId: 'claimed', start: Date.parse('2027-06-09T09:00:00Z'), end: Date.parse('2027-06-09T11:00:00Z') }];
    expect(ids(rankMoveTargets(booking, rooms, (candidate) => candidate.id !== 'taken', claimedThen))).toEqual(['free']);
    // a claim that only touches the booking's end does not count: times are half-open
    const touching = [{ roomId: 'claimed', start: Date.parse('2027-06-09T10:00:00Z'), end: Date.parse('2027-06-09T11:00:00Z') }];
    expect(ids(rankMoveTargets(booking, rooms, always, touching))).toEqual(['taken', 'claimed', 'free']);
  });

  it(`offers at most ${MOVE_SUGGESTIONS}`, () => {
    const rooms = Array.from({ length: 9 }, (_value, index) => room(`r${index}`, south, 20 + index));
    expect(rankMoveTargets(booking, rooms, always, [])).toHaveLength(MOVE_SUGGESTIONS);
  });
});
