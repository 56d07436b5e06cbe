import { graphql } from '../graphql/gql.js';

export const WaitingListEntryFieldsFragment = graphql(`
  fragment WaitingListEntryFields on WaitingListEntry {
    id
    status
    start
    end
    ahead
    title
    room {
      id
      name
      locationId
    }
    organization {
      id
      name
    }
    offer {
      ...BookingFields
    }
  }
`);

export const MyWaitingListQuery = graphql(`
  query MyWaitingList {
    myWaitingList {
      ...WaitingListEntryFields
    }
  }
`);

export const JoinWaitingListMutation = graphql(`
  mutation JoinWaitingList($input: WaitingListInput!) {
    joinWaitingList(input: $input) {
      ...WaitingListEntryFields
    }
  }
`);

export const LeaveWaitingListMutation = graphql(`
  mutation LeaveWaitingList($id: ID!) {
    leaveWaitingList(id: $id) {
      ...WaitingListEntryFields
    }
  }
`);

export const ConfirmWaitingListOfferMutation = graphql(`
  mutation ConfirmWaitingListOffer($id: ID!) {
    confirmWaitingListOffer(id: $id) {
      ...WaitingListEntryFields
    }
  }
`);

export const DeclineWaitingListOfferMutation = graphql(`
  mutation DeclineWaitingListOffer($id: ID!) {
    declineWaitingListOffer(id: $id) {
      ...WaitingListEntryFields
    }
  }
`);

/** A cue to read the list again: an offer is a HELD booking created for the MO, and lapses as a change of it. */
export const WaitingListCueSubscription = graphql(`
  subscription WaitingListCue {
    bookingChanged {
      cursor
      kind
      bookingId
      booking {
        id
        status
        organization {
          id
        }
      }
    }
  }
`);
