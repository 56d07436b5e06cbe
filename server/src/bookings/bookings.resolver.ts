import { Arg, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import { changesFrom, draftFrom } from './booking-shape.js';
import { BookingType, CreateBookingInput, UpdateBookingInput } from './booking.types.js';
import { toBookingView, type BookingView } from './booking.view.js';
import { BookingSeriesType } from '../series/series.types.js';
import type { BookingSeries } from '../series/booking-series.entity.js';

@Resolver(() => BookingType)
export class BookingsResolver {
  @FieldResolver(() => BookingSeriesType, { nullable: true, description: 'The series this booking is a date of, if any.' })
  series(@Root() booking: BookingView, @Ctx() { loaders }: GraphQLContext): Promise<BookingSeries | null> | null {
    return booking.seriesId ? loaders.seriesById.load(booking.seriesId) : null;
  }

  @Query(() => [BookingType], {
    description:
      'Active bookings overlapping [from, to), at most 62 days; without login only PUBLIC ones. A range holding more than MAX_BOOKINGS_PER_ANSWER (10,000) bookings is refused with QUERY_TOO_COMPLEX, limit `bookings`: ask fewer houses.',
  })
  async bookings(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('locationIds', () => [ID], { nullable: true }) locationIds: string[] | null,
    @Arg('roomIds', () => [ID], { nullable: true }) roomIds: string[] | null,
    @Ctx() { services, viewer, bookingsRefusal }: GraphQLContext,
  ): Promise<BookingView[]> {
    if (bookingsRefusal) throw bookingsRefusal;
    const records = await services.bookings.listBookings(viewer, { from, to, locationIds, roomIds });
    return records.map((record) => toBookingView(record, viewer));
  }

  @Query(() => BookingType, { description: 'One booking; NOT_FOUND when it does not exist or is not visible.' })
  async booking(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<BookingView> {
    return toBookingView(await services.bookings.getBooking(viewer, id), viewer);
  }

  @Mutation(() => BookingType)
  async createBooking(
    @Arg('input', () => CreateBookingInput) input: CreateBookingInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    const record = await services.bookings.createBooking(viewer, draftFrom(input));
    return toBookingView(record, viewer);
  }

  @Mutation(() => BookingType, {
    description: 'Moves a booking to another room and/or time (drag and drop). `reason` (at most 300 characters) tells the MO why.',
  })
  async moveBooking(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('roomId', () => ID) roomId: string,
    @Arg('start', () => Date) start: Date,
    @Arg('end', () => Date) end: Date,
    @Arg('reason', () => String, { nullable: true })
    reason: string | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    const record = await services.bookings.moveBooking(viewer, { id, expectedVersion, roomId, start, end }, reason ?? null);
    return toBookingView(record, viewer);
  }

  @Mutation(() => BookingType)
  async updateBooking(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateBookingInput) input: UpdateBookingInput,
    @Arg('reason', () => String, { nullable: true })
    reason: string | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    const record = await services.bookings.updateBooking(viewer, id, expectedVersion, changesFrom(input), reason ?? null);
    return toBookingView(record, viewer);
  }

  @Mutation(() => BookingType)
  async cancelBooking(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('reason', () => String, { nullable: true })
    reason: string | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    return toBookingView(await services.bookings.cancelBooking(viewer, id, expectedVersion, reason ?? null), viewer);
  }
}
