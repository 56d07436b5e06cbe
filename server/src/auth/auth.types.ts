import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { OrganizationType } from '../organizations/organization.types.js';

export const RoleEnum = { STAFF: 'STAFF', MEMBER: 'MEMBER' } as const;
registerEnumType(RoleEnum, { name: 'Role', description: 'STAFF runs the houses; MEMBER belongs to one MO.' });

@ObjectType('User')
export class UserType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  email!: string;

  @Field(() => RoleEnum)
  role!: string;

  @Field(() => OrganizationType, { nullable: true })
  organization!: OrganizationType | null;

  @Field(() => Boolean)
  active!: boolean;
}
