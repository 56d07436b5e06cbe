import { ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { NoticeAction } from '../shared/useNotices.js';
import type { BookingChange } from './bookingList.js';
import type { Booking } from '../shared/types.js';
import { useUndoCancel } from '../bookings/useUndoCancel.js';
import { formatLongDate } from '../shared/localTime.js';

export type Slot = { roomId: string; start: string; end: string };
export type CalendarDialog = { kind: 'booking'; booking: Booking | null; slot: Slot | null } | { kind: 'move'; booking: Booking } | null;

/**
 * The calendar's dialogs: which one is open, and what happens when it saves — the answer goes into the
 * calendar at once, the reader is told, and a cancellation can be undone for a few seconds.
 */
export function useCalendarDialogs(options: {
  applyAll: (changes: readonly BookingChange[]) => void;
  say: (kind: 'error' | 'success', text: string, action?: NoticeAction) => void;
  explain: (error: unknown) => string;
}) {
  const { t, locale } = useI18n();
  const dialog = ref<CalendarDialog>(null);
  const undoCancel = useUndoCancel();
  const show = (saved: readonly Booking[]) =>
    options.applyAll(saved.map((booking) => ({ cursor: '0', kind: 'UPDATED' as const, bookingId: booking.id, booking })));

  function openNew(slot: Slot | null = null) {
    dialog.value = { kind: 'booking', booking: null, slot };
  }
  function openBooking(booking: Booking) {
    dialog.value = { kind: 'booking', booking, slot: null };
  }
  function openMove(booking: Booking) {
    dialog.value = { kind: 'move', booking };
  }
  function close() {
    dialog.value = null;
  }

  async function undo(booking: Booking) {
    try {
      const again = await undoCancel(booking);
      if (again) {
        show([again]);
        options.say('success', t('calendar.restored'));
      }
    } catch (error) {
      options.say('error', options.explain(error));
    }
  }

  function onSaved(booking: Booking) {
    show([booking]);
    dialog.value = null;
    // a request waits for the team (issue 29): say so, with the time it lapses, so nobody takes it for confirmed
    if (booking.status === 'REQUESTED')
      return options.say(
        'success',
        t('calendar.requestSent', { until: booking.expiresAt ? formatLongDate(booking.expiresAt, locale.value) : '' }),
      );
    if (booking.status !== 'CANCELLED') return options.say('success', t('calendar.saved'));
    options.say('success', t('calendar.cancelled'), {
      label: t('calendar.undo'),
      // undo() reports its own failure
      run: () => void undo(booking),
    });
  }

  /** Several dates of a series written at once: shown together; the dialog stays for its summary when asked. */
  function onSavedMany(saved: readonly Booking[], result: { close: boolean; message: string }) {
    show(saved);
    if (result.close) dialog.value = null;
    options.say('success', result.message);
  }

  return { dialog, openNew, openBooking, openMove, close, onSaved, onSavedMany };
}
