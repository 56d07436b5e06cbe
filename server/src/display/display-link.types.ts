import { Field, ID, ObjectType } from 'type-graphql';

@ObjectType('DisplayLink', { description: 'A link for a wall display at one location.' })
export class DisplayLinkType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => String)
  label!: string;

  @Field(() => [String], { description: 'One to three languages the screen shows side by side (BCP 47).' })
  languages!: string[];

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  revokedAt!: Date | null;
}

@ObjectType('CreatedDisplayLink')
export class CreatedDisplayLinkType {
  @Field(() => DisplayLinkType)
  link!: DisplayLinkType;

  @Field(() => String, { description: 'The secret token; shown only now. The screen opens /display/<locationId>?token=<token>.' })
  token!: string;

  @Field(() => String, { description: 'Path to open on the screen, including the token.' })
  path!: string;
}
