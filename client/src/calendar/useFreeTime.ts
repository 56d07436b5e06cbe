import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { FreeSlotsQuery } from '../finding/documents.js';
import type { FreeSlot } from '../finding/useFreeRoomSearch.js';

/** At least this long, so the phone list offers time one can use, not every gap between bookings. */
const MIN_FREE_MINUTES = 60;

/** The free spans of a day in every room, for the phone list ("frei 14:00–18:00"); refreshed with the bookings. */
export function useFreeTime(date: Ref<string>, enabled: Ref<boolean>): Ref<readonly FreeSlot[]> {
  const { result } = useQuery(
    FreeSlotsQuery,
    () => ({ date: date.value, minMinutes: MIN_FREE_MINUTES }),
    () => ({ enabled: enabled.value, fetchPolicy: 'cache-and-network', pollInterval: 60_000 }),
  );
  return computed(() => (enabled.value ? (result.value?.freeSlots ?? []) : []));
}
