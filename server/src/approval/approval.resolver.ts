import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { BookingType } from '../bookings/booking.types.js';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ApprovalRule } from './approval-rule.entity.js';
import { ApprovalRuleSetType, ApprovalRulesInput, BookingRequestType } from './approval.types.js';

@Resolver()
export class ApprovalResolver {
  @Query(() => [ApprovalRuleSetType], { description: 'The approval rules of the centre, its houses and rooms; for everyone signed in.' })
  approvalRules(@Ctx() { services, viewer }: GraphQLContext): Promise<ApprovalRule[]> {
    return services.approval.rules(viewer);
  }

  @Mutation(() => ApprovalRuleSetType, {
    description: 'Staff only. Sets the rules of a room (roomId), a house (locationId) or, with neither, the whole centre.',
  })
  setApprovalRules(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null | undefined,
    @Arg('roomId', () => ID, { nullable: true }) roomId: string | null | undefined,
    @Arg('input', () => ApprovalRulesInput) input: ApprovalRulesInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<ApprovalRule> {
    return services.approval.setRules(viewer, { locationId: locationId ?? null, roomId: roomId ?? null }, input);
  }

  @Mutation(() => Boolean, {
    description: 'Staff only. Removes a scope’s own rules: the room follows its house again, the house the centre.',
  })
  removeApprovalRules(
    @Arg('locationId', () => ID, { nullable: true }) locationId: string | null | undefined,
    @Arg('roomId', () => ID, { nullable: true }) roomId: string | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<boolean> {
    return services.approval.removeRules(viewer, { locationId: locationId ?? null, roomId: roomId ?? null });
  }

  @Query(() => [BookingRequestType], { description: 'Staff only: the requests waiting for a decision, soonest first.' })
  async bookingRequests(
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<Array<Omit<BookingRequestType, 'booking'> & { booking: BookingView }>> {
    return (await services.approval.queue(viewer)).map((request) => ({ ...request, booking: toBookingView(request.booking, viewer) }));
  }

  @Mutation(() => BookingType, {
    description:
      'Staff only. Confirms a REQUESTED booking (wholeSeries: every waiting date of its series). Anything else: BAD_USER_INPUT WRONG_STATUS.',
  })
  async approveBooking(
    @Arg('id', () => ID) id: string,
    @Arg('expectedVersion', () => Int, { nullable: true }) expectedVersion: number | null | undefined,
    @Arg('wholeSeries', () => Boolean, { defaultValue: false }) wholeSeries: boolean,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    return toBookingView(await services.approval.approve(viewer, id, expectedVersion ?? null, wholeSeries), viewer);
  }

  @Mutation(() => BookingType, {
    description: 'Staff only. Declines a REQUESTED booking with a reason the MO reads (1–300 characters); the slot is free again.',
  })
  async declineBooking(
    @Arg('id', () => ID) id: string,
    @Arg('reason', () => String) reason: string,
    @Arg('wholeSeries', () => Boolean, { defaultValue: false }) wholeSeries: boolean,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<BookingView> {
    return toBookingView(await services.approval.decline(viewer, id, reason, wholeSeries), viewer);
  }
}
