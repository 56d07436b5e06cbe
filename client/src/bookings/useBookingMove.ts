import type { EventDropArg } from '@fullcalendar/core';
import type { EventResizeDoneArg } from '@fullcalendar/interaction';
import { useMutation } from '@vue/apollo-composable';
import type { Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { BookingChange } from '../calendar/bookingList.js';
import { MoveBookingMutation } from './documents.js';
import { formatTimeRange } from '../shared/localTime.js';
import type { Booking, Location } from '../shared/types.js';

/**
 * Drag and drop: the move shows at once (Apollo's optimistic answer), goes to the server with the booking's
 * version, and snaps back with the reason when refused.
 */
export function useBookingMove(options: {
  bookings: Ref<readonly Booking[]>;
  locations: Ref<readonly Location[]>;
  apply: (change: BookingChange) => void;
  say: (kind: 'error' | 'success', text: string) => void;
  explain: (error: unknown) => string;
}) {
  const { t, locale } = useI18n();
  const { mutate: move } = useMutation(MoveBookingMutation);

  return async function onEventMoved(info: EventDropArg | EventResizeDoneArg) {
    const booking = options.bookings.value.find((candidate) => candidate.id === info.event.id);
    if (!booking || !info.event.startStr || !info.event.endStr) return info.revert();
    const newResource = 'newResource' in info ? info.newResource : null;
    const roomId = newResource?.id ?? booking.room.id;
    const room = options.locations.value.flatMap((location) => location.rooms).find((candidate) => candidate.id === roomId);
    try {
      const result = await move(
        { id: booking.id, expectedVersion: booking.version, roomId, start: info.event.startStr, end: info.event.endStr },
        {
          optimisticResponse: {
            moveBooking: {
              ...booking,
              start: info.event.startStr,
              end: info.event.endStr,
              version: booking.version + 1,
              // spread keeps the cached __typename, so Apollo normalises the optimistic room
              room: room ? { ...booking.room, id: room.id, name: room.name, locationId: room.locationId } : booking.room,
            },
          },
        },
      );
      const moved = result?.data?.moveBooking;
      if (!moved) return;
      options.apply({ cursor: '0', kind: 'UPDATED', bookingId: moved.id, booking: moved });
      options.say(
        'success',
        t('calendar.moved', {
          title: moved.title ?? t('calendar.booked'),
          when: formatTimeRange(moved.start, moved.end, locale.value),
          room: moved.room.name,
        }),
      );
    } catch (error) {
      info.revert();
      options.say('error', options.explain(error));
    }
  };
}
