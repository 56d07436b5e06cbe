import { useMutation } from '@vue/apollo-composable';
import { bookingValues } from './bookingFields.js';
import { CreateBookingMutation, RestoreSeriesOccurrenceMutation } from './documents.js';
import type { Booking } from '../shared/types.js';

/**
 * Undoing a cancellation a moment later: a date of a series is booked again in its series, a single
 * booking is made again with every editable field it had (`bookingFields.ts`), if the slot is still free;
 * otherwise the server says who took it.
 */
export function useUndoCancel() {
  const { mutate: create } = useMutation(CreateBookingMutation);
  const { mutate: restore } = useMutation(RestoreSeriesOccurrenceMutation);
  return async function undo(cancelled: Booking): Promise<Booking | null> {
    if (cancelled.series && cancelled.occurrenceStart) {
      const result = await restore({ seriesId: cancelled.series.id, occurrenceStart: cancelled.occurrenceStart });
      return result?.data?.restoreSeriesOccurrence ?? null;
    }
    const input = bookingValues(cancelled);
    if (!input) return null;
    const result = await create({ input });
    return result?.data?.createBooking ?? null;
  };
}
