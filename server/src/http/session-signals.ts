import type { Services } from '../app/services.js';
import { SESSION_CHANGED_CHANNEL, SESSION_ENDED_CHANNEL } from '../auth/session.service.js';

/** What a node does with its open WebSockets when a credential ends or its person's rights change. */
export interface SessionSockets {
  closeSession(credential: string): void;
  refreshSession(credential: string): void;
}

/**
 * Sessions ended or changed on any node: this node forgets them and closes or refreshes their WebSockets.
 * After the listener reconnects, announcements may have been lost, so the node forgets every session it knew.
 * Returns what stops listening.
 */
export async function listenForSessionSignals(services: Services, sockets: SessionSockets): Promise<() => Promise<void>> {
  const cache = services.sessions.cache;
  const stopEnded = await services.database.listen(
    SESSION_ENDED_CHANNEL,
    (credential) => {
      cache.forgetSession(credential);
      sockets.closeSession(credential);
    },
    () => cache.forgetAll(),
  );
  const stopChanged = await services.database.listen(
    SESSION_CHANGED_CHANNEL,
    (credential) => {
      cache.forgetSession(credential);
      sockets.refreshSession(credential);
    },
    () => cache.forgetAll(),
  );
  return async () => {
    await stopEnded();
    await stopChanged();
  };
}
