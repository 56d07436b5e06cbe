import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { assertSignedIn } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { coachingChangeOf, type CoachingChange } from '../coaching/coaching-changes.js';
import type { CoachingNoticeService } from '../coaching/coaching-notice.service.js';
import { CoachingChangeType } from '../coaching/coaching-notices.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import type { ChangeFeed } from './change-feed.js';

type CoachingEvent = CoachingChange & { cursor: string };

/** Bounded, since a stuck reader must not grow memory; past it the client refetches. */
const MAX_QUEUED = 1000;

/**
 * The coaching changes of the log, each checked when it is handed out: the viewer (kept current by the session
 * signals, which close a socket whose person changed) against the request as it is now, so a coach handed
 * off or a member who left hears nothing more, and a staff-only note reaches only those who may read it.
 */
function coachingStream(feed: ChangeFeed, viewer: Viewer, notices: CoachingNoticeService): AsyncIterableIterator<CoachingEvent> {
  const queue: CoachingEvent[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  let overflowed = false;
  const unsubscribe = feed.subscribe((event) => {
    if (event.entity === 'BOOKING') return;
    const change = coachingChangeOf(event.row);
    if (!change) return;
    if (queue.length >= MAX_QUEUED) overflowed = true;
    else queue.push({ ...change, cursor: event.cursor });
    wake?.();
  });
  const finish = () => {
    ended = true;
    unsubscribe();
    wake?.();
  };
  return {
    async next() {
      while (!ended) {
        if (overflowed) {
          finish();
          throw new AppError(ErrorCode.ResyncRequired, { oldestCursor: null }, 'RESYNC_REQUIRED: coaching changes piled up unread');
        }
        const event = queue.shift();
        if (event) {
          if (await notices.mayLearnOf(viewer, event)) return { done: false, value: event };
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      return { done: true, value: undefined };
    },
    async return() {
      finish();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}

@Resolver()
export class CoachingChangesResolver {
  @Subscription(() => CoachingChangeType, {
    description:
      'Committed changes of the coaching requests the viewer may read, in commit order: a cue to refetch the request (and notices).',
    subscribe: ({ context }) => {
      const { services, viewer } = context as GraphQLContext;
      assertSignedIn(viewer);
      return coachingStream(services.changeFeed, viewer, services.coachingNotices);
    },
  })
  coachingChanges(@Root() event: CoachingEvent, @Ctx() _context: GraphQLContext): CoachingChangeType {
    return { requestId: event.requestId, cursor: event.cursor, kind: event.kind };
  }
}
