import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('Organization', { description: 'A migrant organisation (MO) that uses the rooms.' })
export class OrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  shortName!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [String], { description: 'Languages the MO works in, as BCP 47 tags (ar, uk, fa, …).' })
  languages!: string[];

  @Field(() => Boolean, { description: 'Whether the profile may be shown to anyone, also without login.' })
  profilePublic!: boolean;
}
