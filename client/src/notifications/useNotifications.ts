import { useMutation, useQuery } from '@vue/apollo-composable';
import { print } from 'graphql';
import { computed, type Ref } from 'vue';
import { useKeptSubscription } from '../app/useKeptSubscription.js';
import { CoachingChangesSubscription } from '../coaching/documents.js';
import type { CoachingNotice } from './coachingNoticeText.js';
import {
  MarkCoachingNoticesReadMutation,
  MarkNotificationsReadMutation,
  UnreadCoachingNoticesQuery,
  UnreadNotificationsQuery,
} from './documents.js';
import type { Notice } from './noticeText.js';

const COACHING_CHANGES_TEXT = print(CoachingChangesSubscription);

/**
 * The signed-in person's unread notices: what others did to their MO's bookings, and to the coaching
 * requests they take part in, also while they were away. `refresh` after a live change by someone else;
 * `dismiss` and `dismissCoaching` mark one read. Coaching notices refresh themselves on every live coaching
 * change while signed in (the change names no content, so the list is fetched again).
 */
export function useNotifications(signedIn: Ref<boolean>) {
  const options = () => ({ enabled: signedIn.value, fetchPolicy: 'network-only' as const });
  const { result, refetch } = useQuery(UnreadNotificationsQuery, {}, options);
  const coaching = useQuery(UnreadCoachingNoticesQuery, {}, options);
  const notices = computed<readonly Notice[]>(() => (signedIn.value ? (result.value?.notifications ?? []) : []));
  const coachingNotices = computed<readonly CoachingNotice[]>(() => (signedIn.value ? (coaching.result.value?.coachingNotices ?? []) : []));
  const { mutate: markRead } = useMutation(MarkNotificationsReadMutation);
  const { mutate: markCoachingRead } = useMutation(MarkCoachingNoticesReadMutation);
  async function dismiss(id: string) {
    await markRead({ ids: [id] });
    await refetch();
  }
  async function dismissCoaching(id: string) {
    await markCoachingRead({ ids: [id] });
    await coaching.refetch();
  }
  const refreshCoaching = () => void coaching.refetch();

  // a lost or failed stream refetches the notices and subscribes again, so the list stays live
  useKeptSubscription(signedIn, { query: COACHING_CHANGES_TEXT }, { next: refreshCoaching, missed: refreshCoaching });

  return {
    notices,
    coachingNotices,
    refresh: () => {
      void refetch();
      refreshCoaching();
    },
    dismiss,
    dismissCoaching,
  };
}
