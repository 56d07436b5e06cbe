/** Check-in opens this long before the start, as the server's `check-in/check-in-window.ts` says. */
export const CHECK_IN_OPENS_MS = 15 * 60_000;

export interface CheckInFacts {
  status: string;
  checkedInAt?: string | null;
  start: string;
  end: string;
}

/**
 * Where a booking stands for check-in now: `open` (the button), `early` (opens at `opensAt`), `done`, `over`,
 * or `none` (it no longer holds the room, or waits for staff). The server decides; this only chooses what to show.
 */
export function checkInState(booking: CheckInFacts, now: Date): 'open' | 'early' | 'done' | 'over' | 'none' {
  if (booking.checkedInAt) return 'done';
  if (booking.status !== 'CONFIRMED') return 'none';
  if (Date.parse(booking.end) <= now.getTime()) return 'over';
  if (now.getTime() < opensAt(booking).getTime()) return 'early';
  return 'open';
}

export function opensAt(booking: Pick<CheckInFacts, 'start'>): Date {
  return new Date(Date.parse(booking.start) - CHECK_IN_OPENS_MS);
}

/** When a booking nobody checks in to is released, where the house requires check-in. */
export function releasedAt(booking: Pick<CheckInFacts, 'start'>, graceMinutes: number): Date {
  return new Date(Date.parse(booking.start) + graceMinutes * 60_000);
}
