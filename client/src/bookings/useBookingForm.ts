import { useMutation } from '@vue/apollo-composable';
import { computed, reactive, ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { BookingCategory, BookingVisibility, MeQuery } from '../graphql/graphql.js';
import { localDate, localTime } from '../shared/localTime.js';
import { toInstant } from '../shared/toInstant.js';
import type { Booking, Location, Organization } from '../shared/types.js';
import { useErrorText } from '../shared/useErrorText.js';
import type { BookingValues } from './bookingFields.js';
import { CancelBookingMutation, CreateBookingMutation, UpdateBookingMutation } from './documents.js';
import type { RepeatKind } from './seriesRule.js';
import { useSeriesBooking, type Occurrence, type SeriesScope } from './useSeriesBooking.js';

export const CATEGORIES = [
  'CHOIR',
  'LANGUAGE_COURSE',
  'COUNSELLING',
  'ART_COURSE',
  'OFFICE_HOURS',
  'MEETING',
  'COACHING',
  'NETWORK_MEETING',
  'EVENT',
  'OTHER',
] as const satisfies readonly BookingCategory[];
export const VISIBILITIES = ['MEMBERS', 'PUBLIC', 'PRIVATE'] as const satisfies readonly BookingVisibility[];
// the lists above set the order in the form; these fail to compile when the schema gains a value they lack
const everyCategoryListed: Exclude<BookingCategory, (typeof CATEGORIES)[number]> extends never ? true : never = true;
const everyVisibilityListed: Exclude<BookingVisibility, (typeof VISIBILITIES)[number]> extends never ? true : never = true;
void everyCategoryListed;
void everyVisibilityListed;

export const SCOPES = ['THIS', 'FOLLOWING', 'ALL'] as const satisfies readonly SeriesScope[];

export type Me = NonNullable<MeQuery['me']>;
/** A place and time chosen before the dialog opens; a search may also know how many people will come. */
export type Slot = { roomId: string; start: string; end: string; expectedAttendees?: number | null };

/** The form as the person edits it: a day and two wall-clock times rather than instants. */
export interface BookingForm {
  roomId: string;
  organizationId: string;
  title: string;
  category: (typeof CATEGORIES)[number];
  date: string;
  startTime: string;
  endTime: string;
  visibility: (typeof VISIBILITIES)[number];
  expectedAttendees: number | null;
  notes: string;
}

/** What the dialog opens with: the booking's fields, else the chosen slot, else the first room at ten today. */
export function initialForm(
  booking: Booking | null,
  slot: Slot | null,
  context: { locations: readonly Location[]; me: Me | null; now?: Date },
): BookingForm {
  const from = booking ?? slot;
  return {
    roomId: booking?.room.id ?? slot?.roomId ?? context.locations[0]?.rooms[0]?.id ?? '',
    organizationId: booking?.organization?.id ?? context.me?.organization?.id ?? '',
    title: booking?.title ?? '',
    category: booking?.category ?? 'MEETING',
    date: localDate(from?.start ?? (context.now ?? new Date()).toISOString()),
    startTime: from ? localTime(from.start) : '10:00',
    endTime: from ? localTime(from.end) : '11:00',
    visibility: booking?.visibility ?? 'MEMBERS',
    expectedAttendees: booking ? (booking.expectedAttendees ?? null) : (slot?.expectedAttendees ?? null),
    notes: booking?.notes ?? '',
  };
}

/** The form as the API takes it, or null while a time cannot be read. Empty optional fields are sent as null. */
export function formValues(form: BookingForm): BookingValues | null {
  const start = toInstant(form.date, form.startTime);
  const end = toInstant(form.date, form.endTime);
  if (!start || !end) return null;
  return {
    roomId: form.roomId,
    organizationId: form.organizationId,
    title: form.title,
    category: form.category,
    start,
    end,
    visibility: form.visibility,
    expectedAttendees: form.expectedAttendees || null,
    notes: form.notes || null,
  };
}

/** The time field that cannot be read, if any: checked before anything is sent. */
export function unreadableTime(form: BookingForm): 'startTime' | 'endTime' | null {
  if (!toInstant(form.date, form.startTime)) return 'startTime';
  if (!toInstant(form.date, form.endTime)) return 'endTime';
  return null;
}

/**
 * Which of the four writes saving the form is: a new booking, a new series (repeat chosen), a change of
 * this booking (or of this one date of its series), or a change of several dates of its series.
 */
export type SavePath = 'create' | 'createSeries' | 'update' | 'changeSeries';

export function savePath(booking: Booking | null, repeat: RepeatKind, scope: SeriesScope): SavePath {
  if (booking === null) return repeat === 'NONE' ? 'create' : 'createSeries';
  return booking.series != null && scope !== 'THIS' ? 'changeSeries' : 'update';
}

/** Cancelling this booking (or this one date of its series), or several dates of its series. */
export function cancelPath(booking: Booking, scope: SeriesScope): 'cancel' | 'cancelSeries' {
  return booking.series != null && scope !== 'THIS' ? 'cancelSeries' : 'cancel';
}

/** The MOs one may book for: any with the capability, else one's own. */
export function organizationChoices(organizations: readonly Organization[], me: Me | null): readonly Organization[] {
  if (me?.capabilities.bookForAnyOrganization) return organizations;
  return organizations.filter((organization) => organization.id === me?.organization?.id);
}

/** The reason sent with a change or cancellation: only from those who may give one, and only when written. */
export function reasonToSend(reason: string, me: Me | null): string | null {
  return me?.capabilities.giveReasonForChanges && reason.trim() ? reason.trim() : null;
}

/** The form field an API error names: the API says start/end, the form holds times. */
export function formFieldOf(apiField: string | null | undefined, form: BookingForm): keyof BookingForm | null {
  const field = apiField === 'start' ? 'startTime' : apiField === 'end' ? 'endTime' : apiField;
  return field && field in form ? (field as keyof BookingForm) : null;
}

/**
 * The booking dialog's state and its saves: the dialog binds fields to `form`, and `save` / `cancel` pick
 * the write (`savePath`, `cancelPath`), send it, and report the answer through `on`.
 */
export function useBookingForm(
  props: {
    readonly booking: Booking | null;
    readonly selectedSlot: Slot | null;
    readonly locations: readonly Location[];
    readonly organizations: readonly Organization[];
    readonly me: Me | null;
    readonly startWithCancel?: boolean;
  },
  on: {
    saved: (booking: Booking) => void;
    savedMany: (bookings: readonly Booking[], options: { close: boolean; message: string }) => void;
  },
) {
  const { t } = useI18n();
  const describeError = useErrorText();
  const form = reactive<BookingForm>(initialForm(props.booking, props.selectedSlot, props));
  const fieldErrors = ref<Partial<Record<keyof BookingForm, string>>>({});
  const generalError = ref<string | null>(null);
  /** The code the last save was refused with: BOOKING_CONFLICT offers the waiting list (issue 29). */
  const refusedAs = ref<string | null>(null);
  const busy = ref(false);
  const confirmingCancel = ref(props.startWithCancel ?? false);
  /** Those who may tell the MO why they change or cancel its booking; it appears in the MO's notice and mail. */
  const reason = ref('');
  /** For a date of a series: which dates a change or cancellation reaches. */
  const scope = ref<SeriesScope>('THIS');
  /** After booking a series: what was booked and what was skipped, until the person closes the dialog. */
  const seriesBooked = ref<{ summary: string; skipped: readonly Occurrence[] } | null>(null);

  const editable = computed(() => props.booking === null || props.booking.canManage);
  const inSeries = computed(() => props.booking?.series != null);
  const choices = computed(() => organizationChoices(props.organizations, props.me));

  const series = useSeriesBooking({
    values: () => formValues(form),
    date: () => form.date,
    startTime: () => form.startTime,
    endTime: () => form.endTime,
  });
  const repeating = computed(() => props.booking === null && series.repeat.kind !== 'NONE');

  const { mutate: create } = useMutation(CreateBookingMutation);
  const { mutate: update } = useMutation(UpdateBookingMutation);
  const { mutate: cancel } = useMutation(CancelBookingMutation);

  function showError(error: unknown) {
    const { text, field, code } = describeError(error);
    refusedAs.value = code;
    const formField = formFieldOf(field, form);
    if (formField) fieldErrors.value = { [formField]: text };
    else generalError.value = text;
  }

  async function run(write: () => Promise<void>) {
    busy.value = true;
    try {
      await write();
    } catch (error) {
      showError(error);
    } finally {
      busy.value = false;
    }
  }

  async function save() {
    fieldErrors.value = {};
    generalError.value = null;
    refusedAs.value = null;
    const unreadable = unreadableTime(form);
    if (unreadable) return void (fieldErrors.value = { [unreadable]: t('dialog.invalidTime') });
    const values = formValues(form)!;
    const booking = props.booking;
    await run(async () => {
      switch (savePath(booking, series.repeat.kind, scope.value)) {
        case 'createSeries': {
          const booked = await series.create(values);
          if (!booked) return;
          seriesBooked.value = { summary: booked.summary, skipped: booked.skipped };
          return on.savedMany(booked.created, { close: false, message: booked.summary });
        }
        case 'changeSeries': {
          const changed = await series.update(booking!, scope.value as Exclude<SeriesScope, 'THIS'>, values);
          return on.savedMany(changed, { close: true, message: t('series.changed', { count: changed.length }, changed.length) });
        }
        case 'update': {
          const input = { id: booking!.id, expectedVersion: booking!.version, input: values, reason: reasonToSend(reason.value, props.me) };
          const updated = (await update(input))?.data?.updateBooking;
          return void (updated && on.saved(updated));
        }
        case 'create': {
          const created = (await create({ input: values }))?.data?.createBooking;
          return void (created && on.saved(created));
        }
      }
    });
  }

  async function cancelBooking() {
    const booking = props.booking;
    if (!booking) return;
    await run(async () => {
      if (cancelPath(booking, scope.value) === 'cancelSeries') {
        const cancelled = await series.cancel(booking, scope.value as Exclude<SeriesScope, 'THIS'>);
        return on.savedMany(cancelled, { close: true, message: t('series.cancelled', { count: cancelled.length }, cancelled.length) });
      }
      const input = { id: booking.id, expectedVersion: booking.version, reason: reasonToSend(reason.value, props.me) };
      const result = (await cancel(input))?.data?.cancelBooking;
      if (result) on.saved(result);
    });
  }

  return {
    form,
    fieldErrors,
    generalError,
    refusedAs,
    busy,
    confirmingCancel,
    reason,
    scope,
    seriesBooked,
    editable,
    inSeries,
    repeating,
    organizationChoices: choices,
    series,
    describeError,
    save,
    cancelBooking,
  };
}
