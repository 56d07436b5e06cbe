import { useApolloClient } from '@vue/apollo-composable';
import { ref } from 'vue';
import type { FreeRoomsQuery, FreeSlotsQuery } from '../graphql/graphql.js';
import { FreeRoomsQuery as FreeRoomsDocument, FreeSlotsQuery as FreeSlotsDocument } from './documents.js';
import { freeRoomsVariables, nextDays, sameDayOffers, spanMinutes, spanOn, type Offer, type SearchForm } from './freeRoomSearch.js';

export type FreeRoom = FreeRoomsQuery['freeRooms'][number];
export type FreeSlot = FreeSlotsQuery['freeSlots'][number];

/** How many free times of the same day are offered when nothing is free at the wanted time. */
const SAME_DAY_OFFERS = 8;

/**
 * Asks for rooms free for the whole span; when none is, though some room could fit (`lookAround`), for the
 * nearest free times of that day in rooms that fit, and for the same time on the next three days. `quiet`
 * asks again without showing the search as under way: after a booking the answer stays on screen while it
 * is brought up to date.
 */
export function useFreeRoomSearch() {
  const { resolveClient } = useApolloClient();
  const rooms = ref<readonly FreeRoom[] | null>(null);
  const sameDay = ref<readonly Offer[]>([]);
  const laterDays = ref<ReadonlyArray<{ date: string; rooms: readonly FreeRoom[] }>>([]);
  const searching = ref(false);
  const error = ref<unknown>(null);

  async function freeRooms(form: SearchForm, date: string) {
    const variables = freeRoomsVariables(form, date);
    if (!variables) return [];
    const { data } = await resolveClient().query({ query: FreeRoomsDocument, variables, fetchPolicy: 'network-only' });
    return data.freeRooms;
  }

  async function search(
    form: SearchForm,
    options: { fitting: (roomId: string) => boolean; lookAround: boolean; quiet?: boolean },
  ): Promise<void> {
    if (!options.quiet) searching.value = true;
    error.value = null;
    try {
      const found = await freeRooms(form, form.date);
      const wanted = spanOn(form.date, form.from, form.to);
      if (found.length > 0 || !options.lookAround || !wanted) {
        [rooms.value, sameDay.value, laterDays.value] = [found, [], []];
        return;
      }
      const [{ data }, ...later] = await Promise.all([
        resolveClient().query({
          query: FreeSlotsDocument,
          variables: { date: form.date, minMinutes: Math.max(15, spanMinutes(form)) },
          fetchPolicy: 'network-only',
        }),
        ...nextDays(form.date, 3).map(async (date) => ({ date, rooms: await freeRooms(form, date) })),
      ]);
      rooms.value = found;
      sameDay.value = sameDayOffers(
        data.freeSlots.filter((slot) => options.fitting(slot.roomId)),
        wanted,
        SAME_DAY_OFFERS,
      );
      laterDays.value = later.filter((day) => day.rooms.length > 0);
    } catch (failure) {
      [rooms.value, sameDay.value, laterDays.value] = [null, [], []];
      error.value = failure;
    } finally {
      searching.value = false;
    }
  }

  return { rooms, sameDay, laterDays, searching, error, search };
}
