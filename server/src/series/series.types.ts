import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { BookingType, CreateBookingInput, registerChangeFields } from '../bookings/booking.types.js';
import { PublicHolidayEnum } from '../closures/closure.types.js';
import { SERIES_FIELD_NAMES, type SeriesChangesInput } from './series-changes.js';

export const OccurrenceStatusEnum = {
  FREE: 'FREE',
  CONFLICT: 'CONFLICT',
  HOLIDAY: 'HOLIDAY',
  CLOSED: 'CLOSED',
  OUTSIDE_OPENING_HOURS: 'OUTSIDE_OPENING_HOURS',
} as const;
registerEnumType(OccurrenceStatusEnum, { name: 'OccurrenceStatus', description: 'Whether a date of a series can be booked, or why not.' });

export const OnConflictEnum = { FAIL: 'FAIL', SKIP: 'SKIP' } as const;
registerEnumType(OnConflictEnum, {
  name: 'OnConflict',
  description: 'FAIL: book nothing when a date is taken. SKIP: book the free dates and list the others.',
});

export const SeriesDateStatusEnum = { BOOKED: 'BOOKED', CANCELLED: 'CANCELLED', SKIPPED: 'SKIPPED' } as const;
registerEnumType(SeriesDateStatusEnum, { name: 'SeriesDateStatus', description: 'SKIPPED: a date of the rule that was never booked.' });

@ObjectType('BookingSeries', { description: 'Bookings that repeat by a rule; every date is a booking of its own.' })
export class BookingSeriesType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, {
    description: 'RFC 5545 RRULE without DTSTART (DTSTART is the first date’s start), e.g. FREQ=WEEKLY;BYDAY=TU;UNTIL=20270630T235959.',
  })
  rrule!: string;

  @Field(() => String, { description: 'The house’s time zone, in whose wall time the rule runs.' })
  timeZone!: string;

  @Field(() => Int, { description: 'Send back as expectedVersion when changing the series.' })
  version!: number;
}

@ObjectType('SeriesConflict', { description: 'A booking in the way of a date; title and MO only when the viewer may see them.' })
export class SeriesConflictType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => String, { nullable: true })
  organizationName!: string | null;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;
}

@ObjectType('SeriesOccurrence', { description: 'One date of a series: free, or why it cannot be booked.' })
export class SeriesOccurrenceType {
  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => OccurrenceStatusEnum)
  status!: string;

  @Field(() => String, { nullable: true, description: 'A closure’s reason as entered, or a holiday’s official name.' })
  reason!: string | null;

  @Field(() => PublicHolidayEnum, { nullable: true })
  holiday!: string | null;

  @Field(() => [SeriesConflictType])
  conflicting!: SeriesConflictType[];
}

@ObjectType('SeriesPreview')
export class SeriesPreviewType {
  @Field(() => [SeriesOccurrenceType])
  occurrences!: SeriesOccurrenceType[];
}

@ObjectType('CreateBookingSeriesResult')
export class CreateBookingSeriesResultType {
  @Field(() => BookingSeriesType)
  series!: BookingSeriesType;

  @Field(() => [BookingType])
  created!: BookingType[];

  @Field(() => [SeriesOccurrenceType], { description: 'Dates not booked, with the reason.' })
  skipped!: SeriesOccurrenceType[];
}

@ObjectType('BookingSeriesChange')
export class BookingSeriesChangeType {
  @Field(() => BookingSeriesType, { description: 'After a split ("this and following"), the new series of the changed dates.' })
  series!: BookingSeriesType;

  @Field(() => [BookingType], { description: 'The dates changed or cancelled.' })
  bookings!: BookingType[];
}

@ObjectType('SeriesDate', { description: 'A date of a series’ rule: booked, cancelled, or skipped (never booked).' })
export class SeriesDateType {
  @Field(() => Date, { description: 'The date the rule gives (RECURRENCE-ID), also when the booking was moved.' })
  occurrenceStart!: Date;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => SeriesDateStatusEnum)
  status!: string;

  @Field(() => BookingType, { nullable: true })
  booking!: BookingType | null;
}

@InputType('BookingSeriesInput', { description: 'A booking (its first date) and how it repeats.' })
export class BookingSeriesInput extends CreateBookingInput {
  @Field(() => String, { description: 'RRULE without DTSTART: FREQ DAILY, WEEKLY or MONTHLY, INTERVAL, BYDAY (2TU), COUNT or UNTIL.' })
  rrule!: string;
}

@InputType('UpdateBookingSeriesInput', { description: 'Only the fields given change; times are wall-clock "HH:MM" in the house.' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed by the interface below, fields registered from the shape
export class UpdateBookingSeriesInput {
  @Field(() => String, { nullable: true, description: '"18:30"' })
  startTime?: string | null;

  @Field(() => String, { nullable: true, description: '"20:30"; "24:00" is midnight.' })
  endTime?: string | null;
}

// the booking's fields a series change carries come from the booking's shape (see series-changes.ts)
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface UpdateBookingSeriesInput extends Omit<SeriesChangesInput, 'startTime' | 'endTime'> {}
registerChangeFields(UpdateBookingSeriesInput, SERIES_FIELD_NAMES);
