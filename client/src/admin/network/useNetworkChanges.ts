import { print } from 'graphql';
import { onBeforeUnmount } from 'vue';
import { useApiClients } from '../../app/api.js';
import { keepSubscribed, type Timers } from '../../app/liveSubscription.js';
import type { NetworkAdminChangesSubscription as NetworkChangesResult } from '../../graphql/graphql.js';
import { NetworkAdminChangesSubscription } from './documents.js';

/** One change in the network: what kind of thing, and which meeting or proposal; nothing of its content. */
export type NetworkChange = NetworkChangesResult['networkChanges'];

/** The staff page's queries by name: the meetings' list, each opened meeting's details, the proposals. */
const MEETING_QUERIES = ['NetworkAdminMeetings', 'NetworkAdminMeetingDetails'];
const PROPOSAL_QUERIES = ['NetworkAdminProposals'];

/**
 * Which of the staff page's queries a change touches: a proposal's change the proposals (and the meetings, when
 * it names one: its topic is on an agenda); anything else the meetings. After missed changes, all of them.
 */
export function queriesToRefetch(change: NetworkChange | null): string[] {
  if (!change) return [...MEETING_QUERIES, ...PROPOSAL_QUERIES];
  if (change.entity === 'PROPOSAL') return change.meetingId ? [...MEETING_QUERIES, ...PROPOSAL_QUERIES] : PROPOSAL_QUERIES;
  return MEETING_QUERIES;
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
