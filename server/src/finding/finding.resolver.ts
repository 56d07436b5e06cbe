import { Arg, Ctx, ID, Int, Query, Resolver } from 'type-graphql';
import { BookingType } from '../bookings/booking.types.js';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import { LocalDateScalar } from '../graphql/local-date.scalar.js';
import type { Room } from '../locations/room.entity.js';
import { RoomFeatureEnum, RoomType } from '../locations/location.types.js';
import type { FreeSlot } from './finding.service.js';
import { FreeSlotType } from './finding.types.js';

@Resolver()
export class FindingResolver {
  @Query(() => [RoomType], {
    description:
      'Rooms free for the whole span [from, to): open then, not closed, no booking in the way; by capacity, features and houses.',
  })
  freeRooms(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('minCapacity', () => Int, { nullable: true }) minCapacity: number | null | undefined,
    @Arg('features', () => [RoomFeatureEnum], { nullable: true }) features: string[] | null | undefined,
    @Arg('locationIds', () => [ID], { nullable: true }) locationIds: string[] | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Room[]> {
    return services.finding.freeRooms(viewer, {
      from,
      to,
      minCapacity: minCapacity ?? null,
      features: features ?? [],
      locationIds: locationIds ?? null,
    });
  }

  @Query(() => [FreeSlotType], { description: 'The free spans of a day, of one room or every room, each at least minMinutes (15) long.' })
  freeSlots(
    @Arg('roomId', () => ID, { nullable: true }) roomId: string | null | undefined,
    @Arg('date', () => LocalDateScalar) date: string,
    @Arg('minMinutes', () => Int, { nullable: true }) minMinutes: number | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<FreeSlot[]> {
    return services.finding.freeSlots(viewer, { roomId: roomId ?? null, date, minMinutes: minMinutes ?? null });
  }

  @Query(() => [BookingType], { description: 'The coming bookings of your MO (staff: of every MO), soonest first.' })
  async myBookings(
    @Arg('from', () => Date, { nullable: true }) from: Date | null | undefined,
    @Arg('first', () => Int, { nullable: true }) first: number | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView[]> {
    return (await services.finding.myBookings(viewer, from ?? null, first ?? null)).map((record) => toBookingView(record, viewer));
  }

  @Query(() => [BookingType], {
    description: 'Bookings in [from, to) whose title or MO contains the text, among those you may read; at most 200.',
  })
  async searchBookings(
    @Arg('text', () => String) text: string,
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView[]> {
    return (await services.finding.searchBookings(viewer, { text, from, to })).map((record) => toBookingView(record, viewer));
  }
}
