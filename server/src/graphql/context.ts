import DataLoader from 'dataloader';
import type { Services } from '../app/services.js';
import type { Viewer } from '../auth/viewer.js';
import type { OpenSpan } from '../closures/next-opening.js';
import type { Location } from '../locations/location.entity.js';
import type { Room } from '../locations/room.entity.js';
import type { BookingSeries } from '../series/booking-series.entity.js';
import type { SubscriptionTransport } from '../realtime/booking-change-fanout.js';
import type { PendingSharedAnswer } from './shared-answers.js';

/** Sets or clears the session cookie on the HTTP response; a no-op on WebSocket operations. */
export interface SessionCookies {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface Loaders {
  locationById: DataLoader<string, Location>;
  roomsByLocation: DataLoader<string, Room[]>;
  allRoomsByLocation: DataLoader<string, Room[]>;
  seriesById: DataLoader<string, BookingSeries | null>;
  /**
   * A house's current or next opening after an instant (null: the request's own "now", read once, so the
   * houses of one answer are asked about the same instant); every house asked about one instant costs one query.
   */
  nextOpening: DataLoader<{ location: Location; from: Date | null }, OpenSpan | null, string>;
}

export interface GraphQLContext {
  viewer: Viewer;
  services: Services;
  cookies: SessionCookies;
  loaders: Loaders;
  /** The client's address (behind a trusted proxy: from X-Forwarded-For), for rate limits and login throttling. */
  clientAddress: string;
  /**
   * Where links in e-mails, invitations and feed addresses point: PUBLIC_URL, or in development this server's
   * own address. Never the request's Host header, which whoever sends the request chooses.
   */
  linkBase: string;
  /** Set on operations that arrive over a WebSocket. */
  transport?: SubscriptionTransport;
  /** Set when this operation's answer may be kept for others of the same visibility class (`shared-answers.ts`). */
  sharedAnswer?: PendingSharedAnswer;
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

export const NO_COOKIES: SessionCookies = { setSession() {}, clearSession() {} };
