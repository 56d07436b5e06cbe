import { useQuery } from '@vue/apollo-composable';
import { computed, type Ref } from 'vue';
import { ClosedPeriodsQuery } from './documents.js';
import type { ClosedPeriod } from './closedTime.js';
import type { Range } from './useCalendarBookings.js';

/**
 * Public holidays and closures of every house in the visible range. The calendar page refetches them when
 * the directory reports a change (a closure entered or deleted), like the houses and rooms themselves.
 */
export function useClosedPeriods(range: Ref<Range | null>) {
  const { result, refetch } = useQuery(
    ClosedPeriodsQuery,
    () => range.value ?? { from: '', to: '' },
    () => ({ enabled: range.value !== null, fetchPolicy: 'cache-and-network' }),
  );
  const periods = computed<readonly ClosedPeriod[]>(() => result.value?.holidays ?? []);
  return { periods, refetch: () => void refetch() };
}
