import type { WaitingListCueSubscription, WaitingListEntryFieldsFragment } from '../graphql/graphql.js';

export type WaitingListEntry = WaitingListEntryFieldsFragment;

/** How long the server holds an offer (the server's WAITING_LIST_HOLD_MINUTES), for the words that explain it. */
export const HOLD_MINUTES = 30;

/** What is left of an offer's hold as m:ss (0:00 once it has passed), ticking down on the reader's screen. */
export function timeLeft(expiresAt: string, now: number): string {
  const seconds = Math.max(0, Math.floor((Date.parse(expiresAt) - now) / 1000));
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`;
}

/** Offers first (the one that lapses soonest on top), then the slots still waited for, soonest first. */
export function ordered(entries: readonly WaitingListEntry[]): { offers: WaitingListEntry[]; waiting: WaitingListEntry[] } {
  const lapse = (entry: WaitingListEntry) => Date.parse(entry.offer?.expiresAt ?? entry.start);
  return {
    offers: entries.filter((entry) => entry.status === 'OFFERED' && entry.offer).sort((a, b) => lapse(a) - lapse(b)),
    waiting: entries.filter((entry) => entry.status === 'WAITING').sort((a, b) => Date.parse(a.start) - Date.parse(b.start)),
  };
}

/**
 * Whether a live booking change may have changed the list: an offer made (a HELD booking, which only its MO and
 * staff read in full), or a change of a booking one of the entries holds as its offer (it lapsed, was taken up).
 */
export function isWaitingListCue(change: WaitingListCueSubscription['bookingChanged'], entries: readonly WaitingListEntry[]): boolean {
  if (change.booking?.status === 'HELD') return true;
  return entries.some((entry) => entry.offer?.id === change.bookingId);
}
