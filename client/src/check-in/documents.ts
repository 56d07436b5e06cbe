import { graphql } from '../graphql/index.js';

export const CheckInMutation = graphql(`
  mutation CheckIn($bookingId: ID!) {
    checkIn(bookingId: $bookingId) {
      ...BookingFields
    }
  }
`);

export const CheckInSettingsQuery = graphql(`
  query CheckInSettings {
    checkInSettings {
      locationId
      required
      graceMinutes
    }
  }
`);

export const SetCheckInSettingsMutation = graphql(`
  mutation SetCheckInSettings($locationId: ID!, $input: CheckInSettingsInput!) {
    setCheckInSettings(locationId: $locationId, input: $input) {
      locationId
      required
      graceMinutes
    }
  }
`);

/** One booking, for the page the room's QR code opens. */
export const CheckInBookingQuery = graphql(`
  query CheckInBooking($id: ID!) {
    booking(id: $id) {
      ...BookingFields
    }
  }
`);

export const SeriesNoticesQuery = graphql(`
  query SeriesNotices {
    seriesNotices(unreadOnly: true) {
      id
      occurredAt
      toStaff
      booking {
        id
        title
        start
        organization {
          id
          name
        }
        series {
          id
        }
      }
    }
  }
`);

export const MarkSeriesNoticesReadMutation = graphql(`
  mutation MarkSeriesNoticesRead($ids: [ID!]) {
    markSeriesNoticesRead(ids: $ids)
  }
`);
