import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationType } from '../organizations/organization.types.js';
import { COACHING_STATUSES, COACHING_TOPICS, type CoachingStatus, type CoachingTopic } from './coaching.enums.js';
import type { CoachDraft } from './coaches.service.js';

export const CoachingTopicEnum = Object.fromEntries(COACHING_TOPICS.map((topic) => [topic, topic])) as {
  [K in CoachingTopic]: K;
};
registerEnumType(CoachingTopicEnum, { name: 'CoachingTopic', description: 'What an MO wants help with.' });

export const CoachingStatusEnum = Object.fromEntries(COACHING_STATUSES.map((status) => [status, status])) as {
  [K in CoachingStatus]: K;
};
registerEnumType(CoachingStatusEnum, {
  name: 'CoachingStatus',
  description:
    'REQUESTED (waiting for a coach), ASSIGNED, SCHEDULED (a session is set), CLOSED (with its outcome), DECLINED (with a reason).',
});

@ObjectType('CoachingAvailability', { description: 'A span of a weekday (1 = Monday … 7 = Sunday) in Leipzig wall time.' })
export class CoachingAvailabilityType {
  @Field(() => Int)
  weekday!: number;

  @Field(() => String, { description: '"HH:MM"' })
  from!: string;

  @Field(() => String, { description: '"HH:MM", after from' })
  to!: string;
}

@InputType('CoachingAvailabilityInput')
export class CoachingAvailabilityInput {
  @Field(() => Int)
  weekday!: number;

  @Field(() => String)
  from!: string;

  @Field(() => String)
  to!: string;
}

@ObjectType('Coach')
export class CoachType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => [CoachingTopicEnum])
  topics!: CoachingTopic[];

  @Field(() => [String], { description: 'BCP 47 tags.' })
  languages!: string[];

  @Field(() => Boolean)
  active!: boolean;
}

@ObjectType('CoachingMessage', { description: 'A note on a request; a staff-only one reaches staff and the coach, never the MO.' })
export class CoachingMessageType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  text!: string;

  @Field(() => Boolean)
  staffOnly!: boolean;

  @Field(() => String, { nullable: true, description: 'Who wrote it; null when that person was removed.' })
  authorName!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

@ObjectType('CoachingRequestAbilities', {
  description: 'What the viewer may do on this request now, by the policy and the request’s state; the server still checks each step.',
})
export class CoachingRequestAbilitiesType {
  @Field(() => Boolean, { description: 'Add a message.' })
  message!: boolean;

  @Field(() => Boolean, { description: 'Add a message for staff only.' })
  writeStaffOnly!: boolean;

  @Field(() => Boolean, { description: 'Schedule a session.' })
  schedule!: boolean;

  @Field(() => Boolean, { description: 'Move or cancel a session to come.' })
  moveOrCancelSessions!: boolean;

  @Field(() => Boolean, { description: 'Close the request with how it went.' })
  close!: boolean;

  @Field(() => Boolean, { description: 'Assign a coach (again).' })
  assign!: boolean;

  @Field(() => Boolean, { description: 'Decline the request with a reason.' })
  decline!: boolean;
}

@ObjectType('CoachingRequest')
export class CoachingRequestType {
  @Field(() => ID)
  id!: string;

  @Field(() => OrganizationType)
  organization!: OrganizationType;

  @Field(() => CoachingTopicEnum)
  topic!: CoachingTopic;

  @Field(() => String, { description: 'What the MO needs, in its own words.' })
  text!: string;

  @Field(() => [String], { description: 'Languages the MO can be coached in (BCP 47).' })
  languages!: string[];

  @Field(() => [CoachingAvailabilityType])
  availability!: CoachingAvailabilityType[];

  @Field(() => Date, { nullable: true, description: 'When help is needed by (a funding call), if at all.' })
  deadline!: Date | null;

  @Field(() => CoachingStatusEnum)
  status!: CoachingStatus;

  @Field(() => CoachType, { nullable: true })
  coach!: CoachType | null;

  @Field(() => String, { nullable: true })
  declineReason!: string | null;

  @Field(() => String, { nullable: true, description: 'How it went, in the words of whoever closed it.' })
  outcome!: string | null;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType('CoachingRequestInput')
export class CoachingRequestInput {
  @Field(() => ID, { description: 'A member’s own MO; staff may ask for any.' })
  organizationId!: string;

  @Field(() => CoachingTopicEnum)
  topic!: CoachingTopic;

  @Field(() => String)
  text!: string;

  @Field(() => [String])
  languages!: string[];

  @Field(() => [CoachingAvailabilityInput], { nullable: true })
  availability?: CoachingAvailabilityInput[] | null;

  @Field(() => Date, { nullable: true })
  deadline?: Date | null;
}

@InputType('CoachInput')
export class CoachInput {
  @Field(() => String)
  name!: string;

  @Field(() => [CoachingTopicEnum])
  topics!: CoachingTopic[];

  @Field(() => [String])
  languages!: string[];

  @Field(() => String, { nullable: true, description: 'How staff reach the coach.' })
  contact?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'True when not given.' })
  active?: boolean | null;

  @Field(() => ID, { nullable: true, description: 'A person with the COACH role who signs in as this coach.' })
  userId?: string | null;
}

@InputType('UpdateCoachInput', { description: 'Only the fields given change; userId null unlinks the account.' })
export class UpdateCoachInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => [CoachingTopicEnum], { nullable: true })
  topics?: CoachingTopic[] | null;

  @Field(() => [String], { nullable: true })
  languages?: string[] | null;

  @Field(() => String, { nullable: true })
  contact?: string | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;

  @Field(() => ID, { nullable: true })
  userId?: string | null;
}

/**
 * The two coach inputs and the service's `CoachDraft` name the same fields (the update makes each optional):
 * this fails the build when a field is added to one of them only, which would otherwise be dropped on the way.
 */
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : false;
export const coachInputsAgree: [SameKeys<CoachInput, UpdateCoachInput>, SameKeys<CoachInput, CoachDraft>] = [true, true];

export const CoachingSessionStatusEnum = { SCHEDULED: 'SCHEDULED', CANCELLED: 'CANCELLED' } as const;
registerEnumType(CoachingSessionStatusEnum, { name: 'CoachingSessionStatus' });

@ObjectType('CoachingSession', { description: 'In a room (a PRIVATE booking of the MO: others see the room taken) or online.' })
export class CoachingSessionType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date, { description: 'Exclusive end.' })
  end!: Date;

  @Field(() => String, { nullable: true })
  onlineUrl!: string | null;

  @Field(() => CoachingSessionStatusEnum)
  status!: 'SCHEDULED' | 'CANCELLED';

  @Field(() => String, { nullable: true })
  cancelReason!: string | null;
}

@InputType('CoachingSessionInput', { description: 'Exactly one of roomId and onlineUrl (https).' })
export class CoachingSessionInput {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => ID, { nullable: true })
  roomId?: string | null;

  @Field(() => String, { nullable: true })
  onlineUrl?: string | null;
}
