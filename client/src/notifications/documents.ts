import { graphql } from '../graphql/index.js';

export const UnreadNotificationsQuery = graphql(`
  query UnreadNotifications {
    notifications(unreadOnly: true) {
      id
      occurredAt
      kind
      byStaff
      reason
      news
      booking {
        id
        title
        start
        end
        expiresAt
        room {
          id
          name
          locationId
        }
      }
      previous {
        start
        end
        roomName
        houseName
      }
    }
  }
`);

export const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($ids: [ID!]) {
    markNotificationsRead(ids: $ids)
  }
`);

export const UnreadCoachingNoticesQuery = graphql(`
  query UnreadCoachingNotices {
    coachingNotices(unreadOnly: true) {
      id
      occurredAt
      kind
      byStaff
      request {
        id
        organization {
          id
          name
        }
      }
    }
  }
`);

export const MarkCoachingNoticesReadMutation = graphql(`
  mutation MarkCoachingNoticesRead($ids: [ID!]) {
    markCoachingNoticesRead(ids: $ids)
  }
`);

export const UnreadNetworkNoticesQuery = graphql(`
  query UnreadNetworkNotices {
    networkNotices(unreadOnly: true) {
      id
      kind
      occurredAt
      meetingId
      proposalId
      title
      start
    }
  }
`);

export const MarkNetworkNoticesReadMutation = graphql(`
  mutation MarkNetworkNoticesRead($ids: [ID!]) {
    markNetworkNoticesRead(ids: $ids)
  }
`);

/** A cue for the header's notices: a change by someone else (actorId is shown only to staff and the booking's MO). */
export const NoticeCueSubscription = graphql(`
  subscription NoticeCue {
    bookingChanged {
      cursor
      actorId
      booking {
        id
        status
      }
    }
  }
`);
