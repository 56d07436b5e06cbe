/** GraphQL documents of the network's meetings and answers (issue 25), for tests through the API. */
export const MEETING_FIELDS = `id title description start end room { id name } location { id timeZone } agendaDeadline agendaOpen
  interpretationLanguages state version attendingCount
  myResponse { id attending people interpretation organization { id } }
  abilities { respond proposeAgendaItem manage publishMinutes }`;
export const MEETING_STAFF_FIELDS = `${MEETING_FIELDS}
  responses { id attending people interpretation updatedAt organization { id name } }
  notAnswered { id name }
  interpretationNeeds { language organizations people }`;

export const NETWORK_MEETINGS = `
  query ($from: DateTime!, $to: DateTime!) { networkMeetings(from: $from, to: $to) { ${MEETING_STAFF_FIELDS} } }
`;
export const NETWORK_MEETING = `query ($id: ID!) { networkMeeting(id: $id) { ${MEETING_STAFF_FIELDS} } }`;
export const CREATE_NETWORK_MEETING = `
  mutation ($input: NetworkMeetingInput!) { createNetworkMeeting(input: $input) { ${MEETING_FIELDS} } }
`;
export const UPDATE_NETWORK_MEETING = `
  mutation ($id: ID!, $input: UpdateNetworkMeetingInput!, $expectedVersion: Int) {
    updateNetworkMeeting(id: $id, input: $input, expectedVersion: $expectedVersion) { ${MEETING_FIELDS} }
  }
`;
export const CANCEL_NETWORK_MEETING = `
  mutation ($id: ID!, $reason: String) { cancelNetworkMeeting(id: $id, reason: $reason) { ${MEETING_FIELDS} } }
`;
export const RESPOND_TO_NETWORK_MEETING = `
  mutation ($meetingId: ID!, $input: MeetingResponseInput!) {
    respondToNetworkMeeting(meetingId: $meetingId, input: $input) { id attending people interpretation updatedAt organization { id } }
  }
`;
export const NETWORK_CHANGES = `subscription { networkChanges { cursor entity action meetingId proposalId entityId } }`;
