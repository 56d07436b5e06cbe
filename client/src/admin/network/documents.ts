import { graphql } from '../../graphql/index.js';

/** A meeting as the list shows it: light, as the list holds up to 200 and its cost is counted per item. */
export const NetworkAdminMeetingSummaryFragment = graphql(`
  fragment NetworkAdminMeetingSummary on NetworkMeeting {
    id
    title
    description
    start
    end
    version
    state
    agendaDeadline
    agendaOpen
    interpretationLanguages
    room {
      id
      name
    }
    location {
      id
      name
      timeZone
    }
    attendingCount
    minutesPublishedAt
    abilities {
      manage
      publishMinutes
    }
  }
`);

/** Everything staff see of one meeting: loaded when they open its answers, agenda or minutes. */
export const NetworkAdminMeetingFragment = graphql(`
  fragment NetworkAdminMeeting on NetworkMeeting {
    ...NetworkAdminMeetingSummary
    responses {
      id
      attending
      people
      interpretation
      updatedAt
      organization {
        id
        name
      }
    }
    notAnswered {
      id
      name
    }
    interpretationNeeds {
      language
      organizations
      people
    }
    agenda {
      id
      title
      text
      language
      status
      position
      mergedIntoId
      movedFromMeetingId
      proposalId
      createdAt
      organization {
        id
        name
      }
    }
    minutes
    decisions {
      id
      text
      responsible
      state
      updatedAt
    }
    attendance {
      people
      organization {
        id
        name
      }
    }
  }
`);

export const NetworkAdminMeetingsQuery = graphql(`
  query NetworkAdminMeetings($from: DateTime!, $to: DateTime!) {
    networkMeetings(from: $from, to: $to) {
      ...NetworkAdminMeetingSummary
    }
  }
`);

export const NetworkAdminMeetingDetailsQuery = graphql(`
  query NetworkAdminMeetingDetails($id: ID!) {
    networkMeeting(id: $id) {
      ...NetworkAdminMeeting
    }
  }
`);

/** The houses and their rooms a meeting can be held in, with the zone its times are typed in. */
export const NetworkAdminPlacesQuery = graphql(`
  query NetworkAdminPlaces {
    locations {
      id
      name
      timeZone
      rooms {
        id
        name
        capacity
      }
    }
  }
`);

export const AdminCreateNetworkMeetingMutation = graphql(`
  mutation AdminCreateNetworkMeeting($input: NetworkMeetingInput!) {
    createNetworkMeeting(input: $input) {
      id
    }
  }
`);

export const AdminUpdateNetworkMeetingMutation = graphql(`
  mutation AdminUpdateNetworkMeeting($id: ID!, $input: UpdateNetworkMeetingInput!, $expectedVersion: Int) {
    updateNetworkMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) {
      ...NetworkAdminMeeting
    }
  }
`);

export const AdminCancelNetworkMeetingMutation = graphql(`
  mutation AdminCancelNetworkMeeting($id: ID!, $reason: String) {
    cancelNetworkMeeting(id: $id, reason: $reason) {
      id
      state
      version
    }
  }
`);

export const AdminDecideAgendaItemMutation = graphql(`
  mutation AdminDecideAgendaItem($id: ID!, $decision: AgendaDecision!, $toMeetingId: ID, $intoItemId: ID) {
    decideAgendaItem(id: $id, decision: $decision, toMeetingId: $toMeetingId, intoItemId: $intoItemId) {
      id
      status
      position
      mergedIntoId
    }
  }
`);

export const AdminOrderAgendaMutation = graphql(`
  mutation AdminOrderAgenda($meetingId: ID!, $itemIds: [ID!]!) {
    orderAgenda(meetingId: $meetingId, itemIds: $itemIds) {
      id
      agenda {
        id
        status
        position
      }
    }
  }
`);

export const AdminPublishMinutesMutation = graphql(`
  mutation AdminPublishMinutes($meetingId: ID!, $input: MinutesInput!) {
    publishMinutes(meetingId: $meetingId, input: $input) {
      ...NetworkAdminMeeting
    }
  }
`);

export const AdminUpdateDecisionMutation = graphql(`
  mutation AdminUpdateDecision($id: ID!, $state: DecisionState!) {
    updateDecision(id: $id, state: $state) {
      id
      state
      updatedAt
    }
  }
`);

export const NetworkAdminProposalsQuery = graphql(`
  query NetworkAdminProposals {
    proposals {
      id
      title
      text
      language
      status
      answer
      answeredAt
      createdAt
      supportCount
      organization {
        id
        name
      }
      supporters {
        id
        name
      }
      abilities {
        answer
      }
    }
  }
`);

export const AdminAnswerProposalMutation = graphql(`
  mutation AdminAnswerProposal($id: ID!, $status: ProposalStatus!, $answer: String!) {
    answerProposal(id: $id, status: $status, answer: $answer) {
      id
      status
      answer
      answeredAt
      abilities {
        answer
      }
    }
  }
`);

/** Staff put a proposal on a meeting's agenda: an item of the centre's own that names the proposal. */
export const AdminProposeAgendaItemMutation = graphql(`
  mutation AdminProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {
    proposeAgendaItem(meetingId: $meetingId, input: $input) {
      id
    }
  }
`);

/** A cue, not content: which meeting or proposal changed; the page refetches what it shows. */
export const NetworkAdminChangesSubscription = graphql(`
  subscription NetworkAdminChanges {
    networkChanges {
      cursor
      entity
      action
      meetingId
      proposalId
      entityId
    }
  }
`);
