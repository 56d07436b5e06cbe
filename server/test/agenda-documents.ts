/** The agenda and minutes of network meetings (issue 25), as the client sends them. */
const AGENDA_ITEM_FIELDS = `id meetingId title text language status position mergedIntoId movedFromMeetingId proposalId mayEdit createdAt
  organization { id }`;

export const PROPOSE_AGENDA_ITEM = `mutation ($meetingId: ID!, $input: AgendaItemInput!) {
  proposeAgendaItem(meetingId: $meetingId, input: $input) { ${AGENDA_ITEM_FIELDS} }
}`;

export const UPDATE_AGENDA_ITEM = `mutation ($id: ID!, $input: AgendaItemInput!) {
  updateAgendaItem(id: $id, input: $input) { ${AGENDA_ITEM_FIELDS} }
}`;

export const DECIDE_AGENDA_ITEM = `mutation ($id: ID!, $decision: AgendaDecision!, $toMeetingId: ID, $intoItemId: ID) {
  decideAgendaItem(id: $id, decision: $decision, toMeetingId: $toMeetingId, intoItemId: $intoItemId) { ${AGENDA_ITEM_FIELDS} }
}`;

export const ORDER_AGENDA = `mutation ($meetingId: ID!, $itemIds: [ID!]!) {
  orderAgenda(meetingId: $meetingId, itemIds: $itemIds) { id agenda { id status position } }
}`;

export const PUBLISH_MINUTES = `mutation ($meetingId: ID!, $input: MinutesInput!) {
  publishMinutes(meetingId: $meetingId, input: $input) {
    id minutes minutesPublishedAt decisions { id text responsible state } attendance { organization { id } people }
  }
}`;

export const UPDATE_DECISION = `mutation ($id: ID!, $state: DecisionState!) {
  updateDecision(id: $id, state: $state) { id text responsible state updatedAt }
}`;

export const MEETING_RECORD = `query ($id: ID!) {
  networkMeeting(id: $id) {
    id agenda { ${AGENDA_ITEM_FIELDS} }
    minutes minutesPublishedAt decisions { id text responsible state } attendance { organization { id } people }
  }
}`;
