import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ROOM_FEATURES } from './room.entity.js';

export const RoomFeatureEnum = Object.fromEntries(ROOM_FEATURES.map((feature) => [feature, feature])) as {
  [K in (typeof ROOM_FEATURES)[number]]: K;
};
registerEnumType(RoomFeatureEnum, { name: 'RoomFeature', description: 'What a room offers.' });

@ObjectType('OpeningHours', { description: 'Opening hours of one weekday, in the location’s local time.' })
export class OpeningHoursType {
  @Field(() => Int, { description: 'ISO weekday: Monday = 1 … Sunday = 7.' })
  weekday!: number;

  @Field(() => String, { description: '"HH:MM" local time.' })
  opens!: string;

  @Field(() => String, { description: '"HH:MM" local time; "24:00" means midnight.' })
  closes!: string;
}

@ObjectType('Room')
export class RoomType {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  locationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => [RoomFeatureEnum])
  features!: string[];

  @Field(() => String, { description: 'Hex colour, e.g. #3b7dd8.' })
  colour!: string;

  @Field(() => Int)
  sortOrder!: number;
}

@ObjectType('Location')
export class LocationType {
  @Field(() => ID)
  id!: string;

  @Field(() => String)
  name!: string;

  @Field(() => String)
  address!: string;

  @Field(() => String, { description: 'IANA time zone, e.g. Europe/Berlin.' })
  timeZone!: string;

  @Field(() => [OpeningHoursType])
  openingHours!: OpeningHoursType[];

  @Field(() => Int)
  sortOrder!: number;
}
