import { print } from 'graphql';
import { onBeforeUnmount } from 'vue';
import { useApiClients } from '../app/api.js';
import { keepSubscribed, type Timers } from '../app/liveSubscription.js';
import type { CoachingChangesSubscription as CoachingChangesResult } from '../graphql/graphql.js';
import { CoachingChangesSubscription } from './documents.js';

/** One change of a coaching request: which request and what kind, nothing of its content. */
export type CoachingChange = CoachingChangesResult['coachingChanges'];

const SUBSCRIPTION_TEXT = print(CoachingChangesSubscription);

/**
 * Calls `refresh` with each change of a request the viewer may read, and with null whenever changes may have
 * been missed (a reconnect, a failed or ended stream, which is then subscribed again). The page refetches
 * what it shows: the change names the request only, so a staff-only note never travels on it.
 */
export function useCoachingChanges(refresh: (change: CoachingChange | null) => void, timers?: Timers): void {
  const { ws } = useApiClients();
  const stop = keepSubscribed<CoachingChangesResult>(
    ws,
    { query: SUBSCRIPTION_TEXT },
    {
      next: (data) => refresh(data.coachingChanges),
      missed: () => refresh(null),
    },
    timers,
  );
  onBeforeUnmount(stop);
}
