import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch, type Ref } from 'vue';
import { NextOpeningsQuery } from '../calendar/documents.js';
import { formatOpening, hasEnded, openingState } from '../shared/opening.js';
import type { useDisplayLanguages } from './useDisplayLanguages.js';

type Say = ReturnType<typeof useDisplayLanguages>['say'];
type Phrases = ReturnType<Say>;

/** Asking again for a span that ended waits this long after the last ask, so a failing server is not hammered. */
const ASK_AGAIN_MS = 60_000;

/**
 * Per house that is closed now: "closed now" and when it opens again, in each language of the screen. The
 * server is asked from the screen's own "now" (so a screen whose clock runs ahead asks about its own moment);
 * when a span it named has ended, the screen shows nothing about it and asks again.
 */
export function useClosedNotices(inputs: { now: Ref<Date>; say: Say }) {
  const from = ref(inputs.now.value.toISOString());
  const askedAt = ref(inputs.now.value.getTime());
  const { result, refetch } = useQuery(NextOpeningsQuery, () => ({ from: from.value }));
  const spans = computed(() => result.value?.locations ?? []);

  watch(inputs.now, (instant) => {
    if (!spans.value.some((location) => hasEnded(location.nextOpening, instant))) return;
    if (instant.getTime() - askedAt.value < ASK_AGAIN_MS && from.value !== '') return;
    askedAt.value = instant.getTime();
    from.value = instant.toISOString();
  });

  const notices = computed(() => {
    const closed = new Map<string, { closed: Phrases; reopens: Phrases }>();
    for (const location of spans.value) {
      const state = openingState(location.nextOpening, inputs.now.value);
      if (state === null || state.open) continue;
      const opensAt = state.opensAt;
      closed.set(location.id, {
        closed: inputs.say('display.closedNow'),
        reopens: opensAt
          ? inputs.say('closed.reopens', (language) => ({ when: formatOpening(opensAt, language) }))
          : inputs.say('closed.closedUntilFurtherNotice'),
      });
    }
    return closed;
  });
  return { notices, refetch: () => void refetch() };
}
