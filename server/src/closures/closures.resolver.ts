import { Arg, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { BookingType } from '../bookings/booking.types.js';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ClosedPeriod } from './closed-periods.js';
import type { Closure } from './closure.entity.js';
import type { Room } from '../locations/room.entity.js';
import { ClosedPeriodType, ClosureAffectedBookingType, ClosureDecisionInput, ClosureType, CreateClosureInput } from './closure.types.js';

@Resolver(() => ClosureType)
export class ClosuresResolver {
  @Query(() => [ClosedPeriodType], {
    description:
      'Public holidays (of houses that close on them) and closures touching [from, to), at most 800 days, of one house or all: when no booking can be made.',
  })
  holidays(
    @Arg('from', () => Date) from: Date,
    @Arg('to', () => Date) to: Date,
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<ClosedPeriod[]> {
    return services.closures.closedPeriods(viewer, from, to, locationId ?? null);
  }

  @Query(() => ClosureType, { description: 'Staff only: a closure with the bookings it lies over.' })
  closure(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<Closure> {
    return services.closures.find(viewer, id);
  }

  @FieldResolver(() => [BookingType], { description: 'Active bookings from now on that the closure lies over.' })
  async affectedBookings(@Root() closure: Closure, @Ctx() { services, viewer }: GraphQLContext): Promise<BookingView[]> {
    return (await services.closures.affectedBookings(closure)).map((record) => toBookingView(record, viewer));
  }

  @Query(() => [ClosureAffectedBookingType], {
    description: 'Staff only: the bookings a closure would lie over, each with the rooms it could move to. Writes nothing.',
  })
  async closurePreview(
    @Arg('input', () => CreateClosureInput) input: CreateClosureInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Array<{ booking: BookingView; suggestions: Room[] }>> {
    return (await services.closures.preview(viewer, input)).map(({ booking, suggestions }) => ({
      booking: toBookingView(booking, viewer),
      suggestions,
    }));
  }

  @Mutation(() => ClosureType, {
    description:
      'Staff only. Each booking the closure lies over needs a decision (moved, cancelled with the closure’s reason, or kept), carried out in the same step; one missing refuses the closure (decisions REQUIRED).',
  })
  createClosure(
    @Arg('input', () => CreateClosureInput) input: CreateClosureInput,
    @Arg('decisions', () => [ClosureDecisionInput], { defaultValue: [] }) decisions: ClosureDecisionInput[],
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Closure> {
    return services.closures.create(viewer, input, decisions);
  }

  @Mutation(() => [BookingType], {
    description:
      'Staff only: carries out a decision for every booking an existing closure lies over (kept ones too); answers the moved and cancelled ones.',
  })
  async decideClosureBookings(
    @Arg('closureId', () => ID) closureId: string,
    @Arg('decisions', () => [ClosureDecisionInput]) decisions: ClosureDecisionInput[],
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView[]> {
    return (await services.closures.decide(viewer, closureId, decisions)).map((record) => toBookingView(record, viewer));
  }

  @Mutation(() => Boolean, { description: 'Staff only.' })
  deleteClosure(@Arg('id', () => ID) id: string, @Ctx() { services, viewer }: GraphQLContext): Promise<boolean> {
    return services.closures.delete(viewer, id);
  }

  @Mutation(() => [BookingType], { description: 'Staff only: cancels every booking the closure lies over, in one step.' })
  async cancelClosureBookings(
    @Arg('closureId', () => ID) closureId: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView[]> {
    return (await services.closures.cancelAffected(viewer, closureId)).map((record) => toBookingView(record, viewer));
  }

  @Mutation(() => [BookingType], {
    description: 'Staff only: moves every booking the closure lies over to another room at the same times, all or none.',
  })
  async moveClosureBookings(
    @Arg('closureId', () => ID) closureId: string,
    @Arg('roomId', () => ID) roomId: string,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView[]> {
    return (await services.closures.moveAffected(viewer, closureId, roomId)).map((record) => toBookingView(record, viewer));
  }
}
