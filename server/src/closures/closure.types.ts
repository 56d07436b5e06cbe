import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { BookingType } from '../bookings/booking.types.js';
import { RoomType } from '../locations/location.types.js';
import type { ClosureBookingAction } from './closure-decisions.js';
import { PUBLIC_HOLIDAYS } from './public-holidays.js';

export const PublicHolidayEnum = Object.fromEntries(PUBLIC_HOLIDAYS.map((code) => [code, code])) as {
  [K in (typeof PUBLIC_HOLIDAYS)[number]]: K;
};
registerEnumType(PublicHolidayEnum, { name: 'PublicHoliday', description: "Saxony's public holidays; the client words each one." });

export const ClosedPeriodKindEnum = { PUBLIC_HOLIDAY: 'PUBLIC_HOLIDAY', CLOSURE: 'CLOSURE' } as const;
registerEnumType(ClosedPeriodKindEnum, { name: 'ClosedPeriodKind' });

@ObjectType('ClosedPeriod', { description: 'A time a house (or one room) takes no bookings: a public holiday or a closure.' })
export class ClosedPeriodType {
  @Field(() => ID, { description: 'The closure’s id, or holiday:<house>:<date>.' })
  id!: string;

  @Field(() => ClosedPeriodKindEnum)
  kind!: string;

  @Field(() => String, { description: 'The closure’s reason as staff wrote it, or the holiday’s official German name.' })
  name!: string;

  @Field(() => PublicHolidayEnum, { nullable: true })
  holiday!: string | null;

  @Field(() => String, { nullable: true, description: 'yyyy-mm-dd of a public holiday, in the house’s time zone.' })
  date!: string | null;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date, { description: 'Exclusive end.' })
  end!: Date;

  @Field(() => ID)
  locationId!: string;

  @Field(() => ID, { nullable: true, description: 'Null: the whole house.' })
  roomId!: string | null;
}

@ObjectType('OpenSpan', { description: 'A time a house is open without a break.' })
export class OpenSpanType {
  @Field(() => Date, { description: 'Before the moment asked about when the house is open then.' })
  start!: Date;

  @Field(() => Date, { description: 'Exclusive end.' })
  end!: Date;
}

@ObjectType('Closure', { description: 'A closure staff entered, with the bookings it lies over.' })
export class ClosureType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => ID, { nullable: true })
  roomId!: string | null;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => String)
  reason!: string;
}

@InputType('CreateClosureInput')
export class CreateClosureInput {
  @Field(() => ID)
  locationId!: string;

  @Field(() => ID, { nullable: true, description: 'Only this room; the whole house when not given.' })
  roomId?: string | null;

  @Field(() => Date, { description: 'Usually midnight of the first closed day, in the house’s time zone.' })
  start!: Date;

  @Field(() => Date, { description: 'Exclusive: midnight after the last closed day.' })
  end!: Date;

  @Field(() => String, { description: 'Shown in the calendar: "Weihnachtspause", "Renovierung Großer Saal".' })
  reason!: string;
}

export const ClosureBookingActionEnum = { MOVE: 'MOVE', CANCEL: 'CANCEL', KEEP: 'KEEP' } as const satisfies Record<
  ClosureBookingAction,
  ClosureBookingAction
>;
registerEnumType(ClosureBookingActionEnum, {
  name: 'ClosureBookingAction',
  description: 'What happens to a booking a closure lies over: moved to another room, cancelled with the closure’s reason, or kept.',
});

@InputType('ClosureDecisionInput', { description: 'What staff chose for one booking a closure lies over.' })
export class ClosureDecisionInput {
  @Field(() => ID)
  bookingId!: string;

  @Field(() => ClosureBookingActionEnum)
  action!: ClosureBookingAction;

  @Field(() => ID, { nullable: true, description: 'For MOVE: the room it moves to, at the same time.' })
  roomId?: string | null;
}

@ObjectType('ClosureAffectedBooking', { description: 'A booking a closure would lie over, with the rooms it could move to.' })
export class ClosureAffectedBookingType {
  @Field(() => BookingType)
  booking!: BookingType;

  @Field(() => [RoomType], {
    description: 'Active rooms of any house, free and open at the booking’s time and big enough, best first (the suggestion).',
  })
  suggestions!: RoomType[];
}
