import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { NETWORK_ENTITIES, type NetworkEntity } from './network-changes.js';
import { MEETING_STATES, type MeetingState } from './network.enums.js';
import type { NetworkMeeting } from './network.entities.js';

export const MeetingStateEnum = Object.fromEntries(MEETING_STATES.map((state) => [state, state])) as {
  [K in MeetingState]: K;
};
registerEnumType(MeetingStateEnum, {
  name: 'MeetingState',
  description: 'COMING until it starts, HELD once it has started, CANCELLED when its booking was called off.',
});

/**
 * A meeting as the API hands it out: its own row with what its booking says of room, time and whether it was
 * called off. This is the `@Root()` of every `NetworkMeeting` field resolver (this folder's and the agenda's).
 */
export interface NetworkMeetingView extends Omit<NetworkMeeting, 'booking'> {
  start: Date;
  end: Date;
  roomId: string;
  /** The booking was cancelled: the meeting is called off. */
  cancelled: boolean;
}

@ObjectType('NetworkMeeting', { description: 'A meeting of all MOs, held in a room through a booking of the centre.' })
export class NetworkMeetingType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => String)
  description!: string;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date, { description: 'Exclusive end.' })
  end!: Date;

  @Field(() => Date, { description: 'Until when MOs may put topics on the agenda; not after start.' })
  agendaDeadline!: Date;

  @Field(() => [String], { description: 'BCP 47 tags of the languages the centre offers interpretation into.' })
  interpretationLanguages!: string[];

  @Field(() => Int, { description: 'Goes up with every change of the meeting; updateNetworkMeeting may expect it.' })
  version!: number;
}

@ObjectType('MeetingResponse', { description: 'One MO’s answer to a meeting; any of its members gives or changes it.' })
export class MeetingResponseType {
  @Field(() => ID)
  id!: string;

  @Field(() => Boolean)
  attending!: boolean;

  @Field(() => Int, { description: '0 when not attending.' })
  people!: number;

  @Field(() => [String], { description: 'BCP 47 tags of the languages someone of the MO needs interpretation into.' })
  interpretation!: string[];

  @Field(() => Date)
  updatedAt!: Date;
}

@ObjectType('LanguageNeed', { description: 'How many MOs, and how many of their people coming, need interpretation into a language.' })
export class LanguageNeedType {
  @Field(() => String)
  language!: string;

  @Field(() => Int)
  organizations!: number;

  @Field(() => Int)
  people!: number;
}

@ObjectType('NetworkMeetingAbilities', {
  description: 'What the viewer may do with this meeting now, by the policy and the meeting’s state; the server still checks each step.',
})
export class NetworkMeetingAbilitiesType {
  @Field(() => Boolean, { description: 'Answer for their MO (before the meeting starts).' })
  respond!: boolean;

  @Field(() => Boolean, { description: 'Put a topic on the agenda (before the deadline).' })
  proposeAgendaItem!: boolean;

  @Field(() => Boolean, { description: 'Change, cancel, decide on the agenda.' })
  manage!: boolean;

  @Field(() => Boolean, { description: 'Publish the minutes (once the meeting has started).' })
  publishMinutes!: boolean;
}

@InputType('NetworkMeetingInput')
export class NetworkMeetingInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => String)
  title!: string;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { description: 'Not after start.' })
  agendaDeadline!: Date;

  @Field(() => [String], { nullable: true, description: 'BCP 47 tags, at most 20.' })
  interpretationLanguages?: string[] | null;

  @Field(() => Int, {
    nullable: true,
    description: 'A series: a meeting every this many weeks (1..12), at the same wall time of the house. With repeatCount.',
  })
  repeatEveryWeeks?: number | null;

  @Field(() => Int, { nullable: true, description: 'How many meetings the series has (2..12), the first included.' })
  repeatCount?: number | null;
}

@InputType('UpdateNetworkMeetingInput', { description: 'Only the fields given change.' })
export class UpdateNetworkMeetingInput {
  @Field(() => ID, { nullable: true })
  roomId?: string | null;

  @Field(() => Date, { nullable: true })
  start?: Date | null;

  @Field(() => Date, { nullable: true })
  end?: Date | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => String, { nullable: true })
  description?: string | null;

  @Field(() => Date, { nullable: true })
  agendaDeadline?: Date | null;

  @Field(() => [String], { nullable: true })
  interpretationLanguages?: string[] | null;
}

@InputType('MeetingResponseInput')
export class MeetingResponseInput {
  @Field(() => Boolean)
  attending!: boolean;

  @Field(() => Int, { nullable: true, description: 'How many come (1..500); ignored when not attending.' })
  people?: number | null;

  @Field(() => [String], { nullable: true, description: 'BCP 47 tags, at most 10; only when attending.' })
  interpretation?: string[] | null;
}

export const NetworkEntityEnum = Object.fromEntries(NETWORK_ENTITIES.map((entity) => [entity, entity])) as {
  [K in NetworkEntity]: K;
};
registerEnumType(NetworkEntityEnum, { name: 'NetworkEntity', description: 'What in the network changed.' });

@ObjectType('NetworkChange', {
  description:
    'A committed change of a meeting, an answer, the agenda, a decision or a proposal: a cue to refetch it. Carries no private fields.',
})
export class NetworkChangeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => NetworkEntityEnum)
  entity!: NetworkEntity;

  @Field(() => String, { description: 'CREATED, UPDATED, CANCELLED, DELETED as the change log has it.' })
  action!: string;

  @Field(() => ID, { nullable: true, description: 'The meeting to refetch (for a meeting, an answer, a topic, a decision).' })
  meetingId!: string | null;

  @Field(() => ID, { nullable: true, description: 'The proposal to refetch (for a proposal, or a topic made of one).' })
  proposalId!: string | null;

  @Field(() => ID)
  entityId!: string;
}
