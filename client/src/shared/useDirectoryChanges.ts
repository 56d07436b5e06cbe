import { print } from 'graphql';
import { onBeforeUnmount, watch } from 'vue';
import { useApiClients } from '../app/api.js';
import { graphql } from '../graphql/index.js';
import type { DirectoryChangedSubscription } from '../graphql/graphql.js';

export const DirectoryChangedDocument = graphql(`
  subscription DirectoryChanged {
    directoryChanged {
      cursor
      entity
      entityId
    }
  }
`);

const SUBSCRIPTION_TEXT = print(DirectoryChangedDocument);

export type DirectoryChange = DirectoryChangedSubscription['directoryChanged'];

/**
 * Calls `refresh` whenever a house, room or MO changes (renamed, retired, new), and after every reconnect,
 * when changes may have been missed: the page refetches its directory, and its bookings when a room's or
 * MO's name changed (they carry both, and their list is held outside Apollo's normalised cache).
 */
export function useDirectoryChanges(refresh: (change: DirectoryChange | null) => void): void {
  const { ws, answeredEarly } = useApiClients();
  let connectedBefore = false;
  // answers the page carried or asked before the app ran (first-answers/early.ts) may predate the stream's start: once the stream is
  // up and a page's day was such an answer (a phone's, a display's), the page asks again what it shows, as after
  // a reconnect; once per page. A desktop asks its bookings itself, and reloading a week for a directory asked
  // a fraction of a second early would cost more than the window it closes.
  let caughtUp = false;
  const catchUp = () => {
    if (caughtUp || !connectedBefore || !answeredEarly.value.has('BookingsInRange')) return;
    caughtUp = true;
    refresh(null);
  };
  const stopWatching = watch(answeredEarly, catchUp);
  const stop = ws.subscribe<DirectoryChangedSubscription>(
    { query: SUBSCRIPTION_TEXT },
    {
      next: ({ data }) => {
        if (data?.directoryChanged) refresh(data.directoryChanged);
      },
      error: () => {},
      complete: () => {},
    },
  );
  const offConnected = ws.on('connected', () => {
    if (connectedBefore) refresh(null);
    else {
      connectedBefore = true;
      catchUp();
    }
  });
  onBeforeUnmount(() => {
    stop();
    offConnected();
    stopWatching();
  });
}
