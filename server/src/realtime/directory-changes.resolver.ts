import { Ctx, Field, ID, ObjectType, Resolver, Root, Subscription } from 'type-graphql';
import { ChangeEntityEnum } from '../audit/audit.types.js';
import { mayLearnOfDirectoryChange } from '../auth/policy.js';
import type { GraphQLContext } from '../graphql/context.js';
import type { ChangeFeed, EntityChangeEvent } from './change-feed.js';
import { feedStream } from './feed-stream.js';

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

/** Events this subscriber may hear of, decided as they arrive (the directory's rules need no database). */
function directoryStream(feed: ChangeFeed, accept: (event: DirectoryEvent) => boolean): AsyncIterableIterator<DirectoryEvent> {
  return feedStream(feed, 'directory', (event) =>
    DIRECTORY_ENTITIES.has(event.entity) && accept(event as DirectoryEvent) ? (event as DirectoryEvent) : null,
  );
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
