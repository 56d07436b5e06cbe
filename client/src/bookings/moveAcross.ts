import type { MoveBookingMutationVariables } from '../graphql/graphql.js';
import type { Booking } from '../shared/types.js';

/**
 * The move that undoes a move: the booking back in the room and at the times it had, at the version the move
 * left it with (so a change by someone else in between is refused as stale rather than overwritten).
 */
export function undoMoveVariables(before: Booking, after: Booking): MoveBookingMutationVariables {
  return { id: after.id, expectedVersion: after.version, roomId: before.room.id, start: before.start, end: before.end, reason: null };
}

/** A reason as the server takes it: trimmed, and none rather than an empty one. */
export function cleanReason(text: string): string | null {
  const trimmed = text.trim();
  return trimmed === '' ? null : trimmed;
}
