import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { sortRequests } from './coachingModel.js';
import { CoachingRequestQuery, CoachingRequestsQuery } from './documents.js';
import { useCoachingChanges } from './useCoachingChanges.js';

/** The viewer's requests (their MO's, those assigned to them, or all for staff), kept current live. */
export function useCoachingRequests(signedIn: Ref<boolean>) {
  const { result, loading, error, refetch } = useQuery(CoachingRequestsQuery, {}, () => ({
    enabled: signedIn.value,
    fetchPolicy: 'cache-and-network',
  }));
  const requests = computed(() => sortRequests(result.value?.coachingRequests ?? []));
  useCoachingChanges(() => {
    if (signedIn.value) void refetch();
  });
  return { requests, loading, error, refetch };
}

/** One request with its sessions and messages, refetched when a change for it (or a reconnect) arrives. */
export function useCoachingRequest(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(CoachingRequestQuery, () => ({ id: id.value }), {
    fetchPolicy: 'cache-and-network',
  });
  const request = computed(() => result.value?.coachingRequest ?? null);
  useCoachingChanges((change) => {
    if (change === null || change.requestId === id.value) void refetch();
  });
  return { request, loading, error, refetch };
}
