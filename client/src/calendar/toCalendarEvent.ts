import type { EventInput } from '@fullcalendar/core';
import { REDACTED_COLOURS, organizationColours } from './organizationColour.js';
import type { Booking } from '../shared/types.js';
import { isUnconfirmed } from '../bookings/bookingStatus.js';

/** How a booking appears in FullCalendar: title, MO and colour, or only "booked" when redacted. */
export function toCalendarEvent(
  booking: Booking,
  options: { redactedTitle: string; highlighted: boolean; draggable: boolean; label: string; houseName?: string },
): EventInput {
  const colours = booking.redacted || !booking.organization ? REDACTED_COLOURS : organizationColours(booking.organization.id);
  return {
    id: booking.id,
    resourceId: booking.room.id,
    start: booking.start,
    end: booking.end,
    title: booking.redacted || booking.title === null ? options.redactedTitle : booking.title,
    backgroundColor: colours.background,
    borderColor: colours.background,
    textColor: colours.text,
    startEditable: options.draggable,
    durationEditable: options.draggable,
    resourceEditable: options.draggable,
    classNames: [
      ...(options.highlighted ? ['booking--changed'] : []),
      ...(booking.redacted ? ['booking--redacted'] : []),
      // taken, but staff or the MO have yet to confirm it: drawn hatched, so nobody mistakes it for a sure thing
      ...(isUnconfirmed(booking.status) ? ['booking--unconfirmed'] : []),
      // someone came (issue 29)
      ...(booking.checkedInAt ? ['booking--checked-in'] : []),
    ],
    extendedProps: {
      bookingId: booking.id,
      organizationName: booking.organization?.shortName ?? null,
      roomName: booking.room.name,
      where: options.houseName ? `${booking.room.name}, ${options.houseName}` : booking.room.name,
      label: options.label,
      version: booking.version,
      series: booking.series !== null,
      unconfirmed: isUnconfirmed(booking.status),
      checkedIn: Boolean(booking.checkedInAt),
    },
  };
}
