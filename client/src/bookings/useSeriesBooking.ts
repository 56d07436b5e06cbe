import { useApolloClient, useMutation } from '@vue/apollo-composable';
import { computed, onBeforeUnmount, reactive, ref, watch } from 'vue';
import { useI18n } from 'vue-i18n';
import type { CreateBookingInput, SeriesOccurrenceFieldsFragment } from '../graphql/graphql.js';
import { seriesChanges, type BookingValues } from './bookingFields.js';
import {
  CancelBookingSeriesMutation,
  CreateBookingSeriesMutation,
  PreviewBookingSeriesQuery,
  UpdateBookingSeriesMutation,
} from './documents.js';
import { defaultUntil, rruleFor, seriesSummary, skippedReason, type RepeatKind, type Translate } from './seriesRule.js';
import type { Booking } from '../shared/types.js';

export type SeriesScope = 'THIS' | 'FOLLOWING' | 'ALL';
export type Occurrence = SeriesOccurrenceFieldsFragment;

const PREVIEW_DELAY_MS = 400;

/**
 * The booking dialog's series work: "repeat" for a new booking (a preview of every date, free or why not,
 * kept current as the form changes, then booking the free ones), and for a date of a series the scope a
 * change or cancellation applies to.
 */
export function useSeriesBooking(options: {
  /** The new booking's values as the API takes them, or null while a time is invalid. */
  values: () => CreateBookingInput | null;
  date: () => string;
  startTime: () => string;
  endTime: () => string;
}) {
  const { t, locale } = useI18n();
  const translate: Translate = (key, values = {}, plural) => (plural === undefined ? t(key, values) : t(key, values, plural));
  const { resolveClient } = useApolloClient();

  const repeat = reactive<{ kind: RepeatKind; until: string }>({ kind: 'NONE', until: defaultUntil(options.date()) });
  const occurrences = ref<readonly Occurrence[] | null>(null);
  const previewing = ref(false);
  const previewError = ref<unknown>(null);
  const rrule = computed(() => (repeat.kind === 'NONE' ? null : rruleFor(repeat.kind, options.date(), repeat.until)));

  // the until day follows the first date while nobody has chosen one
  let untilTouched = false;
  watch(options.date, (date) => {
    if (!untilTouched) repeat.until = defaultUntil(date);
  });
  function setUntil(until: string) {
    untilTouched = true;
    repeat.until = until;
  }

  let timer: ReturnType<typeof setTimeout> | undefined;
  let asked = 0;
  async function preview() {
    const values = options.values();
    if (!values || !rrule.value) return;
    const question = ++asked;
    previewing.value = true;
    try {
      const { data } = await resolveClient().query({
        query: PreviewBookingSeriesQuery,
        variables: { input: { ...values, rrule: rrule.value } },
        fetchPolicy: 'network-only',
      });
      if (question !== asked) return;
      occurrences.value = data.previewBookingSeries.occurrences;
      previewError.value = null;
    } catch (error) {
      if (question !== asked) return;
      occurrences.value = null;
      previewError.value = error;
    } finally {
      if (question === asked) previewing.value = false;
    }
  }
  watch(
    () => (repeat.kind === 'NONE' ? null : JSON.stringify([options.values(), rrule.value])),
    (key) => {
      clearTimeout(timer);
      if (key === null) {
        occurrences.value = null;
        previewError.value = null;
        return;
      }
      previewing.value = true;
      timer = setTimeout(() => void preview(), PREVIEW_DELAY_MS);
    },
  );
  onBeforeUnmount(() => clearTimeout(timer));

  const free = computed(() => occurrences.value?.filter((occurrence) => occurrence.status === 'FREE') ?? []);
  const skipped = computed(() => occurrences.value?.filter((occurrence) => occurrence.status !== 'FREE') ?? []);

  function summarize(dates: number, skippedCount: number): string {
    if (repeat.kind === 'NONE') return '';
    return seriesSummary(
      {
        kind: repeat.kind,
        date: options.date(),
        startTime: options.startTime(),
        endTime: options.endTime(),
        until: repeat.until,
        dates,
        skipped: skippedCount,
      },
      locale.value,
      translate,
    );
  }
  const summary = computed(() => (occurrences.value ? summarize(free.value.length, skipped.value.length) : ''));
  const reasonOf = (occurrence: Occurrence) => skippedReason(occurrence, translate);

  const { mutate: createSeries } = useMutation(CreateBookingSeriesMutation);
  const { mutate: updateSeries } = useMutation(UpdateBookingSeriesMutation);
  const { mutate: cancelSeries } = useMutation(CancelBookingSeriesMutation);

  /** Books the free dates; the dates skipped are those the person saw in the preview, or taken since. */
  async function create(values: CreateBookingInput) {
    if (!rrule.value) return null;
    const result = (await createSeries({ input: { ...values, rrule: rrule.value }, onConflict: 'SKIP' }))?.data?.createBookingSeries;
    if (!result) return null;
    return { created: result.created, skipped: result.skipped, summary: summarize(result.created.length, result.skipped.length) };
  }

  /** Which dates a change of `booking` reaches: from it on (FOLLOWING) or every date from now on (ALL). */
  const fromStart = (booking: Booking, scope: Exclude<SeriesScope, 'THIS'>) =>
    scope === 'FOLLOWING' ? (booking.occurrenceStart ?? booking.start) : null;

  /** Changes the dates in scope: only the fields that differ from this date's, times as wall-clock. */
  async function update(booking: Booking, scope: Exclude<SeriesScope, 'THIS'>, values: BookingValues): Promise<readonly Booking[]> {
    const input = seriesChanges(booking, values, { startTime: options.startTime(), endTime: options.endTime() });
    const seriesId = booking.series!.id;
    const result = await updateSeries({ seriesId, fromStart: fromStart(booking, scope), input });
    return result?.data?.updateBookingSeries.bookings ?? [];
  }

  async function cancel(booking: Booking, scope: Exclude<SeriesScope, 'THIS'>): Promise<readonly Booking[]> {
    const result = await cancelSeries({ seriesId: booking.series!.id, fromStart: fromStart(booking, scope) });
    return result?.data?.cancelBookingSeries.bookings ?? [];
  }

  return { repeat, setUntil, rrule, occurrences, previewing, previewError, free, skipped, summary, reasonOf, create, update, cancel };
}
