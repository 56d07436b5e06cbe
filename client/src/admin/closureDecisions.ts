import type { ClosureBookingAction, ClosurePreviewQuery } from '../graphql/graphql.js';
import { firstGraphQLError } from '../shared/errorMessages.js';

export type AffectedRow = ClosurePreviewQuery['closurePreview'][number];

/** What staff chose for one booking so far; `action` null: not yet decided. */
export interface Choice {
  action: ClosureBookingAction | null;
  roomId: string;
}

export interface Decision {
  bookingId: string;
  action: ClosureBookingAction;
  roomId?: string;
}

/**
 * The choices a panel opens with: moved to the suggested room where there is one, otherwise undecided,
 * so nothing is cancelled or left in the closure without staff saying so. Choices already made for a
 * booking (the panel asked again after new bookings arrived) are kept while their room is still offered.
 */
export function initialChoices(rows: readonly AffectedRow[], earlier: Readonly<Record<string, Choice>> = {}): Record<string, Choice> {
  return Object.fromEntries(
    rows.map((row) => {
      const before = earlier[row.booking.id];
      const offered = (roomId: string) => row.suggestions.some((room) => room.id === roomId);
      if (before && (before.action !== 'MOVE' || offered(before.roomId))) return [row.booking.id, before];
      const suggested = row.suggestions[0]?.id;
      return [row.booking.id, suggested ? { action: 'MOVE', roomId: suggested } : { action: null, roomId: '' }];
    }),
  );
}

/** The decisions to send, or the bookings still undecided (a move needs its room). */
export function decisionsOf(
  rows: readonly AffectedRow[],
  choices: Readonly<Record<string, Choice>>,
): { decisions: Decision[]; undecided: string[] } {
  const decisions: Decision[] = [];
  const undecided: string[] = [];
  for (const { booking } of rows) {
    const choice = choices[booking.id];
    if (!choice?.action || (choice.action === 'MOVE' && !choice.roomId)) undecided.push(booking.id);
    else
      decisions.push(
        choice.action === 'MOVE'
          ? { bookingId: booking.id, action: 'MOVE', roomId: choice.roomId }
          : { bookingId: booking.id, action: choice.action },
      );
  }
  return { decisions, undecided };
}

/** How many bookings each action takes, for the line that says what was done. */
export function countByAction(decisions: readonly Decision[]): Record<ClosureBookingAction, number> {
  const counts: Record<ClosureBookingAction, number> = { MOVE: 0, CANCEL: 0, KEEP: 0 };
  for (const decision of decisions) counts[decision.action] += 1;
  return counts;
}

/** Whether a refusal says that a booking had no decision: someone booked while staff were deciding. */
export function isUndecidedRefusal(error: unknown): boolean {
  const first = firstGraphQLError(error);
  return first?.extensions?.code === 'BAD_USER_INPUT' && first.extensions.field === 'decisions' && first.extensions.reason === 'REQUIRED';
}
