import { GraphQLJSONObject } from 'graphql-scalars';
import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { CHANGE_ENTITIES } from '../changes/change-log.js';

export const ChangeEntityEnum = Object.fromEntries(CHANGE_ENTITIES.map((entity) => [entity, entity])) as {
  [K in (typeof CHANGE_ENTITIES)[number]]: K;
};
registerEnumType(ChangeEntityEnum, { name: 'ChangeEntity', description: 'What a change-log entry is about.' });

@ObjectType('AuditActor')
export class AuditActorType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'The person’s name now; for an erased person their pseudonym ("P-…").' })
  name!: string;

  @Field(() => Boolean, { description: 'The person was erased (GDPR Art. 17): `name` is a pseudonym, the same in every entry.' })
  erased!: boolean;
}

@ObjectType('AuditEntry', { description: 'One change: who, when, what, and the entity before and after it.' })
export class AuditEntryType {
  @Field(() => String, { description: 'Position in the change log; pass as `after` for the next, older page.' })
  cursor!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => AuditActorType, { nullable: true, description: 'Null for changes made by the system (or by someone since deleted).' })
  actor!: AuditActorType | null;

  @Field(() => ChangeEntityEnum)
  entity!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => String, {
    description:
      'CREATED, UPDATED, CANCELLED, DEACTIVATED, REACTIVATED, INVITED, INVITATION_REVOKED, PASSWORD_RESET_ISSUED, PASSWORD_CHANGED, ' +
      'DELETED or ERASED (a person or MO erased: its personal fields in every entry are its pseudonym since).',
  })
  action!: string;

  @Field(() => GraphQLJSONObject, { nullable: true })
  before!: Record<string, unknown> | null;

  @Field(() => GraphQLJSONObject)
  after!: Record<string, unknown>;

  @Field(() => String, {
    nullable: true,
    description: 'Why, as the person who made the change wrote it (moving or cancelling another MO’s booking).',
  })
  reason!: string | null;
}

@ObjectType('AuditPage')
export class AuditPageType {
  @Field(() => [AuditEntryType])
  entries!: AuditEntryType[];

  @Field(() => Boolean)
  hasMore!: boolean;
}

@InputType('AuditFilter', { description: 'Every field is optional; given ones must all match.' })
export class AuditFilterInput {
  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => ID, { nullable: true })
  roomId?: string | null;

  @Field(() => ID, { nullable: true })
  actorId?: string | null;
}
