import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { assertSignedIn } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { coachingChangeOf, type CoachingChange } from '../coaching/coaching-changes.js';
import type { CoachingNoticeService } from '../coaching/coaching-notice.service.js';
import { CoachingChangeType } from '../coaching/coaching-notices.types.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ChangeFeed } from './change-feed.js';
import { feedStream } from './feed-stream.js';

type CoachingEvent = CoachingChange & { cursor: string };

/**
 * The coaching changes of the log, each checked when it is handed out: the viewer (kept current by the session
 * signals, which close a socket whose person changed) against the request as it is now, so a coach handed
 * off or a member who left hears nothing more, and a staff-only note reaches only those who may read it.
 */
function coachingStream(feed: ChangeFeed, viewer: Viewer, notices: CoachingNoticeService): AsyncIterableIterator<CoachingEvent> {
  return feedStream(
    feed,
    'coaching',
    (event) => {
      if (event.entity === 'BOOKING') return null;
      const change = coachingChangeOf(event.row);
      return change ? { ...change, cursor: event.cursor } : null;
    },
    (event) => notices.mayLearnOf(viewer, event),
  );
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
