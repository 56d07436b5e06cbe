import { can } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { AppError, ErrorCode } from '../shared/errors.js';
import { parseCursor, type ChangeEvent, type ChangeFeed } from './change-feed.js';

export interface StreamFilter {
  locationIds: string[] | null;
  after: string | null;
}

/** Events a subscriber may hold unread before it is told to resync instead of holding up memory. */
export const MAX_PENDING_EVENTS = 1000;

/** Whether the viewer learns of this change at all: they could see the booking before or after it. */
export function isDeliverable(event: ChangeEvent, viewer: Viewer, locationIds: string[] | null): boolean {
  if (locationIds && locationIds.length > 0 && !event.locationIds.some((id) => locationIds.includes(id))) return false;
  return can(viewer, 'view', event.after) || (event.before !== null && can(viewer, 'view', event.before));
}

/**
 * Opens a stream of change events for one subscriber. It listens to the live feed first, then
 * replays from the log after `after`; live events already replayed are skipped by cursor, so the
 * seam has no gap and no duplicate. Throws RESYNC_REQUIRED before streaming when `after` is too old.
 */
export async function openBookingChangeStream(
  feed: ChangeFeed,
  viewer: Viewer,
  filter: StreamFilter,
): Promise<AsyncIterableIterator<ChangeEvent>> {
  const pending: ChangeEvent[] = [];
  let wake: (() => void) | undefined;
  let overflowed = false;
  const unsubscribe = feed.subscribe((event) => {
    if (pending.length >= MAX_PENDING_EVENTS) overflowed = true;
    else pending.push(event);
    wake?.();
  });

  let replay: ChangeEvent[] = [];
  let seen: bigint;
  try {
    if (filter.after !== null) {
      seen = parseCursor(filter.after);
      replay = await feed.changesAfter(seen);
    } else {
      seen = feed.position;
    }
  } catch (error) {
    unsubscribe();
    throw error;
  }

  let finished = false;
  const finish = () => {
    finished = true;
    unsubscribe();
    wake?.();
  };

  async function* events(): AsyncGenerator<ChangeEvent> {
    try {
      for (const event of replay) {
        seen = event.position;
        if (isDeliverable(event, viewer, filter.locationIds)) yield event;
      }
      replay = [];
      while (!finished) {
        if (overflowed)
          throw new AppError(
            ErrorCode.ResyncRequired,
            'Zu viele Änderungen auf einmal; bitte neu laden. / Too many changes at once; please reload.',
            { oldestCursor: null },
          );
        const event = pending.shift();
        if (!event) {
          await new Promise<void>((resolve) => {
            wake = resolve;
          });
          wake = undefined;
          continue;
        }
        if (event.position <= seen) continue;
        seen = event.position;
        if (isDeliverable(event, viewer, filter.locationIds)) yield event;
      }
    } finally {
      finish();
    }
  }

  const iterator = events();
  const originalReturn = iterator.return.bind(iterator);
  // graphql-ws calls return() when the client unsubscribes; wake the generator so it can end.
  iterator.return = (value?: unknown) => {
    finish();
    return originalReturn(value as never);
  };
  return iterator;
}
