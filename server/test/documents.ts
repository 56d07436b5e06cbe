/** GraphQL documents the server tests send, written as a client would. */

export const BOOKING_FIELDS = `
  id title category start end status visibility expectedAttendees notes version redacted canManage
  room { id name location { id name } }
  organization { id name }
`;

export const CREATE_BOOKING = `
  mutation ($input: CreateBookingInput!) { createBooking(input: $input) { ${BOOKING_FIELDS} } }
`;

export const MOVE_BOOKING = `
  mutation ($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {
    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) { ${BOOKING_FIELDS} }
  }
`;

export const UPDATE_BOOKING = `
  mutation ($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!) {
    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input) { ${BOOKING_FIELDS} }
  }
`;

export const CANCEL_BOOKING = `
  mutation ($id: ID!, $expectedVersion: Int!) {
    cancelBooking(id: $id, expectedVersion: $expectedVersion) { ${BOOKING_FIELDS} }
  }
`;

export const BOOKINGS = `
  query ($from: DateTime!, $to: DateTime!, $locationIds: [ID!], $roomIds: [ID!]) {
    bookings(from: $from, to: $to, locationIds: $locationIds, roomIds: $roomIds) { ${BOOKING_FIELDS} }
  }
`;

export const BOOKING_CHANGED = `
  subscription ($locationIds: [ID!], $after: String) {
    bookingChanged(locationIds: $locationIds, after: $after) {
      cursor kind bookingId booking { ${BOOKING_FIELDS} }
    }
  }
`;
