import { can } from '../auth/policy.js';
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

export function toBookingView(record: BookingRecord, viewer: Viewer): BookingView {
  const details = can(viewer, 'viewDetails', record);
  const notes = can(viewer, 'viewNotes', record);
  const visible = { always: true, details, notes };
  const shown = Object.fromEntries(
    SHOWN_FIELD_NAMES.map((name) => [name, visible[BOOKING_FIELDS[name].shown] ? record[name] : null]),
  ) as ShownFields;
  return {
    ...shown,
    room: record.room,
    organization: details ? record.organization : null,
    seriesId: record.seriesId,
    redacted: !details,
    canManage: can(viewer, 'manage', record),
  };
}
