import { Field, ID, ObjectType } from 'type-graphql';
import { BookingType, ChangeKindEnum } from '../bookings/booking.types.js';

@ObjectType('PreviousPlace', { description: 'Where and when a booking was before a change.' })
export class PreviousPlaceType {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => String)
  roomName!: string;

  @Field(() => String)
  houseName!: string;
}

@ObjectType('Notification', { description: 'Someone else changed or cancelled a booking of your MO (or one you made).' })
export class NotificationType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Boolean)
  read!: boolean;

  @Field(() => ChangeKindEnum)
  kind!: string;

  @Field(() => Boolean, { description: 'Made by a member of staff ("the team moved …").' })
  byStaff!: boolean;

  @Field(() => String, { nullable: true })
  reason!: string | null;

  @Field(() => BookingType, { description: 'The booking as it is now.' })
  booking!: BookingType;

  @Field(() => PreviousPlaceType, { nullable: true })
  previous!: PreviousPlaceType | null;
}
