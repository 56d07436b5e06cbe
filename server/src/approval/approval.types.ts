import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BookingType } from '../bookings/booking.types.js';
import { APPROVAL_REASONS } from './approval-rules.js';

export const ApprovalReasonEnum = Object.fromEntries(APPROVAL_REASONS.map((reason) => [reason, reason])) as {
  [K in (typeof APPROVAL_REASONS)[number]]: K;
};
registerEnumType(ApprovalReasonEnum, {
  name: 'ApprovalReason',
  description:
    'Why a booking waits for staff: ALWAYS, ATTENDEES (at least minAttendees people), WEEKEND, LONG_SERIES (more dates than seriesLongerThan), FIRST_BOOKINGS (an MO new to the centre).',
});

@ObjectType('ApprovalRuleSet', {
  description:
    'Which bookings of MO members need staff’s approval, for a room, a house, or (both ids null) the whole centre. The most specific set applies.',
})
export class ApprovalRuleSetType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  locationId!: string | null;

  @Field(() => ID, { nullable: true })
  roomId!: string | null;

  @Field(() => Boolean)
  always!: boolean;

  @Field(() => Int, { nullable: true, description: 'Events for at least this many people.' })
  minAttendees!: number | null;

  @Field(() => Boolean, { description: 'Bookings on Saturdays and Sundays (house time).' })
  onWeekends!: boolean;

  @Field(() => Int, { nullable: true, description: 'Series of more dates than this.' })
  seriesLongerThan!: number | null;

  @Field(() => Int, { nullable: true, description: 'An MO’s bookings until it has this many confirmed.' })
  firstBookings!: number | null;

  @Field(() => Date)
  updatedAt!: Date;
}

@InputType('ApprovalRulesInput')
export class ApprovalRulesInput {
  @Field(() => Boolean)
  always!: boolean;

  @Field(() => Int, { nullable: true })
  minAttendees!: number | null;

  @Field(() => Boolean)
  onWeekends!: boolean;

  @Field(() => Int, { nullable: true })
  seriesLongerThan!: number | null;

  @Field(() => Int, { nullable: true })
  firstBookings!: number | null;
}

@ObjectType('BookingRequest', { description: 'A booking waiting for staff, with what they need to decide it.' })
export class BookingRequestType {
  @Field(() => BookingType)
  booking!: BookingType;

  @Field(() => [ApprovalReasonEnum], { description: 'Why it needs approval, by today’s rules.' })
  reasons!: string[];

  @Field(() => Int, { nullable: true, description: 'For a date of a series: how many of its dates wait.' })
  seriesRequested!: number | null;

  @Field(() => Int, { description: 'The MO’s confirmed bookings over the last 90 days.' })
  organizationConfirmed!: number;

  @Field(() => Int, { description: 'The MO’s bookings released over the last 90 days because nobody checked in.' })
  organizationReleased!: number;

  @Field(() => Int, { description: 'The MO’s requests declined over the last 90 days.' })
  organizationDeclined!: number;
}
