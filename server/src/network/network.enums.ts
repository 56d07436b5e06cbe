/** What staff decide about a topic an MO put on the agenda. MOVE puts it on a later meeting (`toMeetingId`). */
export const AGENDA_DECISIONS = ['ACCEPT', 'MERGE', 'MOVE', 'DECLINE'] as const;
export type AgendaDecision = (typeof AGENDA_DECISIONS)[number];

/** Where a topic stands: PROPOSED until staff decide; only ACCEPTED topics have a place in the agenda's order. */
export const AGENDA_ITEM_STATUSES = ['PROPOSED', 'ACCEPTED', 'MERGED', 'DECLINED'] as const;
export type AgendaItemStatus = (typeof AGENDA_ITEM_STATUSES)[number];

export const DECISION_STATES = ['OPEN', 'DONE'] as const;
export type DecisionState = (typeof DECISION_STATES)[number];

/** OPEN until staff answer; DECLINED always carries its reason. */
export const PROPOSAL_STATUSES = ['OPEN', 'PLANNED', 'DECLINED', 'DONE'] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Whether a meeting is still to come, has been held or was called off; derived from its booking and the clock. */
export const MEETING_STATES = ['COMING', 'HELD', 'CANCELLED'] as const;
export type MeetingState = (typeof MEETING_STATES)[number];
