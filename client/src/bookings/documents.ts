import { graphql } from '../graphql/index.js';

export const CreateBookingMutation = graphql(`
  mutation CreateBooking($input: CreateBookingInput!) {
    createBooking(input: $input) {
      ...BookingFields
    }
  }
`);

export const UpdateBookingMutation = graphql(`
  mutation UpdateBooking($id: ID!, $expectedVersion: Int!, $input: UpdateBookingInput!, $reason: String) {
    updateBooking(id: $id, expectedVersion: $expectedVersion, input: $input, reason: $reason) {
      ...BookingFields
    }
  }
`);

export const MoveBookingMutation = graphql(`
  mutation MoveBooking($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!, $reason: String) {
    moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end, reason: $reason) {
      ...BookingFields
    }
  }
`);

export const CancelBookingMutation = graphql(`
  mutation CancelBooking($id: ID!, $expectedVersion: Int!, $reason: String) {
    cancelBooking(id: $id, expectedVersion: $expectedVersion, reason: $reason) {
      ...BookingFields
    }
  }
`);

export const SeriesOccurrenceFieldsFragment = graphql(`
  fragment SeriesOccurrenceFields on SeriesOccurrence {
    start
    end
    status
    reason
    holiday
    conflicting {
      id
      title
      organizationName
    }
  }
`);

export const PreviewBookingSeriesQuery = graphql(`
  query PreviewBookingSeries($input: BookingSeriesInput!) {
    previewBookingSeries(input: $input) {
      occurrences {
        ...SeriesOccurrenceFields
      }
    }
  }
`);

export const CreateBookingSeriesMutation = graphql(`
  mutation CreateBookingSeries($input: BookingSeriesInput!, $onConflict: OnConflict) {
    createBookingSeries(input: $input, onConflict: $onConflict) {
      series {
        id
        rrule
      }
      created {
        ...BookingFields
      }
      skipped {
        ...SeriesOccurrenceFields
      }
    }
  }
`);

export const UpdateBookingSeriesMutation = graphql(`
  mutation UpdateBookingSeries($seriesId: ID!, $fromStart: DateTime, $input: UpdateBookingSeriesInput!) {
    updateBookingSeries(seriesId: $seriesId, fromStart: $fromStart, input: $input) {
      series {
        id
        rrule
      }
      bookings {
        ...BookingFields
      }
    }
  }
`);

export const CancelBookingSeriesMutation = graphql(`
  mutation CancelBookingSeries($seriesId: ID!, $fromStart: DateTime) {
    cancelBookingSeries(seriesId: $seriesId, fromStart: $fromStart) {
      series {
        id
        rrule
      }
      bookings {
        ...BookingFields
      }
    }
  }
`);

export const RestoreSeriesOccurrenceMutation = graphql(`
  mutation RestoreSeriesOccurrence($seriesId: ID!, $occurrenceStart: DateTime!) {
    restoreSeriesOccurrence(seriesId: $seriesId, occurrenceStart: $occurrenceStart) {
      ...BookingFields
    }
  }
`);
