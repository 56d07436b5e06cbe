import { Ctx, Resolver, Root, Subscription } from 'type-graphql';
import { assertMayReadNetwork, mayHearNetworkChange } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { GraphQLContext } from '../graphql/context.js';
import { networkChangeOf, type NetworkChange } from '../network/network-changes.js';
import { NetworkChangeType } from '../network/network.types.js';
import type { ChangeFeed } from './change-feed.js';
import { feedStream } from './feed-stream.js';

/** The change, and the MO its entry is filed under (an answer's MO), for the policy only: not sent. */
type NetworkEvent = NetworkChange & { cursor: string; organizationId: string | null };

/**
 * The network's changes of the log. Whoever reads the network hears them (the payload names ids only, what each
 * may read of them is answered on the refetch), but an MO's answer only staff and that MO (`mayHearNetworkChange`);
 * the viewer is asked again as each is handed out, and the session signals close a socket whose person changed.
 */
function networkStream(feed: ChangeFeed, viewer: Viewer): AsyncIterableIterator<NetworkEvent> {
  return feedStream(
    feed,
    'network',
    (event) => {
      if (event.entity === 'BOOKING') return null;
      const change = networkChangeOf(event.row);
      return change ? { ...change, cursor: event.cursor, organizationId: event.row.organizationId } : null;
    },
    (event) => mayHearNetworkChange(viewer, event),
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
