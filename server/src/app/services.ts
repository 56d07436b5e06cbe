import { LoginThrottle } from '../auth/login-throttle.js';
import { SessionService } from '../auth/session.service.js';
import { BookingService, type BookingLimits } from '../bookings/booking.service.js';
import type { Database } from '../db/database.js';
import { DisplayLinkService } from '../display/display-link.service.js';
import { LocationService } from '../locations/location.service.js';
import { OrganizationService } from '../organizations/organization.service.js';
import { BookingChangeFanout, DEFAULT_FANOUT_LIMITS, type FanoutLimits } from '../realtime/booking-change-fanout.js';
import { ChangeFeed } from '../realtime/change-feed.js';
import type { Clock } from '../shared/clock.js';
import type { AppInfo } from './app-info.types.js';

/** Every service of the app, built once per process over one database. */
export interface Services {
  database: Database;
  clock: Clock;
  info: AppInfo;
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
    bookingLimits?: BookingLimits;
    throttleLogins: boolean;
    info?: AppInfo;
  },
): Services {
  const { dataSource } = database;
  const changeFeed = new ChangeFeed(database, options.log);
  return {
    database,
    clock: options.clock,
    info: options.info ?? { demo: false },
    bookings: new BookingService(dataSource, options.clock, options.bookingLimits),
    sessions: new SessionService(
      dataSource,
      options.clock,
      options.sessionDays,
      options.throttleLogins ? new LoginThrottle(options.clock) : null,
    ),
    locations: new LocationService(dataSource),
    organizations: new OrganizationService(dataSource),
    changeFeed,
    changeFanout: new BookingChangeFanout(changeFeed, options.clock, options.fanoutLimits ?? DEFAULT_FANOUT_LIMITS, options.log),
    displayLinks: new DisplayLinkService(dataSource, options.clock),
  };
}
