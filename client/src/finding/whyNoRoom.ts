import type { RoomFeature } from '../graphql/graphql.js';
import type { SearchForm } from './freeRoomSearch.js';
import type { FindTexts } from './findTexts/de.js';

/** What the search needs to know of a room to tell whether it could ever fit, whatever the time. */
export interface RoomFacts {
  capacity: number;
  features: readonly RoomFeature[];
  locationId: string;
}

/**
 * Why the search found nothing:
 * - `busy`: rooms that fit exist, but none is free (or open) then: the time is to blame, other times may do;
 * - `noFeatures`: no room has every feature asked for, at any time;
 * - `tooBig`: rooms with the features exist, but none holds that many people; `largest` is the biggest of them,
 *   and `fitsWithoutFeatures` says whether a room without the features would hold the group.
 * `otherHouses`: only the houses chosen lack such a room; one of the others has it.
 */
export type NoRoomReason = (
  { kind: 'busy' } | { kind: 'noFeatures' } | { kind: 'tooBig'; largest: number; fitsWithoutFeatures: boolean }
) & { otherHouses: boolean };

type Wanted = Pick<SearchForm, 'people' | 'features' | 'locationIds'>;

const holds = (room: RoomFacts, people: number | null) => room.capacity >= (people ?? 1);
const hasAll = (room: RoomFacts, features: readonly RoomFeature[]) => features.every((feature) => room.features.includes(feature));

/** Whether `room` could ever answer the search: in a chosen house (or any), big and equipped enough. */
export function couldFit(room: RoomFacts, wanted: Wanted): boolean {
  return (
    (wanted.locationIds.length === 0 || wanted.locationIds.includes(room.locationId)) &&
    holds(room, wanted.people) &&
    hasAll(room, wanted.features)
  );
}

/**
 * Why no room is free for `wanted`, judged from the rooms of the directory alone (their size and features do
 * not depend on the time). With no rooms known yet, the time is all one can say.
 */
export function whyNoRoom(rooms: readonly RoomFacts[], wanted: Wanted): NoRoomReason {
  const inHouses = rooms.filter((room) => wanted.locationIds.length === 0 || wanted.locationIds.includes(room.locationId));
  const otherHouses = wanted.locationIds.length > 0 && rooms.some((room) => couldFit(room, { ...wanted, locationIds: [] }));
  if (inHouses.length === 0) return { kind: 'busy', otherHouses };
  const equipped = inHouses.filter((room) => hasAll(room, wanted.features));
  if (equipped.length === 0) return { kind: 'noFeatures', otherHouses };
  if (!equipped.some((room) => holds(room, wanted.people)))
    return {
      kind: 'tooBig',
      largest: Math.max(...equipped.map((room) => room.capacity)),
      fitsWithoutFeatures: wanted.features.length > 0 && inHouses.some((room) => holds(room, wanted.people)),
      otherHouses,
    };
  return { kind: 'busy', otherHouses: false };
}

/** One sentence of the answer: a key of `findTexts`, with the number it counts, if any. */
export interface AnswerLine {
  key: keyof FindTexts;
  count?: number;
}

/**
 * What the search says when nothing is free: a first sentence that names the reason, then what to change.
 * `offers`: whether other free times (that day, or the next days) are shown below.
 */
export function noRoomAnswer(reason: NoRoomReason, wanted: Wanted, offers: boolean): { heading: AnswerLine; hints: AnswerLine[] } {
  switch (reason.kind) {
    case 'busy':
      return { heading: { key: 'busy' }, hints: [{ key: offers ? 'busyOffers' : 'busyNothingNear' }] };
    case 'noFeatures':
      return { heading: { key: 'noFeatures' }, hints: [{ key: 'noFeaturesHint' }] };
    case 'tooBig': {
      const people = wanted.people ?? 1;
      return {
        heading: { key: wanted.features.length ? 'tooBigWith' : 'tooBig', count: people },
        hints: [
          { key: 'largest', count: reason.largest },
          reason.fitsWithoutFeatures ? { key: 'withoutFeatures', count: people } : { key: 'tooBigHint' },
        ],
      };
    }
  }
}
