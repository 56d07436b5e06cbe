import { Arg, Ctx, ID, Int, Mutation, Query, Resolver } from 'type-graphql';
import type { GraphQLContext } from '../graphql/context.js';
import type { CoachingNoticeRecord } from './coaching-notice.service.js';
import { CoachingNoticeType } from './coaching-notices.types.js';

@Resolver()
export class CoachingNoticesResolver {
  @Query(() => [CoachingNoticeType], {
    description: 'What others did to the coaching requests you take part in, newest first; at most 100.',
  })
  coachingNotices(
    @Arg('unreadOnly', () => Boolean, { nullable: true, defaultValue: false }) unreadOnly: boolean | null,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<CoachingNoticeRecord[]> {
    return services.coachingNotices.list(viewer, unreadOnly ?? false);
  }

  @Mutation(() => Int, { description: 'Marks your coaching notices read (all of them without ids); answers how many.' })
  markCoachingNoticesRead(
    @Arg('ids', () => [ID], { nullable: true }) ids: string[] | null | undefined,
    @Ctx() { services, viewer }: GraphQLContext,
  ): Promise<number> {
    return services.coachingNotices.markRead(viewer, ids ?? null);
  }
}
