import { print } from 'graphql';
import { onBeforeUnmount } from 'vue';
import { useApiClients } from '../app/api.js';
import { keepSubscribed, type Timers } from '../app/liveSubscription.js';
import type { MemberNetworkChangesSubscription } from '../graphql/graphql.js';
import { NetworkChangesSubscription } from './documents.js';
import type { NetworkChange } from './networkModel.js';

const SUBSCRIPTION_TEXT = print(NetworkChangesSubscription);

/**
 * Calls `refresh` with each change in the network the viewer may read, and with null whenever changes may
 * have been missed (a reconnect, a failed or ended stream, which is then subscribed again). The change names
 * what changed only; the page refetches what it shows.
 */
export function useNetworkChanges(refresh: (change: NetworkChange | null) => void, timers?: Timers): void {
  const { ws } = useApiClients();
  const stop = keepSubscribed<MemberNetworkChangesSubscription>(
    ws,
    { query: SUBSCRIPTION_TEXT },
    { next: (data) => refresh(data.networkChanges), missed: () => refresh(null) },
    timers,
  );
  onBeforeUnmount(stop);
}
