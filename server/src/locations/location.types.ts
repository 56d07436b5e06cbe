import { Field, ID, InputType, Int, ObjectType, registerEnumType } from 'type-graphql';
import { ROOM_FEATURES } from './room.entity.js';

export const RoomFeatureEnum = Object.fromEntries(ROOM_FEATURES.map((feature) => [feature, feature])) as {
  [K in (typeof ROOM_FEATURES)[number]]: K;
};
registerEnumType(RoomFeatureEnum, { name: 'RoomFeature', description: 'What a room offers.' });

@ObjectType('OpeningHours', {
  description: 'One span of opening hours on a weekday, in the location’s local time; a weekday may have several, or none (closed).',
})
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

  @Field(() => Boolean, { description: 'A retired room takes no new bookings and is not shown in the calendar.' })
  active!: boolean;
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

  @Field(() => Boolean, { description: 'A retired house takes no bookings and is not shown in the calendar.' })
  active!: boolean;

  @Field(() => Boolean, { description: "Whether the house opens on Saxony's public holidays (closed on them by default)." })
  openOnPublicHolidays!: boolean;
}

@InputType('OpeningHoursInput')
export class OpeningHoursInput {
  @Field(() => Int, { description: 'ISO weekday: Monday = 1 … Sunday = 7.' })
  weekday!: number;

  @Field(() => String, { description: '"HH:MM"' })
  opens!: string;

  @Field(() => String, { description: '"HH:MM"; "24:00" means midnight.' })
  closes!: string;
}

@InputType('CreateLocationInput')
export class CreateLocationInput {
  @Field(() => String)
  name!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true, description: 'IANA time zone; Europe/Berlin when not given.' })
  timeZone?: string | null;

  @Field(() => [OpeningHoursInput], { nullable: true, description: 'Spans per weekday; a weekday without any is closed.' })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Open on Saxony's public holidays; closed on them when not given." })
  openOnPublicHolidays?: boolean | null;
}

@InputType('UpdateLocationInput', { description: 'Only the fields given change; `active: false` retires the house.' })
export class UpdateLocationInput {
  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  timeZone?: string | null;

  @Field(() => [OpeningHoursInput], { nullable: true })
  openingHours?: OpeningHoursInput[] | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true, description: "Open on Saxony's public holidays; closed on them when not given." })
  openOnPublicHolidays?: boolean | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}

@InputType('CreateRoomInput')
export class CreateRoomInput {
  @Field(() => ID)
  locationId!: string;

  @Field(() => String)
  name!: string;

  @Field(() => Int)
  capacity!: number;

  @Field(() => [RoomFeatureEnum], { nullable: true })
  features?: string[] | null;

  @Field(() => String, { nullable: true, description: 'Hex colour, e.g. #3b7dd8.' })
  colour?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;
}

@InputType('UpdateRoomInput', { description: 'Only the fields given change; `active: false` retires the room.' })
export class UpdateRoomInput {
  @Field(() => ID, { nullable: true })
  locationId?: string | null;

  @Field(() => String, { nullable: true })
  name?: string | null;

  @Field(() => Int, { nullable: true })
  capacity?: number | null;

  @Field(() => [RoomFeatureEnum], { nullable: true })
  features?: string[] | null;

  @Field(() => String, { nullable: true })
  colour?: string | null;

  @Field(() => Int, { nullable: true })
  sortOrder?: number | null;

  @Field(() => Boolean, { nullable: true })
  active?: boolean | null;
}
