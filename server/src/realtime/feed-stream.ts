import { AppError, ErrorCode } from '../shared/errors.js';
import type { ChangeFeed, FeedEvent } from './change-feed.js';

/** Bounded, since a stuck reader must not grow memory; past it the stream ends and the client refetches. */
export const MAX_QUEUED = 1000;

/**
 * The feed's events one subscription takes (`take` picks and shapes them as they arrive), queued until
 * graphql-ws asks for them. `admit` decides when an item is handed out, so a check that reads the database
 * sees the state of that moment; an item it refuses is skipped. A queue past MAX_QUEUED ends the stream with
 * RESYNC_REQUIRED naming `what` piled up.
 */
export function feedStream<T>(
  feed: ChangeFeed,
  what: string,
  take: (event: FeedEvent) => T | null,
  admit: (item: T) => boolean | Promise<boolean> = () => true,
): AsyncIterableIterator<T> {
  const queue: T[] = [];
  let wake: (() => void) | undefined;
  let ended = false;
  let overflowed = false;
  const unsubscribe = feed.subscribe((event) => {
    const item = take(event);
    if (item === null) return;
    if (queue.length >= MAX_QUEUED) overflowed = true;
    else queue.push(item);
    wake?.();
  });
  const finish = () => {
    ended = true;
    unsubscribe();
    wake?.();
  };
  return {
    async next() {
      while (!ended) {
        if (overflowed) {
          finish();
          throw new AppError(ErrorCode.ResyncRequired, { oldestCursor: null }, `RESYNC_REQUIRED: ${what} changes piled up unread`);
        }
        const item = queue.shift();
        if (item !== undefined) {
          if (await admit(item)) return { done: false, value: item };
          continue;
        }
        await new Promise<void>((resolve) => (wake = resolve));
        wake = undefined;
      }
      return { done: true, value: undefined };
    },
    async return() {
      finish();
      return { done: true, value: undefined };
    },
    [Symbol.asyncIterator]() {
      return this;
    },
  };
}
