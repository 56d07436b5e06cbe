import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { NotificationRecord } from './notification.service.js';
import { NotificationType } from './notification.types.js';

type NotificationView = Omit<NotificationRecord, 'booking'> & { booking: BookingView };

@Resolver()
export class NotificationsResolver {
  @Query(() => [NotificationType], { description: 'What others did to your MO’s bookings (or ones you made), newest first; at most 100.' })
  async notifications(
    @Arg('unreadOnly', () => Boolean, { nullable: true }) unreadOnly: boolean | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NotificationView[]> {
    return (await services.notifications.list(viewer, unreadOnly ?? false)).map((notification) => ({
      ...notification,
      booking: toBookingView(notification.booking, viewer),
    }));
  }

  @Mutation(() => Int, { description: 'Marks your notifications read (all of them without ids); answers how many.' })
  markNotificationsRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<number> {
    return services.notifications.markRead(viewer, ids ?? null);
  }
}
