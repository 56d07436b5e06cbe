import type { GraphQLScalarType } from 'graphql';
import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { RoomType } from '../locations/location.types.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { BOOKING_CATEGORIES, BOOKING_STATUSES, BOOKING_VISIBILITIES, CHANGE_KINDS } from './booking.enums.js';
import {
  DRAFT_FIELD_NAMES,
  SHOWN_FIELD_NAMES,
  fieldSpec,
  isNullableInApi,
  type BookingDraft,
  type DraftFieldName,
  type FieldKind,
  type ShownFields,
} from './booking-shape.js';

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
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed by the interface below, fields registered from the shape
export class BookingType {
  @Field(() => RoomType)
  room!: RoomType;

  @Field(() => OrganizationType, { nullable: true })
  organization!: OrganizationType | null;

  @Field(() => Boolean, { description: 'True when title, organisation and details are hidden from the viewer.' })
  redacted!: boolean;

  @Field(() => Boolean, { description: 'Whether the viewer may move, change or cancel it.' })
  canManage!: boolean;
}

@InputType('CreateBookingInput')
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed by the interface below, fields registered from the shape
export class CreateBookingInput {}

@InputType('UpdateBookingInput', { description: 'Only the fields given change.' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- typed by the interface below, fields registered from the shape
export class UpdateBookingInput {}

// the fields people see and write come from the booking's shape
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface BookingType extends ShownFields {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface CreateBookingInput extends BookingDraftInput {}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface UpdateBookingInput extends BookingDraftInput {}

/** As GraphQL hands an input over: fields not given are absent, optional ones may be null. */
type BookingDraftInput = { [K in DraftFieldName]?: BookingDraft[K] | null };

const GRAPHQL_TYPES: Record<FieldKind, () => GraphQLScalarType | object> = {
  uuid: () => ID,
  text: () => String,
  integer: () => Int,
  instant: () => Date,
  category: () => BookingCategoryEnum,
  status: () => BookingStatusEnum,
  visibility: () => BookingVisibilityEnum,
};

for (const name of SHOWN_FIELD_NAMES) {
  const spec = fieldSpec(name);
  Field(GRAPHQL_TYPES[spec.kind], { nullable: isNullableInApi(name), description: spec.about })(BookingType.prototype, name);
}
for (const name of DRAFT_FIELD_NAMES) {
  const spec = fieldSpec(name);
  const defaultValue = typeof spec.draft === 'object' ? spec.draft.default : undefined;
  Field(GRAPHQL_TYPES[spec.kind], {
    nullable: spec.draft === 'optional',
    ...(defaultValue === undefined ? {} : { defaultValue }),
  })(CreateBookingInput.prototype, name);
}
registerChangeFields(UpdateBookingInput, DRAFT_FIELD_NAMES);

/** Registers draft fields on an input of changes ("only the fields given change"): each optional. */
export function registerChangeFields(input: { prototype: object }, names: readonly DraftFieldName[]): void {
  for (const name of names) Field(GRAPHQL_TYPES[fieldSpec(name).kind], { nullable: true })(input.prototype, name);
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

  @Field(() => Int, {
    description: 'How many changes of the same write follow this one (the other dates of a series): apply them together when it reaches 0.',
  })
  batchRemaining!: number;

  @Field(() => Boolean, { description: 'Whether a member of staff made the change (for the notice: "the team moved …").' })
  byStaff!: boolean;

  @Field(() => ID, { nullable: true, description: 'Who made the change, for staff and the booking’s MO; a screen skips its own changes.' })
  actorId!: string | null;

  @Field(() => String, { nullable: true, description: 'Why, as the person who made the change wrote it; for staff and the booking’s MO.' })
  reason!: string | null;
}
