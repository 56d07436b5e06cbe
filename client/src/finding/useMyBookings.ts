import { useApolloClient } from '@vue/apollo-composable';
import { ref, watch, type Ref } from 'vue';
import type { Booking } from '../shared/types.js';
import { MyBookingsQuery } from './documents.js';
import { addPage, nextFrom, PAGE_SIZE, withBooking } from './myBookingList.js';

/** `more`: a page is loaded and another may follow; `done`: everything coming is loaded. */
export type MyBookingsState = 'loading' | 'more' | 'done' | 'error';

/**
 * One's MO's coming bookings, a page at a time, so the list does not stop at the first hundred. Changes
 * made on this page are folded in (`apply`) rather than fetched again, so loaded pages stay loaded.
 */
export function useMyBookings(signedIn: Ref<boolean>) {
  const { resolveClient } = useApolloClient();
  const bookings = ref<Booking[]>([]);
  const state = ref<MyBookingsState>('loading');
  let from: string | null = null;

  async function loadPage() {
    state.value = 'loading';
    try {
      const { data } = await resolveClient().query({
        query: MyBookingsQuery,
        variables: { first: PAGE_SIZE, from },
        fetchPolicy: 'network-only',
      });
      const page = data.myBookings;
      const before = bookings.value.length;
      bookings.value = addPage(bookings.value, page);
      from = nextFrom(page, PAGE_SIZE, bookings.value.length - before);
      state.value = from ? 'more' : 'done';
    } catch {
      state.value = 'error';
    }
  }

  async function reload() {
    bookings.value = [];
    from = null;
    await loadPage();
  }

  watch(signedIn, (on) => void (on ? reload() : (bookings.value = [])), { immediate: true });

  return {
    bookings,
    state,
    loadMore: () => (from ? loadPage() : Promise.resolve()),
    reload,
    apply: (booking: Booking) => (bookings.value = withBooking(bookings.value, booking)),
  };
}
