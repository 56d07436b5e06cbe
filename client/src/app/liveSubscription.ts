import type { Client, ExecutionResult, SubscribePayload } from 'graphql-ws';

/**
 * The wait before the n-th retry (counting from 0): 0.5 s, 1 s, 2 s … up to 15 s, with jitter so a restarted
 * server is not hit by every screen at once. The socket's reconnects (apollo.ts) and a subscription's own
 * retries (below) wait alike.
 */
export function retryDelay(retries: number, random: () => number = Math.random): number {
  const delay = Math.min(500 * 2 ** retries, 15_000);
  return delay * (0.75 + random() / 2);
}

export interface Timers {
  setTimeout: (callback: () => void, ms: number) => unknown;
  clearTimeout: (handle: unknown) => void;
}

const realTimers: Timers = {
  setTimeout: (callback, ms) => setTimeout(callback, ms),
  clearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

function errorCode(failure: unknown): string | undefined {
  return Array.isArray(failure) ? (failure as Array<{ extensions?: { code?: string } }>)[0]?.extensions?.code : undefined;
}

/**
 * A subscription that stays live, for screens that refetch what they show on a cue (a change names what
 * changed, not its content). As the calendar's booking subscription does (`calendar/useCalendarBookings.ts`):
 * after a reconnect, or when the server gives up on the stream (RESYNC_REQUIRED), changes may have been missed,
 * so `missed` is called (the screen refetches) and a new subscription starts at once. Any other error or end
 * also calls `missed`, and subscribes again after `retryDelay`, longer each time until a change or a
 * connection arrives. Returns the stop function.
 */
export function keepSubscribed<T>(
  ws: Pick<Client, 'subscribe' | 'on'>,
  payload: SubscribePayload,
  handlers: { next: (data: T) => void; missed: () => void },
  timers: Timers = realTimers,
): () => void {
  let stopped = false;
  let retries = 0;
  let pending: unknown = null;
  let stopCurrent: (() => void) | null = null;
  let connectedBefore = false;

  function subscribe() {
    pending = null;
    stopCurrent?.();
    // each subscription's callbacks act only while it is the current one: a replaced one may still report
    let current = true;
    const stopThis = ws.subscribe<T>(payload, {
      next: ({ data }: ExecutionResult<T>) => {
        if (!current) return;
        retries = 0;
        if (data) handlers.next(data);
      },
      error: (failure: unknown) => {
        if (current) recover(errorCode(failure) === 'RESYNC_REQUIRED');
      },
      complete: () => {
        if (current) recover(false);
      },
    });
    stopCurrent = () => {
      current = false;
      stopThis();
    };
  }

  function recover(resync: boolean) {
    if (stopped) return;
    // the ended subscription reports nothing more
    stopCurrent?.();
    stopCurrent = null;
    handlers.missed();
    if (resync) subscribe();
    else if (pending === null) pending = timers.setTimeout(subscribe, retryDelay(retries++));
  }

  const offConnected = ws.on('connected', () => {
    retries = 0;
    // the first connect is the one the subscription opened; a later one follows a lost connection, which
    // graphql-ws re-subscribed by itself, but whatever happened in between was not sent
    if (connectedBefore && !stopped) handlers.missed();
    connectedBefore = true;
  });
  subscribe();

  return () => {
    stopped = true;
    if (pending !== null) timers.clearTimeout(pending);
    pending = null;
    stopCurrent?.();
    stopCurrent = null;
    offConnected();
  };
}
