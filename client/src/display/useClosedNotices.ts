import { computed, watch, type Ref } from 'vue';
import { formatOpening, hasEnded, openingState, type OpenSpan } from '../shared/opening.js';

type Phrases = Array<{ language: string; text: string }>;
type Say = (key: string, params?: (language: string) => Record<string, string>) => Phrases;

/**
 * Per house that is closed now: "closed now" and when it opens again, in each language of the screen. The
 * server names the span a house is open in or the next one; when that span ends, it is asked once for the next.
 */
export function useClosedNotices(inputs: {
  locations: Ref<ReadonlyArray<{ id: string; nextOpening?: OpenSpan | null }>>;
  now: Ref<Date>;
  say: Say;
  refetch: () => void;
}) {
  const notices = computed(() => {
    const closed = new Map<string, { closed: Phrases; reopens: Phrases }>();
    for (const location of inputs.locations.value) {
      const state = openingState(location.nextOpening, inputs.now.value);
      if (state.open) continue;
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

  const askedAfter = new Set<string>();
  watch(inputs.now, (instant) => {
    const ended = inputs.locations.value.filter(
      (location) => hasEnded(location.nextOpening, instant) && !askedAfter.has(`${location.id}|${location.nextOpening?.end}`),
    );
    if (ended.length === 0) return;
    for (const location of ended) askedAfter.add(`${location.id}|${location.nextOpening?.end}`);
    inputs.refetch();
  });

  return notices;
}
