import type { Ref } from 'vue';
import { focusBooking } from './focusBooking.js';
import { localDate } from '../shared/localTime.js';
import type { Booking, CalendarState } from '../shared/types.js';

/**
 * After a move the calendar follows the booking: to its new day, to its house when that was not shown, and
 * the keyboard focus onto it (or onto the calendar when a filter still hides it).
 */
export function useMoveFocus(options: {
  state: Ref<CalendarState>;
  /** The houses on screen (in a city, the one house shown at a time). */
  shownLocationIds: Ref<readonly string[]>;
  oneAtATime: Ref<boolean>;
  updateState: (changes: Partial<CalendarState>) => void;
}) {
  return function focusMoved(booking: Booking) {
    const patch: Partial<CalendarState> = {};
    const date = localDate(booking.start);
    if (date !== options.state.value.date) patch.date = date;
    const house = booking.room.locationId;
    const shown = options.shownLocationIds.value;
    if (shown.length > 0 && !shown.includes(house))
      Object.assign(patch, { locationIds: options.oneAtATime.value ? [house] : [...options.state.value.locationIds, house], roomIds: [] });
    // one change of the URL: two in a row would each start from the state before either
    if (Object.keys(patch).length > 0) options.updateState(patch);
    focusBooking(booking.id, () => document.getElementById('calendar-main'));
  };
}
