import { Arg, Ctx, Field, ID, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { BookingType } from '../bookings/booking.types.js';
import { toBookingView, type BookingView } from '../bookings/booking.view.js';
import type { GraphQLContext } from '../graphql/context.js';

@ObjectType('SeriesNotice', {
  description: 'Nobody checked in for the last three dates of a series: its MO is asked whether it is still needed, staff are told.',
})
export class SeriesNoticeType {
  @Field(() => ID)
  id!: string;

  @Field(() => Date)
  occurredAt!: Date;

  @Field(() => Boolean)
  read!: boolean;

  @Field(() => Boolean, { description: 'Told to staff; the MO’s members are asked.' })
  toStaff!: boolean;

  @Field(() => BookingType, { description: 'The third released date in a row, with its series.' })
  booking!: BookingView;
}

@Resolver()
export class SeriesNoticesResolver {
  @Query(() => [SeriesNoticeType], { description: 'Series nobody came to three times in a row, newest first; at most 100.' })
  async seriesNotices(
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly: boolean | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<SeriesNoticeType[]> {
    const notices = await services.seriesNotices.list(viewer, unreadOnly ?? false);
    return notices.map((notice) => ({ ...notice, booking: toBookingView(notice.booking, viewer) }));
  }

  @Mutation(() => Int, { description: 'Marks your series notices read (all of them without ids); answers how many.' })
  markSeriesNoticesRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<number> {
    return services.seriesNotices.markRead(viewer, ids ?? null);
  }
}
