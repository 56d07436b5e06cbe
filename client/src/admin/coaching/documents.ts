import { graphql } from '../../graphql/index.js';

export const CoachingQueueRequestFragment = graphql(`
  fragment CoachingQueueRequest on CoachingRequest {
    id
    topic
    text
    languages
    availability {
      weekday
      from
      to
    }
    deadline
    status
    overdue
    declineReason
    outcome
    viewerMay {
      assign
      decline
    }
    createdAt
    updatedAt
    organization {
      id
      name
    }
    coach {
      id
      name
    }
    suggestedCoaches {
      knowsTopic
      sharedLanguages
      coach {
        id
        name
      }
    }
  }
`);

/** Open and finished requests apart: each list holds at most the 200 newest, and no finished one crowds out an open one. */
export const CoachingQueueQuery = graphql(`
  query CoachingQueue {
    open: coachingRequests(status: [REQUESTED, ASSIGNED, SCHEDULED]) {
      ...CoachingQueueRequest
    }
    finished: coachingRequests(status: [CLOSED, DECLINED]) {
      ...CoachingQueueRequest
    }
  }
`);

export const AdminCoachesQuery = graphql(`
  query AdminCoaches {
    coaches {
      id
      name
      topics
      languages
      contact
      active
      userId
    }
  }
`);

export const CoachAccountsQuery = graphql(`
  query CoachAccounts {
    users {
      id
      name
      email
      role
      active
    }
  }
`);

export const AssignCoachMutation = graphql(`
  mutation AssignCoach($requestId: ID!, $coachId: ID!) {
    assignCoach(requestId: $requestId, coachId: $coachId) {
      id
      status
      overdue
      viewerMay {
        assign
        decline
      }
      coach {
        id
        name
      }
    }
  }
`);

export const DeclineCoachingRequestMutation = graphql(`
  mutation DeclineCoachingRequest($requestId: ID!, $reason: String!) {
    declineCoachingRequest(requestId: $requestId, reason: $reason) {
      id
      status
      overdue
      viewerMay {
        assign
        decline
      }
      declineReason
    }
  }
`);

export const CreateCoachMutation = graphql(`
  mutation CreateCoach($input: CoachInput!) {
    createCoach(input: $input) {
      id
    }
  }
`);

export const UpdateCoachMutation = graphql(`
  mutation UpdateCoach($id: ID!, $input: UpdateCoachInput!) {
    updateCoach(id: $id, input: $input) {
      id
      name
      topics
      languages
      contact
      active
      userId
    }
  }
`);
