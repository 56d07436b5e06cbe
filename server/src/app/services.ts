import { SessionService } from '../auth/session.service.js';
import { BookingService } from '../bookings/booking.service.js';
import type { Database } from '../db/database.js';
import { DisplayLinkService } from '../display/display-link.service.js';
import { LocationService } from '../locations/location.service.js';
import { OrganizationService } from '../organizations/organization.service.js';
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
  displayLinks: DisplayLinkService;
}

export function createServices(
  database: Database,
  options: { clock: Clock; sessionDays: number; log: (message: string, error?: unknown) => void },
): Services {
  const { dataSource } = database;
  return {
    database,
    bookings: new BookingService(dataSource, options.clock),
    sessions: new SessionService(dataSource, options.clock, options.sessionDays),
    locations: new LocationService(dataSource),
    organizations: new OrganizationService(dataSource),
    changeFeed: new ChangeFeed(database, options.log),
    displayLinks: new DisplayLinkService(dataSource, options.clock),
  };
}
