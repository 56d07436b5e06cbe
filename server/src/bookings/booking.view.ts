import { can } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Location } from '../locations/location.entity.js';
import type { Room } from '../locations/room.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { BookingCategory, BookingStatus, BookingVisibility } from './booking.enums.js';
import type { BookingRecord } from './booking-record.js';

/** A booking as one viewer may see it: hidden fields are null and `redacted` says so. */
export interface BookingView {
  id: string;
  room: Room & { location: Location };
  organization: Organization | null;
  title: string | null;
  category: BookingCategory | null;
  start: Date;
  end: Date;
  status: BookingStatus;
  visibility: BookingVisibility;
  expectedAttendees: number | null;
  notes: string | null;
  version: number;
  updatedAt: Date;
  redacted: boolean;
  canManage: boolean;
}

export function toBookingView(record: BookingRecord, viewer: Viewer): BookingView {
  const details = can(viewer, 'viewDetails', record);
  return {
    id: record.id,
    room: record.room,
    organization: details ? record.organization : null,
    title: details ? record.title : null,
    category: details ? record.category : null,
    start: record.start,
    end: record.end,
    status: record.status,
    visibility: record.visibility,
    expectedAttendees: details ? record.expectedAttendees : null,
    notes: can(viewer, 'viewNotes', record) ? record.notes : null,
    version: record.version,
    updatedAt: record.updatedAt,
    redacted: !details,
    canManage: can(viewer, 'manage', record),
  };
}
