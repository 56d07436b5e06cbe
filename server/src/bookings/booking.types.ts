import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RoomType } from '../locations/location.types.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { BOOKING_CATEGORIES, BOOKING_STATUSES, BOOKING_VISIBILITIES, CHANGE_KINDS } from './booking.enums.js';

function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((value) => [value, value])) as { [K in T]: K };
}

export const BookingCategoryEnum = enumObject(BOOKING_CATEGORIES);
export const BookingVisibilityEnum = enumObject(BOOKING_VISIBILITIES);
export const BookingStatusEnum = enumObject(BOOKING_STATUSES);
export const ChangeKindEnum = enumObject(CHANGE_KINDS);

registerEnumType(BookingCategoryEnum, { name: 'BookingCategory', description: 'What the room is used for.' });
registerEnumType(BookingVisibilityEnum, {
  name: 'BookingVisibility',
  description: 'PUBLIC: may be shown to anyone. MEMBERS (default): signed-in users. PRIVATE: others see only that the room is taken.',
});
registerEnumType(BookingStatusEnum, { name: 'BookingStatus' });
registerEnumType(ChangeKindEnum, { name: 'ChangeKind' });

@ObjectType('Booking', {
  description: 'A booking as the viewer may see it. Fields the viewer may not see are null and `redacted` is true.',
})
export class BookingType {
  @Field(() => ID)
  id!: string;

  @Field(() => RoomType)
  room!: RoomType;

  @Field(() => OrganizationType, { nullable: true })
  organization!: OrganizationType | null;

  @Field(() => String, { nullable: true })
  title!: string | null;

  @Field(() => BookingCategoryEnum, { nullable: true })
  category!: string | null;

  @Field(() => Date, { description: 'Inclusive start.' })
  start!: Date;

  @Field(() => Date, { description: 'Exclusive end: a booking ending at 10:00 and one starting at 10:00 do not overlap.' })
  end!: Date;

  @Field(() => BookingStatusEnum)
  status!: string;

  @Field(() => BookingVisibilityEnum)
  visibility!: string;

  @Field(() => Int, { nullable: true })
  expectedAttendees!: number | null;

  @Field(() => String, { nullable: true, description: 'Only for staff and the booking’s own MO.' })
  notes!: string | null;

  @Field(() => Int, { description: 'Send back as expectedVersion when changing the booking.' })
  version!: number;

  @Field(() => Date)
  updatedAt!: Date;

  @Field(() => Boolean, { description: 'True when title, organisation and details are hidden from the viewer.' })
  redacted!: boolean;

  @Field(() => Boolean, { description: 'Whether the viewer may move, change or cancel it.' })
  canManage!: boolean;
}

@InputType('CreateBookingInput')
export class CreateBookingInput {
  @Field(() => ID)
  roomId!: string;

  @Field(() => ID)
  organizationId!: string;

  @Field(() => String)
  title!: string;

  @Field(() => BookingCategoryEnum)
  category!: (typeof BOOKING_CATEGORIES)[number];

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => BookingVisibilityEnum, { defaultValue: 'MEMBERS' })
  visibility!: (typeof BOOKING_VISIBILITIES)[number];

  @Field(() => Int, { nullable: true })
  expectedAttendees?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@InputType('UpdateBookingInput', { description: 'Only the fields given change.' })
export class UpdateBookingInput {
  @Field(() => ID, { nullable: true })
  roomId?: string | null;

  @Field(() => ID, { nullable: true })
  organizationId?: string | null;

  @Field(() => String, { nullable: true })
  title?: string | null;

  @Field(() => BookingCategoryEnum, { nullable: true })
  category?: (typeof BOOKING_CATEGORIES)[number] | null;

  @Field(() => Date, { nullable: true })
  start?: Date | null;

  @Field(() => Date, { nullable: true })
  end?: Date | null;

  @Field(() => BookingVisibilityEnum, { nullable: true })
  visibility?: (typeof BOOKING_VISIBILITIES)[number] | null;

  @Field(() => Int, { nullable: true })
  expectedAttendees?: number | null;

  @Field(() => String, { nullable: true })
  notes?: string | null;
}

@ObjectType('BookingChange', { description: 'One entry of the change log, as delivered to subscribers.' })
export class BookingChangeType {
  @Field(() => String, { description: 'Position in the change log; pass as `after` to resume.' })
  cursor!: string;

  @Field(() => ChangeKindEnum)
  kind!: string;

  @Field(() => ID)
  bookingId!: string;

  @Field(() => BookingType, {
    nullable: true,
    description: 'The booking after the change; null when the viewer may no longer see it (remove it).',
  })
  booking!: BookingType | null;

  @Field(() => Date)
  occurredAt!: Date;
}
