import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

@ObjectType('CheckInSettings', { description: 'Whether a house requires check-in, and how long after the start a booking waits for it.' })
export class CheckInSettingsType {
  @Field(() => ID)
  locationId!: string;

  @Field(() => Boolean, { description: 'Bookings not checked in within the grace period are released for others.' })
  required!: boolean;

  @Field(() => Int, { description: 'Minutes after the start (or after the booking was made, if later); 5 to 120.' })
  graceMinutes!: number;
}

@InputType('CheckInSettingsInput')
export class CheckInSettingsInput {
  @Field(() => Boolean)
  required!: boolean;

  @Field(() => Int)
  graceMinutes!: number;
}
