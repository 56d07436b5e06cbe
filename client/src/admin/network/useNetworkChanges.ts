import { print } from 'graphql';
import { onBeforeUnmount } from 'vue';
import { useApiClients } from '../../app/api.js';
import { keepSubscribed, type Timers } from '../../app/liveSubscription.js';
import type { NetworkAdminChangesSubscription as NetworkChangesResult } from '../../graphql/graphql.js';
import { NetworkAdminChangesSubscription } from './documents.js';

/** One change in the network: what kind of thing, and which meeting or proposal; nothing of its content. */
export type NetworkChange = NetworkChangesResult['networkChanges'];

/**
 * Which of the staff page's two lists a change touches: a proposal's change the proposals (and the meetings, when
 * it names one: its topic is on an agenda); anything else the meetings. After missed changes, both.
 */
export function refetchesFor(change: NetworkChange | null): { meetings: boolean; proposals: boolean } {
  if (!change) return { meetings: true, proposals: true };
  if (change.entity === 'PROPOSAL') return { meetings: Boolean(change.meetingId), proposals: true };
  return { meetings: true, proposals: false };
}

const SUBSCRIPTION_TEXT = print(NetworkAdminChangesSubscription);

/**
 * Calls `refresh` with each change, and with null whenever changes may have been missed (a reconnect, a failed
 * or ended stream, which is subscribed again). The staff page refetches: an MO's answer changes the counts.
 */
export function useNetworkChanges(refresh: (change: NetworkChange | null) => void, timers?: Timers): void {
  const { ws } = useApiClients();
  const stop = keepSubscribed<NetworkChangesResult>(
    ws,
    { query: SUBSCRIPTION_TEXT },
    { next: (data) => refresh(data.networkChanges), missed: () => refresh(null) },
    timers,
  );
  onBeforeUnmount(stop);
}
