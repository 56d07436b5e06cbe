import { computed, type Ref } from 'vue';
import type { Booking, CalendarState, Location } from '../shared/types.js';

/** What the calendar shows of the directory and the bookings under the filters in the URL (houses, rooms, MO). */
export function useCalendarFilters(state: Ref<CalendarState>, locations: Ref<readonly Location[]>, bookings: Ref<readonly Booking[]>) {
  const visibleLocations = computed(() =>
    state.value.locationIds.length ? locations.value.filter((location) => state.value.locationIds.includes(location.id)) : locations.value,
  );
  const shownRoomIds = computed<ReadonlySet<string> | null>(() => (state.value.roomIds.length ? new Set(state.value.roomIds) : null));
  const filteredBookings = computed(() =>
    bookings.value.filter(
      (booking) =>
        (state.value.organizationIds.length === 0 ||
          (booking.organization && state.value.organizationIds.includes(booking.organization.id))) &&
        (state.value.roomIds.length === 0 || state.value.roomIds.includes(booking.room.id)) &&
        (state.value.locationIds.length === 0 || state.value.locationIds.includes(booking.room.locationId)),
    ),
  );
  return { visibleLocations, shownRoomIds, filteredBookings };
}
