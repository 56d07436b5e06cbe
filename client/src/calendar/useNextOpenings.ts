import { useQuery } from '@vue/apollo-composable';
import { DateTime } from 'luxon';
import { computed, type Ref } from 'vue';
import type { OpenSpan } from '../shared/opening.js';
import { TIME_ZONE } from '../shared/types.js';
import { NextOpeningsQuery } from './documents.js';

/**
 * When each house that is closed all of a day opens next, so a closed Sunday or holiday is not an empty page
 * but says when to come back. Asked only when some house is closed that day; `undefined` while loading.
 */
export function useNextOpenings(date: Ref<string>, closedLocationIds: Ref<readonly string[]>) {
  const from = computed(() => DateTime.fromISO(date.value, { zone: TIME_ZONE }).startOf('day').toISO() ?? '');
  const { result, refetch } = useQuery(
    NextOpeningsQuery,
    () => ({ from: from.value }),
    () => ({ enabled: closedLocationIds.value.length > 0 && from.value !== '' }),
  );
  const nextOpenings = computed<Readonly<Record<string, OpenSpan | null | undefined>>>(() =>
    Object.fromEntries((result.value?.locations ?? []).map((location) => [location.id, location.nextOpening ?? null])),
  );
  return { nextOpenings, refetch: () => void refetch() };
}
