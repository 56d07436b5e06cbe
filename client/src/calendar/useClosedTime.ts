import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import { arrangeShading, shadingLayout } from './closedShading.js';
import { backgroundEvents, closedDay, closedSpans, type ClosedWords } from './closedTime.js';
import type { CalendarState, Location } from '../shared/types.js';
import type { Range } from './useCalendarBookings.js';
import { useClosedPeriods } from './useClosedPeriods.js';
import { useNextOpenings } from './useNextOpenings.js';

/**
 * Closed time for the calendar: shading per room (outside opening hours, holidays, closures, each labelled)
 * for the grid's range, as the view can show it (closedShading.ts), and why a house is closed on the chosen day and when it opens next.
 */
export function useClosedTime(options: {
  range: Ref<Range | null>;
  /** The grid's range; null on a phone, where there is no grid to shade. */
  gridRange: Ref<Range | null>;
  state: Ref<CalendarState>;
  locations: Ref<readonly Location[]>;
  shownRoomIds: Ref<ReadonlySet<string> | null>;
}) {
  const { t } = useI18n();
  const { periods, refetch: refetchPeriods } = useClosedPeriods(options.range);
  const words = computed<ClosedWords>(() => ({
    closed: t('closed.closed'),
    because: (name) => t('closed.because', { name }),
    holiday: (code) => t(`holidays.${code}`),
  }));
  const shading = computed(() => {
    const grid = options.gridRange.value;
    if (!grid) return [];
    const shownRooms = options.shownRoomIds.value;
    const spans = closedSpans({
      locations: options.locations.value,
      roomIds: shownRooms,
      periods: periods.value,
      from: grid.from,
      to: grid.to,
      words: words.value,
    });
    const roomIds = options.locations.value
      .flatMap((location) => location.rooms.map((room) => room.id))
      .filter((id) => shownRooms === null || shownRooms.has(id));
    return backgroundEvents(
      arrangeShading(spans, shadingLayout(options.state.value.view), { roomIds, from: grid.from, to: grid.to, closed: words.value.closed }),
    );
  });
  const closedHouses = computed(() =>
    Object.fromEntries(
      options.locations.value.map((location) => [location.id, closedDay(location, periods.value, options.state.value.date, words.value)]),
    ),
  );
  const { nextOpenings, refetch: refetchNextOpenings } = useNextOpenings(
    computed(() => options.state.value.date),
    computed(() => Object.keys(closedHouses.value).filter((id) => closedHouses.value[id] !== null)),
  );
  const closedOnDay = computed(() => options.locations.value.filter((location) => closedHouses.value[location.id]));
  const refetch = () => {
    refetchPeriods();
    refetchNextOpenings();
  };
  return { shading, closedHouses, closedOnDay, nextOpenings, refetch };
}
