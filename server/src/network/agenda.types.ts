import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationType } from '../organizations/organization.types.js';
import {
  AGENDA_DECISIONS,
  AGENDA_ITEM_STATUSES,
  DECISION_STATES,
  type AgendaDecision,
  type AgendaItemStatus,
  type DecisionState,
} from './network.enums.js';

export const AgendaDecisionEnum = Object.fromEntries(AGENDA_DECISIONS.map((decision) => [decision, decision])) as {
  [K in AgendaDecision]: K;
};
registerEnumType(AgendaDecisionEnum, {
  name: 'AgendaDecision',
  description: 'ACCEPT (at the end of the agenda), MERGE into another topic (intoItemId), MOVE to a later meeting (toMeetingId), DECLINE.',
});

export const AgendaItemStatusEnum = Object.fromEntries(AGENDA_ITEM_STATUSES.map((status) => [status, status])) as {
  [K in AgendaItemStatus]: K;
};
registerEnumType(AgendaItemStatusEnum, {
  name: 'AgendaItemStatus',
  description: 'PROPOSED until staff decide; only ACCEPTED topics have a position.',
});

export const DecisionStateEnum = Object.fromEntries(DECISION_STATES.map((state) => [state, state])) as {
  [K in DecisionState]: K;
};
registerEnumType(DecisionStateEnum, { name: 'DecisionState' });

@ObjectType('AgendaItem', { description: 'A topic on a meeting’s agenda, brought by an MO or (organization null) by the centre.' })
export class AgendaItemType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  meetingId!: string;

  @Field(() => ID, { nullable: true, description: 'The proposal staff put on the agenda with it.' })
  proposalId!: string | null;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'The language it is written in (BCP 47).' })
  language!: string;

  @Field(() => AgendaItemStatusEnum)
  status!: AgendaItemStatus;

  @Field(() => Int, { nullable: true, description: 'Its place in the agenda (from 1); set exactly while ACCEPTED.' })
  position!: number | null;

  @Field(() => ID, { nullable: true, description: 'The topic it was merged into (same meeting).' })
  mergedIntoId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The meeting it was moved from.' })
  movedFromMeetingId!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('MeetingDecision', { description: 'A decision recorded with the minutes, with who sees to it.' })
export class MeetingDecisionType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => String, { description: 'Who sees to it; empty when nobody was named.' })
  responsible!: string;

  @Field(() => DecisionStateEnum)
  state!: DecisionState;

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('MeetingAttendanceEntry', { description: 'An MO that came, as staff recorded it with the minutes.' })
export class MeetingAttendanceEntryType {
  @Field(() => OrganizationType)
  organization!: OrganizationType;

  @Field(() => Int)
  people!: number;
}

@InputType('AgendaItemInput')
export class AgendaItemInput {
  @Field(() => String, { description: 'At most 200 characters.' })
  title!: string;

  @Field(() => String, { nullable: true, description: 'A few lines, at most 4000 characters.' })
  text?: string | null;

  @Field(() => String, { description: 'BCP 47 tag of the language it is written in.' })
  language!: string;

  @Field(() => ID, { nullable: true, description: 'Staff only: the proposal this topic puts on the agenda.' })
  proposalId?: string | null;
}

@InputType('DecisionInput')
export class DecisionInput {
  @Field(() => ID, { nullable: true, description: 'A decision published before, to keep its id and state; left out: a new, OPEN one.' })
  id?: string | null;

  @Field(() => String, { description: 'At most 2000 characters.' })
  text!: string;

  @Field(() => String, { nullable: true, description: 'Who sees to it, at most 200 characters.' })
  responsible?: string | null;
}

@InputType('AttendanceInput')
export class AttendanceInput {
  @Field(() => ID)
  organizationId!: string;

  @Field(() => Int, { description: '1..500' })
  people!: number;
}

@InputType('MinutesInput')
export class MinutesInput {
  @Field(() => String, { description: 'At most 20000 characters.' })
  text!: string;

  @Field(() => [DecisionInput], {
    description:
      'In order; they replace those published before: one with its id keeps its state, one without is new, one left out is removed.',
  })
  decisions!: DecisionInput[];

  @Field(() => [AttendanceInput], { nullable: true, description: 'Who came; left out, the record kept so far stays.' })
  attendance?: AttendanceInput[] | null;
}
