import { Arg, Ctx, ID, Mutation, Query, Resolver } from 'type-graphql';
import { BookingType } from '../bookings/booking.types.js';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { CheckInSettings } from './check-in.service.js';
import { CheckInSettingsInput, CheckInSettingsType } from './check-in.types.js';

@Resolver()
export class CheckInResolver {
  @Mutation(() => BookingType, {
    description:
      'Someone came: from 15 minutes before the start until the end, for a confirmed booking. Its MO, staff, or the wall display of its house (today).',
  })
  async checkIn(@Arg('bookingId', () => ID) bookingId: string, @Ctx() { services, viewer }: GraphQLContext): Promise<BookingView> {
    return toBookingView(await services.checkIn.checkIn(viewer, bookingId), viewer);
  }

  @Query(() => [CheckInSettingsType], { description: 'Each house’s check-in rule (a wall display: its own house’s).' })
  checkInSettings(@Ctx() { services, viewer }: GraphQLContext): Promise<CheckInSettings[]> {
    return services.checkIn.settings(viewer);
  }

  @Mutation(() => CheckInSettingsType, { description: 'Staff: whether a house requires check-in, and its grace period.' })
  setCheckInSettings(
    @Arg('locationId', () => ID) locationId: string,
    @Arg('input', () => CheckInSettingsInput) input: CheckInSettingsInput,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CheckInSettings> {
    return services.checkIn.setSettings(viewer, locationId, input);
  }
}
