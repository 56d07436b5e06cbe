import type { EventInput } from '@fullcalendar/core';
import { computed, type Ref } from 'vue';
import { useI18n } from 'vue-i18n';
import type { Booking } from '../shared/types.js';
import { eventLabel } from './eventLabel.js';
import { toCalendarEvent } from './toCalendarEvent.js';

/**
 * The calendar's events: closed-time shading, then the bookings. A booking is converted once per version of
 * it (the held list keeps the same object while a booking is unchanged, `bookingList.ts`), so a change elsewhere neither formats
 * thousands of labels again nor gives FullCalendar new objects for unchanged events (see `eventSync.ts`).
 * A booking that just changed is created with a flash that fades by itself: nothing renders again when the
 * highlight ends.
 */
export function useCalendarEvents(options: {
  bookings: Ref<readonly Booking[]>;
  shading: Ref<readonly EventInput[]>;
  highlighted: Ref<ReadonlySet<string>>;
  houseName: (locationId: string) => string;
}) {
  const { t, locale } = useI18n();
  // "checked in" is said with the bookings someone came to; its words load with check-in's own
  const converted = new WeakMap<Booking, { context: string; flashed: boolean; event: EventInput }>();

  const events = computed<EventInput[]>(() => {
    const language = locale.value;
    const redactedTitle = t('calendar.booked');
    const highlighted = options.highlighted.value;
    const bookingEvents = options.bookings.value.map((booking) => {
      const houseName = options.houseName(booking.room.locationId);
      // what else the event shows, besides the booking itself
      const context = `${language}\n${houseName}`;
      const flash = highlighted.has(booking.id);
      const known = converted.get(booking);
      // the end of a flash changes nothing: the animation is over, and the event need not render again
      if (known && known.context === context && (known.flashed || !flash)) return known.event;
      const event = toCalendarEvent(booking, {
        redactedTitle,
        highlighted: flash,
        draggable: booking.canManage,
        houseName,
        label: eventLabel(booking, {
          sentence: (values) => t('calendar.eventLabel', values),
          booked: redactedTitle,
          language,
          houseName: options.houseName,
          seriesMarker: t('series.marker'),
          unconfirmedMarker: t('calendar.unconfirmed'),
          // in the app's own words, not check-in's: the calendar (and the phone) need not load those for one word
          checkedInMarker: t('calendar.checkedIn'),
        }),
      });
      converted.set(booking, { context, flashed: flash, event });
      return event;
    });
    return [...options.shading.value, ...bookingEvents];
  });

  return { events };
}
