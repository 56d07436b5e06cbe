import { SessionService } from '../auth/session.service.js';
import { BookingService } from '../bookings/booking.service.js';
import type { Database } from '../db/database.js';
import { DisplayLinkService } from '../display/display-link.service.js';
import { LocationService } from '../locations/location.service.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { BookingChangeFanout, DEFAULT_FANOUT_LIMITS, type FanoutLimits } from '../realtime/booking-change-fanout.js';
import { ChangeFeed } from '../realtime/change-feed.js';
import type { Clock } from '../shared/clock.js';

/** Every service of the app, built once per process over one database. */
export interface Services {
  database: Database;
  bookings: BookingService;
  sessions: SessionService;
  locations: LocationService;
  organizations: OrganizationService;
  changeFeed: ChangeFeed;
  changeFanout: BookingChangeFanout;
  displayLinks: DisplayLinkService;
}

export function createServices(
  database: Database,
  options: {
    clock: Clock;
    sessionDays: number;
    log: (message: string, error?: unknown) => void;
    fanoutLimits?: FanoutLimits;
  },
): Services {
  const { dataSource } = database;
  const changeFeed = new ChangeFeed(database, options.log);
  return {
    database,
    bookings: new BookingService(dataSource, options.clock),
    sessions: new SessionService(dataSource, options.clock, options.sessionDays),
    locations: new LocationService(dataSource),
    organizations: new OrganizationService(dataSource),
    changeFeed,
    changeFanout: new BookingChangeFanout(changeFeed, options.fanoutLimits ?? DEFAULT_FANOUT_LIMITS, options.log),
    displayLinks: new DisplayLinkService(dataSource, options.clock),
  };
}
