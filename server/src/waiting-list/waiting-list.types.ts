import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DRAFT_FIELD_NAMES, type BookingDraft, type DraftFieldName } from '../bookings/booking-shape.js';
import { BookingType, CreateBookingInput, registerChangeFields } from '../bookings/booking.types.js';
import { RoomType } from '../locations/location.types.js';
import { OrganizationType } from '../organizations/organization.types.js';
import { WAITING_LIST_STATUSES, type WaitingListStatus } from './waiting-list.entity.js';

export const WaitingListStatusEnum = Object.fromEntries(WAITING_LIST_STATUSES.map((status) => [status, status])) as {
  [K in WaitingListStatus]: K;
};
registerEnumType(WaitingListStatusEnum, {
  name: 'WaitingListStatus',
  description:
    'WAITING in line; OFFERED a held booking to confirm in time; BOOKED once confirmed; DECLINED the offer; LEFT the list; EXPIRED (the offer lapsed or the date passed).',
});

@InputType('WaitingListInput', {
  description:
    'The booking you tried to make, for a slot that is taken: when it frees up, the first in line is offered it for a short time. For a date of a series, also the series and the date its rule gave.',
})
export class WaitingListInput extends CreateBookingInput {
  @Field(() => ID, { nullable: true })
  seriesId!: string | null;

  @Field(() => Date, { nullable: true, description: 'The date of the series (its occurrenceStart) the slot is for.' })
  occurrenceStart!: Date | null;
}

/** The booking an entry wants, apart from its place and MO (fields of their own below). */
const WISHED_FIELD_NAMES = DRAFT_FIELD_NAMES.filter(
  (name): name is Exclude<DraftFieldName, 'roomId' | 'organizationId' | 'start' | 'end'> =>
    name !== 'roomId' && name !== 'organizationId' && name !== 'start' && name !== 'end',
);
type WishedFields = { [K in (typeof WISHED_FIELD_NAMES)[number]]: BookingDraft[K] };

@ObjectType('WaitingListEntry', { description: 'Your MO waiting for a taken slot, with the booking it wants made.' })
// eslint-disable-next-line @typescript-eslint/no-unsafe-declaration-merging -- the booking's draft fields are registered from the shape
export class WaitingListEntryType {
  @Field(() => ID)
  id!: string;

  @Field(() => WaitingListStatusEnum)
  status!: WaitingListStatus;

  @Field(() => RoomType)
  room!: RoomType;

  @Field(() => OrganizationType)
  organization!: OrganizationType;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date, { description: 'Exclusive end.' })
  end!: Date;

  @Field(() => ID, { nullable: true })
  seriesId!: string | null;

  @Field(() => Date, { nullable: true })
  occurrenceStart!: Date | null;

  @Field(() => Int, { description: 'How many joined earlier and still wait for an overlapping slot of the room.' })
  ahead!: number;

  @Field(() => BookingType, {
    nullable: true,
    description: 'While OFFERED: the HELD booking kept for you until its expiresAt; confirm or decline it.',
  })
  offer!: BookingType | null;

  @Field(() => Date)
  joinedAt!: Date;
}
// eslint-disable-next-line @typescript-eslint/no-empty-object-type, @typescript-eslint/no-unsafe-declaration-merging
export interface WaitingListEntryType extends WishedFields {}
registerChangeFields(WaitingListEntryType, WISHED_FIELD_NAMES);
