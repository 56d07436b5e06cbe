import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { readableLocationIds } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { Location } from './location.entity.js';
import { LocationType, RoomType } from './location.types.js';
import type { Room } from './room.entity.js';

@Resolver(() => LocationType)
export class LocationsResolver {
  @Query(() => [LocationType], { description: 'All locations with their active rooms, in display order; a wall display gets its own.' })
  locations(@Ctx() context: GraphQLContext): Promise<Location[]> {
    return context.services.locations.listLocations(readableLocationIds(context.viewer));
  }

  @FieldResolver(() => [RoomType])
  rooms(@Root() location: Location, @Ctx() context: GraphQLContext): Promise<Room[]> | Room[] {
    return location.rooms ?? context.loaders.roomsByLocation.load(location.id);
  }
}

@Resolver(() => RoomType)
export class RoomResolver {
  @FieldResolver(() => LocationType)
  location(@Root() room: Room, @Ctx() context: GraphQLContext): Promise<Location> | Location {
    return room.location ?? context.loaders.locationById.load(room.locationId);
  }
}
