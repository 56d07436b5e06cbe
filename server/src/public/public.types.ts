import { Field, ID, Int, ObjectType } from 'type-graphql';
import { BookingCategoryEnum } from '../bookings/booking.types.js';
import { TranslatedText } from '../organizations/organization.types.js';

@ObjectType('RegularMeeting', { description: 'A weekly slot that comes back in an MO’s public bookings.' })
export class RegularMeetingType {
  @Field(() => Int, { description: 'ISO weekday, 1 = Monday.' })
  weekday!: number;

  @Field(() => String, { description: '"18:00", in the house’s time.' })
  startTime!: string;

  @Field(() => String)
  endTime!: string;

  @Field(() => String)
  roomName!: string;

  @Field(() => String)
  houseName!: string;

  @Field(() => String)
  address!: string;
}

@ObjectType('PublicEvent', { description: 'A public booking of an MO.' })
export class PublicEventType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  title!: string;

  @Field(() => BookingCategoryEnum)
  category!: string;

  @Field(() => Date)
  start!: Date;

  @Field(() => Date)
  end!: Date;

  @Field(() => String)
  roomName!: string;

  @Field(() => String)
  houseName!: string;
}

@ObjectType('PublicHouse', { description: 'A house where an MO’s public bookings take place.' })
export class PublicHouseType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  address!: string;
}

@ObjectType('PublicOrganization', {
  description: 'An MO as anyone may see it: only MOs with a public profile, only their public bookings.',
})
export class PublicOrganizationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String, { description: 'Also the page’s address: /mo/<shortName>.' })
  shortName!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  description!: string;

  @Field(() => [TranslatedText])
  descriptionTranslations!: TranslatedText[];

  @Field(() => [String])
  languages!: string[];

  @Field(() => String, { nullable: true })
  contactEmail!: string | null;

  @Field(() => String, { nullable: true })
  contactPhone!: string | null;

  @Field(() => [BookingCategoryEnum], { description: 'What they do, from their public bookings.' })
  categories!: string[];

  @Field(() => [RegularMeetingType])
  regularMeetings!: RegularMeetingType[];

  @Field(() => [PublicEventType], { description: 'Their next public bookings, at most five.' })
  nextEvents!: PublicEventType[];

  @Field(() => [PublicHouseType], {
    description: 'The houses of their public bookings in the coming half year, in display order; also with no weekly meeting.',
  })
  houses!: PublicHouseType[];
}
