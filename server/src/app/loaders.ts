import DataLoader from 'dataloader';
import type { OpenSpan } from '../closures/next-opening.js';
import type { Location } from '../locations/location.entity.js';
import type { Room } from '../locations/room.entity.js';
import type { CoachingSession } from '../coaching/coaching.entities.js';
import type { BookingSeries } from '../series/booking-series.entity.js';
import type { Services } from './services.js';

export interface Loaders {
  locationById: DataLoader<string, Location>;
  roomsByLocation: DataLoader<string, Room[]>;
  allRoomsByLocation: DataLoader<string, Room[]>;
  seriesById: DataLoader<string, BookingSeries | null>;
  /** Any room, retired ones too (a coaching session's); null when there is none. */
  roomById: DataLoader<string, Room | null>;
  /** A coaching request's sessions, oldest first; whether the viewer may read them is asked before. */
  coachingSessionsByRequest: DataLoader<string, CoachingSession[]>;
  /**
   * A house's current or next opening after an instant (null: the request's own "now", read once, so the
   * houses of one answer are asked about the same instant); every house asked about one instant costs one query.
   */
  nextOpening: DataLoader<{ location: Location; from: Date | null }, OpenSpan | null, string>;
}

/** Per-request batching, so nested fields cost one query per kind, not one per parent. */
export function createLoaders(services: Services): Loaders {
  const now = services.clock();
  const instant = (from: Date | null) => (from ?? now).getTime();
  return {
    locationById: new DataLoader(async (ids) => {
      const locations = await services.locations.locationsByIds(ids);
      const byId = new Map(locations.map((location) => [location.id, location]));
      return ids.map((id) => byId.get(id) ?? new Error(`location ${id} not found`));
    }),
    roomsByLocation: new DataLoader(async (locationIds) => {
      const rooms = await services.locations.roomsOfLocations(locationIds);
      return locationIds.map((locationId) => rooms.filter((room) => room.locationId === locationId));
    }),
    allRoomsByLocation: new DataLoader(async (locationIds) => {
      const rooms = await services.locations.roomsOfLocations(locationIds, true);
      return locationIds.map((locationId) => rooms.filter((room) => room.locationId === locationId));
    }),
    seriesById: new DataLoader(async (ids) => {
      const series = await services.series.findMany(ids);
      const byId = new Map(series.map((one) => [one.id, one]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    roomById: new DataLoader(async (ids) => {
      const rooms = await services.locations.roomsByIds(ids);
      const byId = new Map(rooms.map((room) => [room.id, room]));
      return ids.map((id) => byId.get(id) ?? null);
    }),
    coachingSessionsByRequest: new DataLoader((requestIds) => services.coachingSessions.sessionsOfRequests(requestIds)),
    nextOpening: new DataLoader(
      async (keys) => {
        const answers = new Map<string, OpenSpan | null>();
        for (const from of new Set(keys.map((key) => instant(key.from)))) {
          const houses = keys.filter((key) => instant(key.from) === from).map((key) => key.location);
          const spans = await services.closures.nextOpenings(houses, new Date(from));
          houses.forEach((house, index) => answers.set(`${house.id}|${from}`, spans[index] ?? null));
        }
        return keys.map((key) => answers.get(`${key.location.id}|${instant(key.from)}`) ?? null);
      },
      { cacheKeyFn: (key) => `${key.location.id}|${instant(key.from)}` },
    ),
  };
}
