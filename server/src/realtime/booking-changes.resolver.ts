import { Arg, Ctx, ID, Resolver, Root, Subscription } from 'type-graphql';
import { can, mayReadBooking, readableLocationIds } from '../auth/policy.js';
import { BookingChangeType } from '../bookings/booking.types.js';
import { toBookingView } from '../bookings/booking.view.js';
import type { BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ChangeEvent } from './change-feed.js';

interface BookingChangeView {
  cursor: string;
  kind: string;
  bookingId: string;
  booking: BookingView | null;
  occurredAt: Date;
  batchRemaining: number;
  byStaff: boolean;
  actorId: string | null;
  reason: string | null;
}

@Resolver()
export class BookingChangesResolver {
  @Subscription(() => BookingChangeType, {
    description:
      'Committed changes to bookings, in commit order. With `after`, first replays every change after that cursor, then continues live.',
    subscribe: ({ args, context, info }) => {
      const graphQLContext = context as GraphQLContext;
      const { services, viewer, transport } = graphQLContext;
      if (!transport) throw new Error('bookingChanged is served over WebSocket only');
      const { locationIds, after } = args as { locationIds?: string[] | null; after?: string | null };
      const requested = locationIds ?? null;
      return services.changeFanout.open({
        viewer,
        locationIds: readableLocationIds(viewer) ?? requested,
        after: after ?? null,
        transport,
        context: graphQLContext,
        info,
      });
    },
  })
  bookingChanged(
    @Root() event: ChangeEvent,
    @Ctx() { viewer, services }: GraphQLContext,
    @Arg('locationIds', () => [ID], { nullable: true }) _locationIds: string[] | null,
    @Arg('after', () => String, { nullable: true }) _after: string | null,
  ): BookingChangeView {
    return {
      cursor: event.cursor,
      kind: event.kind,
      bookingId: event.bookingId,
      booking: mayReadBooking(viewer, event.after, services.clock()) ? toBookingView(event.after, viewer) : null,
      occurredAt: event.occurredAt,
      batchRemaining: event.batchRemaining,
      byStaff: event.byStaff,
      ...(can(viewer, 'viewNotes', event.after) ? { actorId: event.actorId, reason: event.reason } : { actorId: null, reason: null }),
    };
  }
}
