import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { COACHING_CHANGE_KINDS, type CoachingChangeKind } from './coaching-changes.js';
import { CoachingRequestType } from './coaching.types.js';

export const CoachingChangeKindEnum = Object.fromEntries(COACHING_CHANGE_KINDS.map((kind) => [kind, kind])) as {
  [K in CoachingChangeKind]: K;
};
registerEnumType(CoachingChangeKindEnum, { name: 'CoachingChangeKind', description: 'What happened to a coaching request.' });

@ObjectType('CoachingChange', {
  description: 'A committed change of a coaching request the viewer may read: a cue to refetch it. Carries no text.',
})
export class CoachingChangeType {
  @Field(() => ID)
  requestId!: string;

  @Field(() => String)
  cursor!: string;

  @Field(() => CoachingChangeKindEnum)
  kind!: CoachingChangeKind;
}

@ObjectType('CoachingNotice', { description: 'Someone else changed a coaching request you take part in.' })
export class CoachingNoticeType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Boolean)
  read!: boolean;

  @Field(() => CoachingChangeKindEnum)
  kind!: CoachingChangeKind;

  @Field(() => CoachingRequestType, { description: 'The request as it is now.' })
  request!: CoachingRequestType;

  @Field(() => Boolean, { description: 'Made by a member of staff.' })
  byStaff!: boolean;
}
