/** GraphQL documents of the waiting list (issue 29), written as a client would. */

export const WAITING_LIST_ENTRY_FIELDS = `
  id status start end seriesId occurrenceStart ahead joinedAt title category visibility expectedAttendees notes
  room { id } organization { id }
  offer { id status expiresAt start end occurrenceStart organization { id } }
`;

export const MY_WAITING_LIST = `query { myWaitingList { ${WAITING_LIST_ENTRY_FIELDS} } }`;

export const JOIN_WAITING_LIST = `
  mutation ($input: WaitingListInput!) { joinWaitingList(input: $input) { ${WAITING_LIST_ENTRY_FIELDS} } }
`;

export const LEAVE_WAITING_LIST = `mutation ($id: ID!) { leaveWaitingList(id: $id) { ${WAITING_LIST_ENTRY_FIELDS} } }`;

export const CONFIRM_WAITING_LIST_OFFER = `
  mutation ($id: ID!) { confirmWaitingListOffer(id: $id) { ${WAITING_LIST_ENTRY_FIELDS} } }
`;

export const DECLINE_WAITING_LIST_OFFER = `
  mutation ($id: ID!) { declineWaitingListOffer(id: $id) { ${WAITING_LIST_ENTRY_FIELDS} } }
`;
