import { graphql } from '../graphql/index.js';

// Operation and fragment names start with Member: codegen wants them unique in the client, and the staff's
// screens (admin/network/) ask for the same types with more fields.

/** What a list row and the meeting's head show: when, where, its state and the viewer's MO's answer. */
export const MemberMeetingSummaryFragment = graphql(`
  fragment MemberMeetingSummary on NetworkMeeting {
    id
    title
    start
    end
    state
    agendaDeadline
    agendaOpen
    minutesPublishedAt
    attendingCount
    room {
      id
      name
    }
    location {
      id
      name
      address
      timeZone
    }
    myResponse {
      ...MemberMeetingResponse
    }
  }
`);

export const MemberMeetingResponseFragment = graphql(`
  fragment MemberMeetingResponse on MeetingResponse {
    id
    attending
    people
    interpretation
    updatedAt
  }
`);

export const MemberAgendaItemFragment = graphql(`
  fragment MemberAgendaItem on AgendaItem {
    id
    meetingId
    title
    text
    language
    status
    position
    mergedIntoId
    createdAt
    mayEdit
    organization {
      id
      name
      shortName
    }
  }
`);

export const NetworkMeetingsQuery = graphql(`
  query MemberNetworkMeetings($from: DateTime!, $to: DateTime!) {
    networkMeetings(from: $from, to: $to) {
      ...MemberMeetingSummary
    }
  }
`);

export const NetworkMeetingQuery = graphql(`
  query MemberNetworkMeeting($id: ID!) {
    networkMeeting(id: $id) {
      ...MemberMeetingSummary
      description
      interpretationLanguages
      version
      minutes
      agenda {
        ...MemberAgendaItem
      }
      decisions {
        id
        text
        responsible
        state
        updatedAt
      }
      abilities {
        respond
        proposeAgendaItem
      }
    }
  }
`);

export const RespondToNetworkMeetingMutation = graphql(`
  mutation MemberRespondToNetworkMeeting($meetingId: ID!, $input: MeetingResponseInput!) {
    respondToNetworkMeeting(meetingId: $meetingId, input: $input) {
      ...MemberMeetingResponse
    }
  }
`);

export const ProposeAgendaItemMutation = graphql(`
  mutation MemberProposeAgendaItem($meetingId: ID!, $input: AgendaItemInput!) {
    proposeAgendaItem(meetingId: $meetingId, input: $input) {
      ...MemberAgendaItem
    }
  }
`);

export const UpdateAgendaItemMutation = graphql(`
  mutation MemberUpdateAgendaItem($id: ID!, $input: AgendaItemInput!) {
    updateAgendaItem(id: $id, input: $input) {
      ...MemberAgendaItem
    }
  }
`);

export const MemberProposalFragment = graphql(`
  fragment MemberProposal on Proposal {
    id
    title
    text
    language
    status
    answer
    answeredAt
    createdAt
    supportCount
    supportedByMine
    organization {
      id
      name
      shortName
    }
    supporters {
      id
      name
      shortName
    }
    abilities {
      support
      edit
    }
  }
`);

export const ProposalsQuery = graphql(`
  query MemberProposals {
    proposals {
      ...MemberProposal
    }
  }
`);

export const CreateProposalMutation = graphql(`
  mutation MemberCreateProposal($input: ProposalInput!) {
    createProposal(input: $input) {
      ...MemberProposal
    }
  }
`);

export const UpdateProposalMutation = graphql(`
  mutation MemberUpdateProposal($id: ID!, $input: ProposalInput!) {
    updateProposal(id: $id, input: $input) {
      ...MemberProposal
    }
  }
`);

export const SupportProposalMutation = graphql(`
  mutation MemberSupportProposal($id: ID!, $support: Boolean!) {
    supportProposal(id: $id, support: $support) {
      ...MemberProposal
    }
  }
`);

export const NetworkChangesSubscription = graphql(`
  subscription MemberNetworkChanges {
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
