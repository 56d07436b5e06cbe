import type { BookingRecord } from '../bookings/booking-record.js';
import type { BookingWrite } from '../bookings/booking-write.js';
import { assertUuid, badInput } from '../shared/errors.js';

export const CLOSURE_BOOKING_ACTIONS = ['MOVE', 'CANCEL', 'KEEP'] as const;
export type ClosureBookingAction = (typeof CLOSURE_BOOKING_ACTIONS)[number];

/** What staff chose for one booking a closure lies over: move it to `roomId`, cancel it, or keep it there. */
export interface ClosureDecision {
  bookingId: string;
  action: ClosureBookingAction;
  roomId?: string | null;
}

export interface DecisionPlan {
  moves: Array<{ booking: BookingRecord; roomId: string }>;
  cancels: BookingRecord[];
  kept: BookingRecord[];
}

/**
 * Pairs every affected booking with its decision. A booking without one refuses the whole write
 * (`decisions` REQUIRED): a closure never leaves a booking inside it that nobody decided about, also not one
 * booked between the question and the answer. A decision for a booking the closure does not lie over is refused too.
 */
export function planDecisions(affected: readonly BookingRecord[], decisions: readonly ClosureDecision[]): DecisionPlan {
  const byBooking = new Map<string, ClosureDecision>();
  for (const decision of decisions) {
    assertUuid('bookingId', decision.bookingId);
    if (byBooking.has(decision.bookingId)) throw badInput('decisions', 'DUPLICATE');
    byBooking.set(decision.bookingId, decision);
  }
  const plan: DecisionPlan = { moves: [], cancels: [], kept: [] };
  for (const booking of affected) {
    const decision = byBooking.get(booking.id);
    if (!decision) throw badInput('decisions', 'REQUIRED');
    byBooking.delete(booking.id);
    if (decision.action === 'CANCEL') plan.cancels.push(booking);
    else if (decision.action === 'KEEP') plan.kept.push(booking);
    else {
      if (!decision.roomId) throw badInput('roomId', 'REQUIRED');
      assertUuid('roomId', decision.roomId);
      plan.moves.push({ booking, roomId: decision.roomId });
    }
  }
  if (byBooking.size > 0) throw badInput('bookingId', 'INVALID_ID');
  return plan;
}

/**
 * Carries out a plan in the closure's write: the moves all or none (a taken room names its slot, a closed
 * one its reason), then the cancellations; each with the closure's reason, so every MO is told why, on screen
 * and by e-mail in its language (`notifications/tell-others.ts`).
 */
export async function applyDecisions(
  write: BookingWrite,
  plan: DecisionPlan,
  reason: string,
  times: { now: Date; horizonDays: number },
): Promise<BookingRecord[]> {
  write.reason = reason;
  // a coaching session or a network meeting follows its booking, and their people are told
  write.sessionBookings = 'follow';
  const slots = await write.placeSlots(
    plan.moves.map(({ booking, roomId }) => ({
      roomId,
      start: booking.start,
      end: booking.end,
      organizationId: booking.organizationId,
      expectedAttendees: booking.expectedAttendees,
      before: booking,
    })),
    { when: times },
  );
  const changed: BookingRecord[] = [];
  for (const slot of slots) changed.push(await write.update(slot, {}, 'UPDATED', times.now));
  for (const booking of plan.cancels) changed.push(await write.cancel(booking, times.now));
  return changed;
}
