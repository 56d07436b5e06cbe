import { graphql } from '../graphql/index.js';

export const CoachingSessionFieldsFragment = graphql(`
  fragment CoachingSessionFields on CoachingSession {
    id
    start
    end
    status
    onlineUrl
    cancelReason
    room {
      id
      name
    }
    house {
      id
      name
      address
    }
  }
`);

export const CoachingRequestSummaryFragment = graphql(`
  fragment CoachingRequestSummary on CoachingRequest {
    id
    status
    topic
    createdAt
    updatedAt
    deadline
    organization {
      id
      name
      shortName
    }
    coach {
      id
      name
    }
    sessions {
      ...CoachingSessionFields
    }
  }
`);

export const CoachingRequestsQuery = graphql(`
  query CoachingRequests {
    coachingRequests {
      ...CoachingRequestSummary
    }
  }
`);

export const CoachingRequestQuery = graphql(`
  query CoachingRequest($id: ID!) {
    coachingRequest(id: $id) {
      ...CoachingRequestSummary
      text
      languages
      outcome
      declineReason
      viewerMay {
        message
        writeStaffOnly
        schedule
        moveOrCancelSessions
        close
      }
      availability {
        weekday
        from
        to
      }
      messages {
        id
        text
        authorName
        createdAt
        staffOnly
      }
    }
  }
`);

/** Houses with their address and rooms, where a coach or staff book a session. */
export const CoachingPlacesQuery = graphql(`
  query CoachingPlaces {
    locations {
      id
      name
      address
      rooms {
        id
        name
        capacity
      }
    }
  }
`);

/** The MOs staff may ask for coaching on behalf of. */
export const CoachingOrganizationsQuery = graphql(`
  query CoachingOrganizations {
    organizations {
      id
      name
      shortName
    }
  }
`);

export const RequestCoachingMutation = graphql(`
  mutation RequestCoaching($input: CoachingRequestInput!) {
    requestCoaching(input: $input) {
      ...CoachingRequestSummary
    }
  }
`);

export const AddCoachingMessageMutation = graphql(`
  mutation AddCoachingMessage($requestId: ID!, $text: String!, $staffOnly: Boolean!) {
    addCoachingMessage(requestId: $requestId, text: $text, staffOnly: $staffOnly) {
      id
    }
  }
`);

export const CloseCoachingRequestMutation = graphql(`
  mutation CloseCoachingRequest($requestId: ID!, $outcome: String!) {
    closeCoachingRequest(requestId: $requestId, outcome: $outcome) {
      id
      status
      outcome
      # with the new state, so the page never offers a step the state no longer allows
      viewerMay {
        message
        writeStaffOnly
        schedule
        moveOrCancelSessions
        close
      }
    }
  }
`);

export const ScheduleCoachingSessionMutation = graphql(`
  mutation ScheduleCoachingSession($requestId: ID!, $input: CoachingSessionInput!) {
    scheduleCoachingSession(requestId: $requestId, input: $input) {
      ...CoachingSessionFields
    }
  }
`);

export const CancelCoachingSessionMutation = graphql(`
  mutation CancelCoachingSession($id: ID!, $reason: String) {
    cancelCoachingSession(id: $id, reason: $reason) {
      ...CoachingSessionFields
    }
  }
`);

export const MoveCoachingSessionMutation = graphql(`
  mutation MoveCoachingSession($id: ID!, $input: CoachingSessionInput!) {
    moveCoachingSession(id: $id, input: $input) {
      ...CoachingSessionFields
    }
  }
`);

export const CoachingChangesSubscription = graphql(`
  subscription CoachingChanges {
    coachingChanges {
      requestId
      cursor
      kind
    }
  }
`);
