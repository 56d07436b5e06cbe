import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { BookingDraft } from './booking.service.js';
import { BookingType, CreateBookingInput, UpdateBookingInput } from './booking.types.js';
import { toBookingView, type BookingView } from './booking.view.js';

@Resolver(() => BookingType)
export class BookingsResolver {
  @Query(() => [BookingType], {
    description: 'Active bookings overlapping [from, to), at most 62 days; without login only PUBLIC ones.',
  })
  async bookings(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('locationIds', () => [ID], { nullable: true }) locationIds: string[] | null,
    @Arg('roomIds', () => [ID], { nullable: true }) roomIds: string[] | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView[]> {
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
    const record = await services.bookings.createBooking(viewer, {
      roomId: input.roomId,
      organizationId: input.organizationId,
      title: input.title,
      category: input.category,
      start: input.start,
      end: input.end,
      visibility: input.visibility,
      expectedAttendees: input.expectedAttendees ?? null,
      notes: input.notes ?? null,
    });
    return toBookingView(record, viewer);
  }

  @Mutation(() => BookingType, { description: 'Moves a booking to another room and/or time (drag and drop).' })
  async moveBooking(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('roomId', () => ID) roomId: string,
    @Arg('start', () => Date) start: Date,
    @Arg('end', () => Date) end: Date,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    const record = await services.bookings.moveBooking(viewer, { id, expectedVersion, roomId, start, end });
    return toBookingView(record, viewer);
  }

  @Mutation(() => BookingType)
  async updateBooking(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Arg('input', () => UpdateBookingInput) input: UpdateBookingInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    const record = await services.bookings.updateBooking(viewer, id, expectedVersion, toChanges(input));
    return toBookingView(record, viewer);
  }

  @Mutation(() => BookingType)
  async cancelBooking(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int) expectedVersion: number,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    return toBookingView(await services.bookings.cancelBooking(viewer, id, expectedVersion), viewer);
  }
}

/** Absent or null means "keep" for required fields; for the optional ones an explicit null clears them. */
function toChanges(input: UpdateBookingInput): Partial<BookingDraft> {
  const changes: Partial<BookingDraft> = {};
  if (input.roomId != null) changes.roomId = input.roomId;
  if (input.organizationId != null) changes.organizationId = input.organizationId;
  if (input.title != null) changes.title = input.title;
  if (input.category != null) changes.category = input.category;
  if (input.start != null) changes.start = input.start;
  if (input.end != null) changes.end = input.end;
  if (input.visibility != null) changes.visibility = input.visibility;
  if (input.expectedAttendees !== undefined) changes.expectedAttendees = input.expectedAttendees;
  if (input.notes !== undefined) changes.notes = input.notes;
  return changes;
}
