import { formatLongDate, localTime } from '../shared/localTime.js';
import type { Booking } from '../shared/types.js';
import { isUnconfirmed } from '../bookings/bookingStatus.js';

export interface EventLabelWords {
  /** The message with {title}, {organization}, {room}, {house}, {date} and {time}. */
  sentence: (values: Record<string, string>) => string;
  booked: string;
  language: string;
  houseName: (locationId: string) => string;
  /** Said after the rest for a date of a series ("Termin einer Serie"). */
  seriesMarker?: string;
  /** Said after the rest for a request or an offer: taken, but not confirmed yet ("noch nicht bestätigt"). */
  unconfirmedMarker?: string;
  /** Said after the rest once someone checked in ("eingecheckt"). */
  checkedInMarker?: string;
}

/**
 * What a screen reader says for a booking in the calendar: title, MO, room, house, date and time, not just
 * "10:00 - 12:00 Deutschkurs A2 SDKV".
 */
export function eventLabel(booking: Booking, words: EventLabelWords): string {
  const sentence = words
    .sentence({
      title: booking.redacted || booking.title === null ? words.booked : booking.title,
      organization: booking.organization?.name ?? '—',
      room: booking.room.name,
      house: words.houseName(booking.room.locationId),
      date: formatLongDate(booking.start, words.language),
      time: `${localTime(booking.start)}–${localTime(booking.end)}`,
    })
    .replace(/, —(?=,)/g, '');
  const markers = [
    ...(booking.series && words.seriesMarker ? [words.seriesMarker] : []),
    ...(isUnconfirmed(booking.status) && words.unconfirmedMarker ? [words.unconfirmedMarker] : []),
    ...(booking.checkedInAt && words.checkedInMarker ? [words.checkedInMarker] : []),
  ];
  return markers.length > 0 ? `${sentence} (${markers.join(', ')})` : sentence;
}
