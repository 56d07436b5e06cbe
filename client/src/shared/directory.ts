import { graphql } from '../graphql/index.js';
import type { Booking, Location } from './types.js';

/**
 * The documents every part of the client shares: a booking's fields, a house with its rooms, and the
 * directory (houses, rooms, MOs) that the calendar, the search, "my bookings" and the display read.
 */
export const BookingFieldsFragment = graphql(`
  fragment BookingFields on Booking {
    id
    title
    category
    start
    end
    status
    checkedInAt
    expiresAt
    statusReason
    visibility
    expectedAttendees
    notes
    version
    redacted
    canManage
    occurrenceStart
    series {
      id
      rrule
    }
    room {
      id
      name
      locationId
    }
    organization {
      id
      name
      shortName
    }
  }
`);

export const LocationFieldsFragment = graphql(`
  fragment LocationFields on Location {
    id
    name
    address
    timeZone
    openOnPublicHolidays
    openingHours {
      weekday
      opens
      closes
    }
    rooms {
      id
      name
      capacity
      colour
      features
      locationId
    }
  }
`);

export const CalendarDirectoryQuery = graphql(`
  query CalendarDirectory {
    locations {
      ...LocationFields
    }
    organizations {
      id
      name
      shortName
    }
  }
`);

/** The house a move leaves and the one it enters. */
export interface HouseChange {
  from: Location;
  to: Location;
}

/**
 * Whether a move takes a booking to another house, and which: people would walk to another address, so such
 * a move is confirmed with a reason, while a move within the house stays one gesture. Null within a house, or
 * when a house is not in the directory (nothing to name then; the server still decides).
 */
export function houseChange(booking: Booking, roomId: string, locations: readonly Location[]): HouseChange | null {
  const to = locations.find((location) => location.rooms.some((room) => room.id === roomId));
  const from = locations.find((location) => location.id === booking.room.locationId);
  if (!to || !from || to.id === from.id) return null;
  return { from, to };
}

/** The house a booking's room belongs to, for its name and address. */
export function houseOf(booking: Pick<Booking, 'room'>, locations: readonly Location[]): Location | undefined {
  return locations.find((location) => location.id === booking.room.locationId);
}
