import { useMutation } from '@vue/apollo-composable';
import { CreateBookingMutation, RestoreSeriesOccurrenceMutation } from './documents.js';
import type { Booking } from '../shared/types.js';

/**
 * Undoing a cancellation a moment later: a date of a series is booked again in its series, a single
 * booking is made again with the same fields (if the slot is still free; otherwise the server says who
 * took it).
 */
export function useUndoCancel() {
  const { mutate: create } = useMutation(CreateBookingMutation);
  const { mutate: restore } = useMutation(RestoreSeriesOccurrenceMutation);
  return async function undo(cancelled: Booking): Promise<Booking | null> {
    if (cancelled.series && cancelled.occurrenceStart) {
      const result = await restore({ seriesId: cancelled.series.id, occurrenceStart: cancelled.occurrenceStart });
      return result?.data?.restoreSeriesOccurrence ?? null;
    }
    if (!cancelled.organization || cancelled.title === null || cancelled.category === null) return null;
    const result = await create({
      input: {
        roomId: cancelled.room.id,
        organizationId: cancelled.organization.id,
        title: cancelled.title,
        category: cancelled.category,
        start: cancelled.start,
        end: cancelled.end,
        visibility: cancelled.visibility,
        expectedAttendees: cancelled.expectedAttendees,
        notes: cancelled.notes,
      },
    });
    return result?.data?.createBooking ?? null;
  };
}
