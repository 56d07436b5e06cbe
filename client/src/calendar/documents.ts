import { graphql } from '../graphql/index.js';

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

export const BookingsInRangeQuery = graphql(`
  query BookingsInRange($from: DateTime!, $to: DateTime!) {
    bookings(from: $from, to: $to) {
      ...BookingFields
    }
  }
`);

export const CreateBookingMutation = graphql(`
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      ...BookingFields
    }
  }
`);

export const UpdateBookingMutation = graphql(`
  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!) {
    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input) {
      ...BookingFields
    }
  }
`);

export const MoveBookingMutation = graphql(`
  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {
    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) {
      ...BookingFields
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!, $expectedVersion: Int!) {
    cancelBooking(id: $id, expectedVersion: $expectedVersion) {
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
      booking {
        ...BookingFields
      }
    }
  }
`);
