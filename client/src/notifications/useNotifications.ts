import { useMutation, useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { MarkNotificationsReadMutation, UnreadNotificationsQuery } from './documents.js';
import type { Notice } from './noticeText.js';

/**
 * The signed-in person's unread notices: what others did to their MO's bookings, also while they were
 * away. `refresh` after a live change by someone else; `dismiss` marks one read.
 */
export function useNotifications(signedIn: Ref<boolean>) {
  const { result, refetch } = useQuery(UnreadNotificationsQuery, {}, () => ({ enabled: signedIn.value, fetchPolicy: 'network-only' }));
  const notices = computed<readonly Notice[]>(() => (signedIn.value ? (result.value?.notifications ?? []) : []));
  const { mutate: markRead } = useMutation(MarkNotificationsReadMutation);
  async function dismiss(id: string) {
    await markRead({ ids: [id] });
    await refetch();
  }
  return { notices, refresh: () => void refetch(), dismiss };
}
