import type { EventInput } from '@fullcalendar/core';

/** What to do to the calendar's events so they become `next`: only the ones that differ are touched. */
export interface EventSyncPlan {
  add: EventInput[];
  /** Ids whose events go: gone from `next`, or about to be added again changed. */
  remove: string[];
}

/**
 * Compares the events on screen with the wanted ones by id: the same object (bookings are converted once per
 * version and kept) or the same content is left alone, so one changed booking re-renders one event, not all.
 */
export function planEventSync(shown: ReadonlyMap<string, EventInput>, next: readonly EventInput[]): EventSyncPlan {
  const add: EventInput[] = [];
  const remove: string[] = [];
  const wanted = new Set<string>();
  for (const event of next) {
    const id = String(event.id);
    wanted.add(id);
    const current = shown.get(id);
    if (current === event) continue;
    if (current !== undefined) {
      if (JSON.stringify(current) === JSON.stringify(event)) continue;
      remove.push(id);
    }
    add.push(event);
  }
  for (const id of shown.keys()) if (!wanted.has(id)) remove.push(id);
  return { add, remove };
}
