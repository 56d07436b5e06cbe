import { graphql } from '../graphql/index.js';

export const BookingRequestsQuery = graphql(`
  query BookingRequests {
    bookingRequests {
      booking {
        ...BookingFields
        room {
          id
          name
          locationId
          capacity
        }
      }
      reasons
      seriesRequested
      organizationConfirmed
      organizationReleased
      organizationDeclined
    }
  }
`);

export const ApproveBookingMutation = graphql(`
  mutation ApproveBooking($id: ID!, $expectedVersion: Int, $wholeSeries: Boolean) {
    approveBooking(id: $id, expectedVersion: $expectedVersion, wholeSeries: $wholeSeries) {
      ...BookingFields
    }
  }
`);

export const DeclineBookingMutation = graphql(`
  mutation DeclineBooking($id: ID!, $reason: String!, $wholeSeries: Boolean) {
    declineBooking(id: $id, reason: $reason, wholeSeries: $wholeSeries) {
      ...BookingFields
    }
  }
`);

export const ApprovalRuleSetFragment = graphql(`
  fragment ApprovalRuleSetFields on ApprovalRuleSet {
    id
    locationId
    roomId
    always
    minAttendees
    onWeekends
    seriesLongerThan
    firstBookings
  }
`);

export const ApprovalRulesQuery = graphql(`
  query ApprovalRules {
    approvalRules {
      ...ApprovalRuleSetFields
    }
  }
`);

export const SetApprovalRulesMutation = graphql(`
  mutation SetApprovalRules($locationId: ID, $roomId: ID, $input: ApprovalRulesInput!) {
    setApprovalRules(locationId: $locationId, roomId: $roomId, input: $input) {
      ...ApprovalRuleSetFields
    }
  }
`);

export const RemoveApprovalRulesMutation = graphql(`
  mutation RemoveApprovalRules($locationId: ID, $roomId: ID) {
    removeApprovalRules(locationId: $locationId, roomId: $roomId)
  }
`);
