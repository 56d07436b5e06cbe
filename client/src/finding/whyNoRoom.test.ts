import { describe, expect, it } from 'vitest';
import type { RoomFeature } from '../graphql/graphql.js';
import { couldFit, noRoomAnswer, whyNoRoom, type RoomFacts } from './whyNoRoom.js';

const room = (locationId: string, capacity: number, ...features: RoomFeature[]): RoomFacts => ({ locationId, capacity, features });
/** Two houses: a hall with a piano for 40 and a kitchen for 20 in the first, a music room for 30 in the second. */
const ROOMS = [room('west', 40, 'PIANO', 'STEP_FREE'), room('west', 20, 'KITCHEN'), room('east', 30, 'PIANO')];
const wanted = (people: number | null, features: RoomFeature[] = [], locationIds: string[] = []) => ({ people, features, locationIds });

describe('why no room is free', () => {
  it.each([
    ['a room holds the group: the time is to blame', wanted(15, ['PIANO']), { kind: 'busy', otherHouses: false }],
    ['exactly as many people as the largest room holds', wanted(40), { kind: 'busy', otherHouses: false }],
    [
      'more people than the largest room holds',
      wanted(41),
      { kind: 'tooBig', largest: 40, fitsWithoutFeatures: false, otherHouses: false },
    ],
    ['one room has every feature and room enough', wanted(35, ['PIANO', 'STEP_FREE']), { kind: 'busy', otherHouses: false }],
    [
      'the kitchen is too small, the hall without a kitchen is not',
      wanted(25, ['KITCHEN']),
      { kind: 'tooBig', largest: 20, fitsWithoutFeatures: true, otherHouses: false },
    ],
    ['no room has both features', wanted(null, ['PIANO', 'KITCHEN']), { kind: 'noFeatures', otherHouses: false }],
    ['a feature no room has at all', wanted(2, ['PROJECTOR']), { kind: 'noFeatures', otherHouses: false }],
    [
      'the chosen house lacks the room, another house has it',
      wanted(35, ['PIANO'], ['east']),
      { kind: 'tooBig', largest: 30, fitsWithoutFeatures: false, otherHouses: true },
    ],
    ['the chosen house has no kitchen, another does', wanted(5, ['KITCHEN'], ['east']), { kind: 'noFeatures', otherHouses: true }],
    ['no house has it', wanted(50, [], ['east']), { kind: 'tooBig', largest: 30, fitsWithoutFeatures: false, otherHouses: false }],
  ] as const)('%s', (_name, asked, reason) => {
    expect(whyNoRoom(ROOMS, { ...asked, features: [...asked.features], locationIds: [...asked.locationIds] })).toEqual(reason);
  });

  it('blames the time while the rooms are not known yet', () => {
    expect(whyNoRoom([], wanted(500))).toEqual({ kind: 'busy', otherHouses: false });
  });

  it('lets a room fit only in a chosen house, big and equipped enough', () => {
    expect(couldFit(ROOMS[0]!, wanted(40, ['PIANO']))).toBe(true);
    expect(couldFit(ROOMS[0]!, wanted(40, ['PIANO'], ['east']))).toBe(false);
    expect(couldFit(ROOMS[2]!, wanted(31))).toBe(false);
    expect(couldFit(ROOMS[1]!, wanted(null, ['KITCHEN', 'PIANO']))).toBe(false);
  });
});

describe('what the search says when nothing is free', () => {
  it('blames the time only when a room could fit, and points to the free times shown, or beyond them', () => {
    const busy = { kind: 'busy', otherHouses: false } as const;
    expect(noRoomAnswer(busy, wanted(15), true)).toEqual({ heading: { key: 'busy' }, hints: [{ key: 'busyOffers' }] });
    expect(noRoomAnswer(busy, wanted(15), false)).toEqual({ heading: { key: 'busy' }, hints: [{ key: 'busyNothingNear' }] });
  });

  it('names the size: how many were asked for, how many the largest room holds, what to change', () => {
    const reason = whyNoRoom(ROOMS, wanted(60));
    expect(noRoomAnswer(reason, wanted(60), false)).toEqual({
      heading: { key: 'tooBig', count: 60 },
      hints: [{ key: 'largest', count: 40 }, { key: 'tooBigHint' }],
    });
  });

  it('with features: names them, and says when leaving them out would find a room big enough', () => {
    const asked = wanted(25, ['KITCHEN']);
    expect(noRoomAnswer(whyNoRoom(ROOMS, asked), asked, false)).toEqual({
      heading: { key: 'tooBigWith', count: 25 },
      hints: [
        { key: 'largest', count: 20 },
        { key: 'withoutFeatures', count: 25 },
      ],
    });
  });

  it('names equipment no room has together', () => {
    const asked = wanted(null, ['PIANO', 'KITCHEN']);
    expect(noRoomAnswer(whyNoRoom(ROOMS, asked), asked, false)).toEqual({
      heading: { key: 'noFeatures' },
      hints: [{ key: 'noFeaturesHint' }],
    });
  });
});
