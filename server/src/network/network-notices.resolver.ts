import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { NetworkNoticeRecord } from './network-notice.service.js';
import { NetworkNoticeType } from './network-notices.types.js';

@Resolver()
export class NetworkNoticesResolver {
  @Query(() => [NetworkNoticeType], {
    description: 'News of the network for your MO (minutes, meetings moved or called off, answers, reminders), newest first; at most 100.',
  })
  networkNotices(
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly: boolean | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<NetworkNoticeRecord[]> {
    return services.networkNotices.list(viewer, unreadOnly ?? false);
  }

  @Mutation(() => Int, { description: 'Marks your network notices read (all of them without ids); answers how many.' })
  markNetworkNoticesRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<number> {
    return services.networkNotices.markRead(viewer, ids ?? null);
  }
}
