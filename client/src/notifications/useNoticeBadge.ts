import { print } from 'graphql';
import { computed, type Ref } from 'vue';
import { useKeptSubscription } from '../app/useKeptSubscription.js';
import type { NoticeCueSubscription as NoticeCue } from '../graphql/graphql.js';
import { NoticeCueSubscription } from './documents.js';
import { isNoticeCue, noticeCount } from './noticeBadge.js';
import { useNetworkNotices } from './useNetworkNotices.js';
import { useNotifications } from './useNotifications.js';

const NOTICE_CUE_TEXT = print(NoticeCueSubscription);

/**
 * Every unread notice of the signed-in person, for the header on every page: booking changes by others
 * (refreshed on each live change someone else makes that the reader may hear of), coaching and network news.
 */
export function useNoticeBadge(myId: Ref<string | null>) {
  const signedIn = computed(() => myId.value !== null);
  const bookings = useNotifications(signedIn);
  const network = useNetworkNotices(signedIn);
  const count = computed(() => noticeCount(bookings.notices.value, bookings.coachingNotices.value, network.notices.value));

  useKeptSubscription<NoticeCue>(
    signedIn,
    { query: NOTICE_CUE_TEXT },
    { next: (data) => (isNoticeCue(data.bookingChanged, myId.value) ? bookings.refresh() : undefined), missed: bookings.refresh },
  );

  return {
    count,
    notices: bookings.notices,
    coachingNotices: bookings.coachingNotices,
    networkNotices: network.notices,
    dismiss: bookings.dismiss,
    dismissCoaching: bookings.dismissCoaching,
    dismissNetwork: network.dismiss,
  };
}
