import { can, type BookingAccessFacts } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Location } from '../locations/location.entity.js';
import type { Room } from '../locations/room.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { BookingRecord } from './booking-record.js';
import { BOOKING_FIELDS, SHOWN_FIELD_NAMES, type ShownFields } from './booking-shape.js';

/** A booking as one viewer may see it: the shown fields, hidden ones null, and `redacted` says so. */
export type BookingView = ShownFields & {
  room: Room & { location: Location };
  organization: Organization | null;
  /** The series the booking belongs to (its id), for the `series` field. */
  seriesId: string | null;
  redacted: boolean;
  canManage: boolean;
};

/** What of one booking a viewer may see and do: each shown field's `shown` column names one of the first three. */
export interface BookingAccess {
  always: true;
  details: boolean;
  notes: boolean;
  manage: boolean;
}

export function bookingAccess(booking: BookingAccessFacts, viewer: Viewer): BookingAccess {
  return {
    always: true,
    details: can(viewer, 'viewDetails', booking),
    notes: can(viewer, 'viewNotes', booking),
    manage: can(viewer, 'manage', booking),
  };
}

export function toBookingView(record: BookingRecord, viewer: Viewer): BookingView {
  const access = bookingAccess(record, viewer);
  const shown = Object.fromEntries(
    SHOWN_FIELD_NAMES.map((name) => [name, access[BOOKING_FIELDS[name].shown] ? record[name] : null]),
  ) as ShownFields;
  return {
    ...shown,
    room: record.room,
    organization: access.details ? record.organization : null,
    seriesId: record.seriesId,
    redacted: !access.details,
    canManage: access.manage,
  };
}
