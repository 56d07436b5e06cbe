import { graphql } from '../graphql/index.js';

export const FreeRoomsQuery = graphql(`
  query FreeRooms($from: DateTime!, $to: DateTime!, $minCapacity: Int, $features: [RoomFeature!], $locationIds: [ID!]) {
    freeRooms(from: $from, to: $to, minCapacity: $minCapacity, features: $features, locationIds: $locationIds) {
      id
      name
      capacity
      features
      locationId
    }
  }
`);

export const FreeSlotsQuery = graphql(`
  query FreeSlots($date: Date!, $minMinutes: Int) {
    freeSlots(date: $date, minMinutes: $minMinutes) {
      roomId
      start
      end
    }
  }
`);

export const MyBookingsQuery = graphql(`
  query MyBookings($first: Int, $from: DateTime) {
    myBookings(first: $first, from: $from) {
      ...BookingFields
    }
  }
`);

export const SearchBookingsQuery = graphql(`
  query SearchBookings($text: String!, $from: DateTime!, $to: DateTime!) {
    searchBookings(text: $text, from: $from, to: $to) {
      ...BookingFields
    }
  }
`);
