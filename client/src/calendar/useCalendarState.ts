import { computed } from 'vue';
import { useRoute, useRouter } from 'vue-router';
import { queryFromState, stateFromQuery } from './calendarState.js';
import type { CalendarState } from '../shared/types.js';

/** The calendar's view, day and filters, kept in the URL so a link or a reload shows the same. */
export function useCalendarState() {
  const route = useRoute();
  const router = useRouter();
  const state = computed<CalendarState>(() => stateFromQuery(route.query));
  function update(patch: Partial<CalendarState>) {
    void router.replace({ query: queryFromState({ ...state.value, ...patch }) });
  }
  function toggleLocation(id: string) {
    const ids = state.value.locationIds.includes(id)
      ? state.value.locationIds.filter((existing) => existing !== id)
      : [...state.value.locationIds, id];
    update({ locationIds: ids, roomIds: [] });
  }
  return { state, update, toggleLocation };
}
