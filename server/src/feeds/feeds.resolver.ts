import { Arg, Ctx, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { CalendarFeed } from './calendar-feed.service.js';
import { CalendarFeedKindEnum, CalendarFeedType } from './feeds.types.js';

const withUrl = (feed: CalendarFeed, linkBase: string) => ({
  kind: feed.kind,
  label: feed.label,
  url: feed.path === null ? null : `${linkBase}${feed.path}`,
});

@Resolver()
export class FeedsResolver {
  @Query(() => [CalendarFeedType], {
    description: 'The calendar feeds you may subscribe to: houses and rooms for all, your MO’s and your own when signed in.',
  })
  async calendarFeeds(@Ctx() { services, viewer, linkBase }: GraphQLContext): Promise<CalendarFeedType[]> {
    return (await services.feeds.feedsFor(viewer)).map((feed) => withUrl(feed, linkBase));
  }

  @Mutation(() => CalendarFeedType, { description: 'A new address for one of your private feeds; the old one stops working.' })
  async renewCalendarFeed(
    @Arg('kind', () => CalendarFeedKindEnum) kind: string,
    @Ctx() { services, viewer, linkBase }: GraphQLContext,
  ): Promise<CalendarFeedType> {
    return withUrl(await services.feeds.renew(viewer, kind), linkBase);
  }
}
