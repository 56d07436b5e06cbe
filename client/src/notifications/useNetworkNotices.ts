import { useMutation, useQuery } from '@vue/apollo-composable';
import { print } from 'graphql';
import { computed, type Ref } from 'vue';
import { latestLoad } from '../app/latestLoad.js';
import { useKeptSubscription } from '../app/useKeptSubscription.js';
import type { MemberNetworkChangesSubscription } from '../graphql/graphql.js';
import { NetworkChangesSubscription } from '../network/documents.js';
import { MarkNetworkNoticesReadMutation, UnreadNetworkNoticesQuery } from './documents.js';
import type { NetworkNotice } from './networkNoticeText.js';

const NETWORK_CHANGES_TEXT = print(NetworkChangesSubscription);
/** The changes that may bring a notice: a meeting's (minutes, moved, called off) or a proposal's (answered). */
const TOLD_ENTITIES = new Set(['NETWORK_MEETING', 'MEETING_DECISION', 'PROPOSAL']);

/**
 * The signed-in person's unread network notices (minutes, meetings moved or called off, answers to their MO's
 * proposals, reminders), also those from while they were away. They refresh on every live change of a meeting
 * or proposal (the change names no content, so the list is fetched again) and after a lost stream;
 * `dismiss` marks one read.
 */
export function useNetworkNotices(signedIn: Ref<boolean>) {
  const { result, refetch } = useQuery(UnreadNetworkNoticesQuery, {}, () => ({
    enabled: signedIn.value,
    fetchPolicy: 'network-only' as const,
  }));
  const notices = computed<readonly NetworkNotice[]>(() => (signedIn.value ? (result.value?.networkNotices ?? []) : []));
  const { mutate: markRead } = useMutation(MarkNetworkNoticesReadMutation);
  async function dismiss(id: string) {
    await markRead({ ids: [id] });
    await refetch();
  }
  const reload = latestLoad(() => refetch() ?? Promise.resolve());
  const refresh = () => void reload();

  useKeptSubscription<MemberNetworkChangesSubscription>(
    signedIn,
    { query: NETWORK_CHANGES_TEXT },
    { next: (data) => (TOLD_ENTITIES.has(data.networkChanges.entity) ? refresh() : undefined), missed: refresh },
  );

  return { notices, dismiss, refresh };
}
