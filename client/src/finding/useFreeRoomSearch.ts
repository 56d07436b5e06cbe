import { useApolloClient } from '@vue/apollo-composable';
import { ref } from 'vue';
import type { FreeRoomsQuery, FreeSlotsQuery } from '../graphql/graphql.js';
import { FreeRoomsQuery as FreeRoomsDocument, FreeSlotsQuery as FreeSlotsDocument } from './documents.js';
import { freeRoomsVariables, nextDays, spanMinutes, type SearchForm } from './freeRoomSearch.js';

export type FreeRoom = FreeRoomsQuery['freeRooms'][number];
export type FreeSlot = FreeSlotsQuery['freeSlots'][number];

/**
 * Asks for rooms free for the whole span; when none fits, for the nearest free spans of that day in rooms
 * big and equipped enough, and for the same time on the next three days.
 */
export function useFreeRoomSearch() {
  const { resolveClient } = useApolloClient();
  const rooms = ref<readonly FreeRoom[] | null>(null);
  const sameDay = ref<readonly FreeSlot[]>([]);
  const laterDays = ref<ReadonlyArray<{ date: string; rooms: readonly FreeRoom[] }>>([]);
  const searching = ref(false);
  const error = ref<unknown>(null);

  async function freeRooms(form: SearchForm, date: string) {
    const variables = freeRoomsVariables(form, date);
    if (!variables) return [];
    const { data } = await resolveClient().query({ query: FreeRoomsDocument, variables, fetchPolicy: 'network-only' });
    return data.freeRooms;
  }

  async function search(form: SearchForm, fitting: (roomId: string) => boolean) {
    searching.value = true;
    error.value = null;
    sameDay.value = [];
    laterDays.value = [];
    try {
      rooms.value = await freeRooms(form, form.date);
      if (rooms.value.length === 0) {
        const [{ data }, ...later] = await Promise.all([
          resolveClient().query({
            query: FreeSlotsDocument,
            variables: { date: form.date, minMinutes: Math.max(15, spanMinutes(form)) },
            fetchPolicy: 'network-only',
          }),
          ...nextDays(form.date, 3).map(async (date) => ({ date, rooms: await freeRooms(form, date) })),
        ]);
        sameDay.value = data.freeSlots.filter((slot) => fitting(slot.roomId)).slice(0, 8);
        laterDays.value = later.filter((day) => day.rooms.length > 0);
      }
    } catch (failure) {
      rooms.value = null;
      error.value = failure;
    } finally {
      searching.value = false;
    }
  }

  return { rooms, sameDay, laterDays, searching, error, search };
}
