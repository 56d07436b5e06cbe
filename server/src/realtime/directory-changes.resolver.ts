import { Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { ChangeEntityEnum } from '../audit/audit.types.js';
import { mayLearnOfDirectoryChange } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import type { ChangeFeed, EntityChangeEvent } from './change-feed.js';

@ObjectType('DirectoryChange', {
  description: 'A house, room, MO or closure changed: refetch the directory (and closures). Carries no private fields.',
})
export class DirectoryChangeType {
  @Field(() => String)
  cursor!: string;

  @Field(() => ChangeEntityEnum)
  entity!: string;

  @Field(() => ID)
  entityId!: string;
}

type DirectoryEvent = EntityChangeEvent & { entity: 'LOCATION' | 'ROOM' | 'ORGANIZATION' | 'CLOSURE' };
const DIRECTORY_ENTITIES = new Set(['LOCATION', 'ROOM', 'ORGANIZATION', 'CLOSURE']);

/** Events this subscriber may hear of, queued until graphql-ws asks for them; bounded, since a stuck reader must not grow memory. */
function directoryStream(feed: ChangeFeed, accept: (event: DirectoryEvent) => boolean): AsyncIterableIterator<DirectoryEvent> {
  const queue: DirectoryEvent[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  let overflowed = false;
  const unsubscribe = feed.subscribe((event) => {
    if (!DIRECTORY_ENTITIES.has(event.entity)) return;
    if (!accept(event as DirectoryEvent)) return;
    if (queue.length >= 1000) overflowed = true;
    else queue.push(event as DirectoryEvent);
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
          throw new AppError(ErrorCode.ResyncRequired, { oldestCursor: null }, 'RESYNC_REQUIRED: directory changes piled up unread');
        }
        const event = queue.shift();
        if (event) return { done: false, value: event };
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
export class DirectoryChangesResolver {
  @Subscription(() => DirectoryChangeType, {
    description:
      'Committed changes to houses, rooms, MOs and closures, in commit order: a cue to refetch the directory (renamed, retired, new) and the closed periods.',
    subscribe: ({ context }) => {
      const { services, viewer } = context as GraphQLContext;
      return directoryStream(services.changeFeed, (event) =>
        mayLearnOfDirectoryChange(viewer, {
          entity: event.entity,
          locationIds: event.row.locationIds,
          before: event.row.before,
          after: event.row.after,
        }),
      );
    },
  })
  directoryChanged(@Root() event: DirectoryEvent, @Ctx() _context: GraphQLContext): DirectoryChangeType {
    return { cursor: event.cursor, entity: event.entity, entityId: event.row.entityId };
  }
}
