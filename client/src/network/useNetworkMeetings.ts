import { useQuery } from '@vue/apollo-composable';
import { computed, ref, type Ref } from 'vue';
import { NetworkMeetingQuery, NetworkMeetingsQuery } from './documents.js';
import { concernsMeeting, concernsMeetingList, meetingWindow, splitMeetings } from './networkModel.js';
import { latestLoad } from '../app/latestLoad.js';
import { useNetworkChanges } from './useNetworkChanges.js';

/** The meetings of the last year and the coming months, split into coming and past, kept current live. */
export function useMeetingList(signedIn: Ref<boolean>) {
  // the window and "coming" are judged when the page opens; a live change refetches the same window
  const now = ref(new Date());
  const { result, loading, error, refetch } = useQuery(
    NetworkMeetingsQuery,
    () => meetingWindow(now.value),
    () => ({
      enabled: signedIn.value,
      fetchPolicy: 'cache-and-network',
    }),
  );
  const meetings = computed(() => splitMeetings(result.value?.networkMeetings ?? [], now.value));
  const loaded = computed(() => result.value !== undefined);
  const reload = latestLoad(() => refetch() ?? Promise.resolve());
  useNetworkChanges((change) => {
    if (signedIn.value && concernsMeetingList(change)) void reload();
  });
  return { meetings, loaded, loading, error, refetch };
}

/** One meeting with its agenda and minutes, refetched when a change for it (or a reconnect) arrives. */
export function useMeeting(id: Ref<string>) {
  const { result, loading, error, refetch } = useQuery(
    NetworkMeetingQuery,
    () => ({ id: id.value }),
    () => ({
      enabled: id.value !== '',
      fetchPolicy: 'cache-and-network',
    }),
  );
  const meeting = computed(() => result.value?.networkMeeting ?? null);
  const reload = latestLoad(() => refetch() ?? Promise.resolve());
  useNetworkChanges((change) => {
    if (concernsMeeting(change, id.value)) void reload();
  });
  return { meeting, loading, error, refetch };
}
