import { ref } from 'vue';
import type { Timers } from './liveSubscription.js';

/** `idle`: no page needs live updates right now (the socket is closed on purpose). */
export type LiveStatus = 'idle' | 'connecting' | 'live' | 'reconnecting' | 'unauthorised';

/** Close codes the server uses when credentials are refused (4403) or ended (4401). */
const REFUSED = new Set([4401, 4403]);
/** A socket closed normally: the lazy client closes it once no subscription needs it. */
const NORMAL_CLOSURE = 1000;
/**
 * "Service restart": the node is stopping (a rolling restart) or the person's rights changed. graphql-ws
 * reconnects at once, through the proxy to another node, and the subscriptions resume by cursor.
 */
export const SERVICE_RESTART = 1012;
/** After a restart's close, how long a reconnect may take before the page says it is reconnecting. */
export const QUIET_RECONNECT_MS = 3000;

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

/**
 * The live mark of the header and the wall display's "offline since", from the socket's events. A restart
 * that the client rides out in a moment is not shown at all: nobody should notice a rolling restart.
 */
export function createLiveState(timers: Timers = realTimers, now: () => Date = () => new Date()) {
  const liveStatus = ref<LiveStatus>('idle');
  const offlineSince = ref<Date | null>(null);
  // set while a restart's reconnect is given its quiet moment
  let quiet: { timer: unknown; since: Date } | null = null;

  const endQuiet = () => {
    if (quiet) timers.clearTimeout(quiet.timer);
    quiet = null;
  };
  const showOffline = (status: LiveStatus, since: Date) => {
    liveStatus.value = status;
    offlineSince.value ??= since;
  };

  return {
    liveStatus,
    offlineSince,
    connecting() {
      if (liveStatus.value === 'idle') liveStatus.value = 'connecting';
    },
    connected() {
      endQuiet();
      liveStatus.value = 'live';
      offlineSince.value = null;
    },
    closed(code: number | undefined) {
      if (code === NORMAL_CLOSURE) {
        endQuiet();
        liveStatus.value = 'idle';
        offlineSince.value = null;
        return;
      }
      if (code !== undefined && REFUSED.has(code)) {
        endQuiet();
        showOffline('unauthorised', now());
        return;
      }
      if (code === SERVICE_RESTART && liveStatus.value === 'live' && !quiet) {
        const since = now();
        quiet = {
          since,
          timer: timers.setTimeout(() => {
            quiet = null;
            showOffline('reconnecting', since);
          }, QUIET_RECONNECT_MS),
        };
        return;
      }
      // a failed attempt during the quiet moment waits for it to end; otherwise the page says so now
      if (!quiet) showOffline('reconnecting', now());
    },
  };
}
