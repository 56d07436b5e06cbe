import { print } from 'graphql';
import { onBeforeUnmount } from 'vue';
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
  const { ws } = useApiClients();
  let connectedBefore = false;
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
    connectedBefore = true;
  });
  onBeforeUnmount(() => {
    stop();
    offConnected();
  });
}
