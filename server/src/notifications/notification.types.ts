import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { BookingType, ChangeKindEnum } from '../bookings/booking.types.js';
import { STATUS_NEWS } from '../bookings/status-news.js';

export const StatusNewsEnum = Object.fromEntries(STATUS_NEWS.map((news) => [news, news])) as { [K in (typeof STATUS_NEWS)[number]]: K };
registerEnumType(StatusNewsEnum, {
  name: 'StatusNews',
  description: 'A decision about a booking: staff approved or declined it, it lapsed, nobody checked in, or the waiting list offers it.',
});

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

  @Field(() => StatusNewsEnum, { nullable: true, description: 'Set when the change was a decision about the booking (issue 29).' })
  news!: string | null;

  @Field(() => BookingType, { description: 'The booking as it is now.' })
  booking!: BookingType;

  @Field(() => PreviousPlaceType, { nullable: true })
  previous!: PreviousPlaceType | null;
}
