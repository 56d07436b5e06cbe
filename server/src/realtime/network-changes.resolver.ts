import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { assertMayReadNetwork, mayReadNetwork } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { GraphQLContext } from '../graphql/context.js';
import { networkChangeOf, type NetworkChange } from '../network/network-changes.js';
import { NetworkChangeType } from '../network/network.types.js';
import type { ChangeFeed } from './change-feed.js';
import { feedStream } from './feed-stream.js';

type NetworkEvent = NetworkChange & { cursor: string };

/**
 * The network's changes of the log. Everyone who reads the network hears each of them (the payload names ids
 * only, what each may read of them is answered on the refetch); the viewer is asked again as each is handed
 * out, and the session signals close a socket whose person changed.
 */
function networkStream(feed: ChangeFeed, viewer: Viewer): AsyncIterableIterator<NetworkEvent> {
  return feedStream(
    feed,
    'network',
    (event) => {
      if (event.entity === 'BOOKING') return null;
      const change = networkChangeOf(event.row);
      return change ? { ...change, cursor: event.cursor } : null;
    },
    () => mayReadNetwork(viewer),
  );
}

@Resolver()
export class NetworkChangesResolver {
  @Subscription(() => NetworkChangeType, {
    description:
      'Signed-in members, coaches and staff: committed changes of network meetings, answers, agendas, decisions and proposals, in commit order.',
    subscribe: ({ context }) => {
      const { services, viewer } = context as GraphQLContext;
      assertMayReadNetwork(viewer);
      return networkStream(services.changeFeed, viewer);
    },
  })
  networkChanges(@Root() event: NetworkEvent, @Ctx() _context: GraphQLContext): NetworkChangeType {
    return {
      cursor: event.cursor,
      entity: event.entity,
      action: event.action,
      meetingId: event.meetingId,
      proposalId: event.proposalId,
      entityId: event.entityId,
    };
  }
}
