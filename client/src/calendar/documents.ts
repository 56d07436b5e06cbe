import { graphql } from '../graphql/index.js';

export const BookingsInRangeQuery = graphql(`
  query BookingsInRange($from: DateTime!, $to: DateTime!, $locationIds: [ID!]) {
    bookings(from: $from, to: $to, locationIds: $locationIds) {
      ...BookingFields
    }
  }
`);

export const BookingChangedSubscription = graphql(`
  subscription BookingChanged($after: String) {
    bookingChanged(after: $after) {
      cursor
      kind
      bookingId
      batchRemaining
      actorId
      booking {
        ...BookingFields
      }
    }
  }
`);

export const ClosedPeriodsQuery = graphql(`
  query ClosedPeriods($from: DateTime!, $to: DateTime!, $locationId: ID) {
    holidays(from: $from, to: $to, locationId: $locationId) {
      id
      kind
      name
      holiday
      date
      start
      end
      locationId
      roomId
    }
  }
`);

/** When each house opens next after the start of a day: asked only for a day some house is closed on. */
export const NextOpeningsQuery = graphql(`
  query NextOpenings($from: DateTime!) {
    locations {
      id
      nextOpening(from: $from) {
        start
        end
      }
    }
  }
`);
