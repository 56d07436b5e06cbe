import { graphql } from '../graphql/index.js';

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
