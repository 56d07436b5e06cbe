import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { mayListRetired, readableLocationIds } from '../auth/policy.js';
import type { OpenSpan } from '../closures/next-opening.js';
import { OpenSpanType } from '../closures/closure.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Location } from './location.entity.js';
import { CreateLocationInput, CreateRoomInput, LocationType, RoomType, UpdateLocationInput, UpdateRoomInput } from './location.types.js';
import type { Room } from './room.entity.js';

@Resolver(() => LocationType)
export class LocationsResolver {
  @Query(() => [LocationType], {
    description: 'Houses with their active rooms, in display order; a wall display gets its own. Staff may include retired ones.',
  })
  locations(
    @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<Location[]> {
    return context.services.locations.listLocations(readableLocationIds(context.viewer), includeRetired && mayListRetired(context.viewer));
  }

  @FieldResolver(() => [RoomType], { description: 'Active rooms; staff may include retired ones.' })
  rooms(
    @Root() location: Location,
    @Arg('includeRetired', () => Boolean, { defaultValue: false }) includeRetired: boolean,
    @Ctx() context: GraphQLContext,
  ): Promise<Room[]> | Room[] {
    if (includeRetired && mayListRetired(context.viewer)) return context.loaders.allRoomsByLocation.load(location.id);
    return location.rooms?.filter((room) => room.active) ?? context.loaders.roomsByLocation.load(location.id);
  }

  @FieldResolver(() => OpenSpanType, {
    nullable: true,
    description:
      'The span in which the house is open at `from` (default: now), or else the next one: opening hours less its holidays and house-wide closures. Null when it stays closed for the next two months.',
  })
  nextOpening(
    @Root() location: Location,
    @Arg('from', () => Date, { nullable: true }) from: Date | null | undefined,
    @Ctx() context: GraphQLContext,
  ): Promise<OpenSpan | null> {
    return context.loaders.nextOpening.load({ location, from: from ?? null });
  }

  @Mutation(() => LocationType, { description: 'Staff only: a new house.' })
  createLocation(
    @Arg('input', () => CreateLocationInput) input: CreateLocationInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Location> {
    return services.directoryAdmin.createLocation(viewer, input);
  }

  @Mutation(() => LocationType, { description: 'Staff only. Retiring a house with future bookings is refused (HAS_FUTURE_BOOKINGS).' })
  updateLocation(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateLocationInput) input: UpdateLocationInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Location> {
    return services.directoryAdmin.updateLocation(viewer, id, input);
  }
}

@Resolver(() => RoomType)
export class RoomResolver {
  @FieldResolver(() => LocationType)
  location(@Root() room: Room, @Ctx() context: GraphQLContext): Promise<Location> | Location {
    return room.location ?? context.loaders.locationById.load(room.locationId);
  }

  @Mutation(() => RoomType, { description: 'Staff only: a new room in a house.' })
  createRoom(@Arg('input', () => CreateRoomInput) input: CreateRoomInput, @Ctx() { services, viewer }: GraphQLContext): Promise<Room> {
    return services.directoryAdmin.createRoom(viewer, input);
  }

  @Mutation(() => RoomType, { description: 'Staff only. Retiring a room with future bookings is refused (HAS_FUTURE_BOOKINGS).' })
  updateRoom(
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateRoomInput) input: UpdateRoomInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Room> {
    return services.directoryAdmin.updateRoom(viewer, id, input);
  }
}
