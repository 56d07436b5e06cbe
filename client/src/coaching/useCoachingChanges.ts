import { print } from 'graphql';
import { onBeforeUnmount } from 'vue';
import { useApiClients } from '../app/api.js';
import type { CoachingChangesSubscription as CoachingChangesResult } from '../graphql/graphql.js';
import { CoachingChangesSubscription } from './documents.js';

/** One change of a coaching request: which request and what kind, nothing of its content. */
export type CoachingChange = CoachingChangesResult['coachingChanges'];

const SUBSCRIPTION_TEXT = print(CoachingChangesSubscription);

/**
 * Calls `refresh` with each change of a request the viewer may read, and with null after every reconnect,
 * when changes may have been missed. The page refetches what it shows: the change names the request only,
 * so a staff-only note never travels on it.
 */
export function useCoachingChanges(refresh: (change: CoachingChange | null) => void): void {
  const { ws } = useApiClients();
  let connectedBefore = false;
  const stop = ws.subscribe<CoachingChangesResult>(
    { query: SUBSCRIPTION_TEXT },
    {
      next: ({ data }) => {
        if (data?.coachingChanges) refresh(data.coachingChanges);
      },
      error: () => {},
      complete: () => {},
    },
  );
  const offConnected = ws.on('connected', () => {
    if (connectedBefore) refresh(null);
    connectedBefore = true;
  });
  onBeforeUnmount(() => {
    stop();
    offConnected();
  });
}
