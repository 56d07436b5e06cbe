import { Field, ObjectType, registerEnumType } from 'type-graphql';

export const CalendarFeedKindEnum = {
  HOUSE: 'HOUSE',
  ROOM: 'ROOM',
  ORGANIZATION: 'ORGANIZATION',
  PERSON: 'PERSON',
  EVERYTHING: 'EVERYTHING',
} as const;
registerEnumType(CalendarFeedKindEnum, {
  name: 'CalendarFeedKind',
  description: 'HOUSE and ROOM: public bookings. ORGANIZATION: your MO’s. PERSON: the ones you made. EVERYTHING: staff.',
});

@ObjectType('CalendarFeed', { description: 'An iCalendar address to subscribe to in a phone or desktop calendar.' })
export class CalendarFeedType {
  @Field(() => CalendarFeedKindEnum)
  kind!: string;

  @Field(() => String, { description: 'The house’s, room’s or MO’s name; empty for your own and for everything.' })
  label!: string;

  @Field(() => String, {
    nullable: true,
    description:
      'The full address. A private one only its owner sees, once: when it is made or renewed (it is kept as a hash); null afterwards. Renewing replaces it.',
  })
  url!: string | null;
}
