import { useMutation } from '@vue/apollo-composable';
import { shallowRef, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { BookingChange } from '../calendar/bookingList.js';
import { isolate } from '../i18n/bidi.js';
import { MoveBookingMutation } from './documents.js';
import { cleanReason, undoMoveVariables } from './moveAcross.js';
import { houseChange, houseOf, type HouseChange } from '../shared/directory.js';
import { formatTimeRange } from '../shared/localTime.js';
import type { NoticeAction } from '../shared/useNotices.js';
import type { Booking, Location } from '../shared/types.js';

/**
 * A booking dropped at a new time or room: FullCalendar's drop and resize arguments fit this, and so does a drag
 * in the rooms view (calendar/rooms/), which names the room it was dropped on.
 */
export interface MovedEvent {
  event: { id: string; startStr: string; endStr: string };
  newResource?: { id: string } | null;
  revert: () => void;
}

/** A drop into another house, waiting for the person to confirm it with a reason (or to take it back). */
export interface AcrossQuestion {
  booking: Booking;
  change: HouseChange;
  roomId: string;
  start: string;
  end: string;
}

/**
 * Moving bookings on the calendar. A drag shows at once (Apollo's optimistic answer), goes to the server with
 * the booking's version, and snaps back with the reason when refused; a drop into another house first asks
 * (`question`, answered by `answer`). Every move, dragged or from the move dialog, is announced with where
 * the booking is now, can be undone, and hands the booking to `focus` so the keyboard stays on it.
 */
export function useBookingMove(options: {
  bookings: Ref<readonly Booking[]>;
  locations: Ref<readonly Location[]>;
  apply: (change: BookingChange) => void;
  say: (kind: 'error' | 'success', text: string, action?: NoticeAction) => void;
  explain: (error: unknown) => string;
  focus?: (booking: Booking) => void;
}) {
  const { t, locale } = useI18n();
  const { mutate: move } = useMutation(MoveBookingMutation);
  const question = shallowRef<AcrossQuestion | null>(null);
  let reply: ((reason: string | null) => void) | null = null;

  /** The person's answer to `question`: the reason to move with, or null (or none given) to put the booking back. */
  function answer(reason: string | null) {
    question.value = null;
    reply?.(reason === null ? null : cleanReason(reason));
    reply = null;
  }
  function ask(asked: AcrossQuestion): Promise<string | null> {
    reply?.(null);
    question.value = asked;
    return new Promise((resolve) => (reply = resolve));
  }

  /** "„Chorprobe“ ist jetzt …": the house and its address too when the booking changed house. */
  function movedText(before: Booking, after: Booking): string {
    const values = {
      title: isolate(after.title ?? t('calendar.booked')),
      when: formatTimeRange(after.start, after.end, locale.value),
      room: isolate(after.room.name),
    };
    const house = before.room.locationId !== after.room.locationId ? houseOf(after, options.locations.value) : undefined;
    if (!house) return t('calendar.moved', values);
    return t('calendar.movedAcross', { ...values, house: isolate(house.name), address: isolate(house.address) });
  }

  function show(booking: Booking) {
    options.apply({ cursor: '0', kind: 'UPDATED', bookingId: booking.id, booking });
    options.focus?.(booking);
  }

  async function undo(before: Booking, after: Booking) {
    try {
      const result = await move(undoMoveVariables(before, after));
      const back = result?.data?.moveBooking;
      if (!back) return;
      show(back);
      options.say('success', t('move.undone', { text: movedText(after, back) }));
    } catch (error) {
      options.say('error', options.explain(error));
    }
  }

  /** A move the server accepted: shown, said with where the booking is now, with undo. */
  function announce(before: Booking, after: Booking) {
    show(after);
    // undo() reports its own failure
    options.say('success', movedText(before, after), { label: t('calendar.undo'), run: () => void undo(before, after) });
  }

  async function onEventMoved(info: MovedEvent) {
    const booking = options.bookings.value.find((candidate) => candidate.id === info.event.id);
    if (!booking || !info.event.startStr || !info.event.endStr) return info.revert();
    const roomId = info.newResource?.id ?? booking.room.id;
    const { startStr: start, endStr: end } = info.event;
    const change = houseChange(booking, roomId, options.locations.value);
    const reason = change ? await ask({ booking, change, roomId, start, end }) : null;
    if (change && reason === null) return info.revert();
    const room = options.locations.value.flatMap((location) => location.rooms).find((candidate) => candidate.id === roomId);
    try {
      const result = await move(
        { id: booking.id, expectedVersion: booking.version, roomId, start, end, ...(reason ? { reason } : {}) },
        {
          optimisticResponse: {
            moveBooking: {
              ...booking,
              start,
              end,
              version: booking.version + 1,
              // spread keeps the cached __typename, so Apollo normalises the optimistic room
              room: room ? { ...booking.room, id: room.id, name: room.name, locationId: room.locationId } : booking.room,
            },
          },
        },
      );
      const moved = result?.data?.moveBooking;
      if (moved) announce(booking, moved);
    } catch (error) {
      info.revert();
      options.say('error', options.explain(error));
    }
  }

  return { onEventMoved, announce, question, answer };
}
