import { useQuery } from '@vue/apollo-composable';
import { computed, ref, watch, type Ref } from 'vue';
import { NextOpeningsQuery } from '../calendar/documents.js';
import { isolateLtr } from '../i18n/bidi.js';
import { localTime, weekdayName } from '../shared/localTime.js';
import { formatOpening, hasEnded, openingState } from '../shared/opening.js';
import { houseClosedAt, reopening, type ClosedStretch } from './closedToday.js';
import type { useDisplayLanguages } from './useDisplayLanguages.js';
import { wallParts } from '../shared/zonedTime.js';

// Arabic and Farsi write their own comma
const comma = (language: string) => (language === 'ar' || language === 'fa' ? '، ' : ', ');

type Say = ReturnType<typeof useDisplayLanguages>['say'];
type Phrases = ReturnType<Say>;

/** Asking again for a span that ended waits this long after the last ask, so a failing server is not hammered. */
const ASK_AGAIN_MS = 60_000;

export interface ClosedNotice {
  /** "Jetzt geschlossen" when it opens again today, else "Heute geschlossen". */
  closed: Phrases;
  /** A holiday's name in each language, or a closure's reason as staff wrote it. */
  reason: Phrases | string | null;
  /** "Öffnet heute um 14:00", "Öffnet Montag, 09:00", or a date further ahead. */
  reopens: Phrases;
}

/**
 * Per house that is closed now: closed now or today, why, and when it opens again, in each language of the
 * screen. The server is asked from the screen's own "now" (so a screen whose clock runs ahead asks about its
 * own moment); when a span it named has ended, the screen shows nothing about it and asks again.
 * `closedOf` gives a house's closed time today (`closedToday.ts`), which names the reason.
 */
export function useClosedNotices(inputs: {
  now: Ref<Date>;
  say: Say;
  timeZone: string;
  closedOf: (locationId: string) => readonly ClosedStretch[];
}) {
  const from = ref(inputs.now.value.toISOString());
  const askedAt = ref(inputs.now.value.getTime());
  // not kept in Apollo's cache: each `from` asked would stay there as a field of every house, a screen's life long
  const { result, refetch } = useQuery(NextOpeningsQuery, () => ({ from: from.value }), { fetchPolicy: 'no-cache' });
  const spans = computed(() => result.value?.locations ?? []);

  watch(inputs.now, (instant) => {
    if (!spans.value.some((location) => hasEnded(location.nextOpening, instant))) return;
    if (instant.getTime() - askedAt.value < ASK_AGAIN_MS && from.value !== '') return;
    askedAt.value = instant.getTime();
    from.value = instant.toISOString();
  });

  const notices = computed(() => {
    const closed = new Map<string, ClosedNotice>();
    for (const location of spans.value) {
      const now = inputs.now.value;
      const state = openingState(location.nextOpening, now);
      if (state === null || state.open) continue;
      const period = houseClosedAt(inputs.closedOf(location.id), now)?.period ?? null;
      closed.set(location.id, {
        ...reopensPhrases(state.opensAt, now),
        reason: period === null ? null : period.holiday ? inputs.say(`holidays.${period.holiday}`) : period.name,
      });
    }
    return closed;
  });

  function reopensPhrases(opensAt: string | null, now: Date): Pick<ClosedNotice, 'closed' | 'reopens'> {
    const closedToday = inputs.say('display.closedToday');
    if (opensAt === null) return { closed: closedToday, reopens: inputs.say('closed.closedUntilFurtherNotice') };
    const time = isolateLtr(localTime(opensAt));
    switch (reopening(opensAt, now, inputs.timeZone)) {
      case 'today':
        return { closed: inputs.say('display.closedNow'), reopens: inputs.say('display.opensTodayAt', { time }) };
      case 'thisWeek': {
        const weekday = wallParts(Date.parse(opensAt), inputs.timeZone).weekday;
        return {
          closed: closedToday,
          reopens: inputs.say('display.opensOn', (language) => ({ when: `${weekdayName(weekday, language)}${comma(language)}${time}` })),
        };
      }
      case 'later':
        return { closed: closedToday, reopens: inputs.say('display.opensOn', (language) => ({ when: formatOpening(opensAt, language) })) };
    }
  }
  return { notices, refetch: () => void refetch() };
}
