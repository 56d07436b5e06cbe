import type { Location } from '../locations/location.entity.js';
import type { Room } from '../locations/room.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import type { BookingCategory, BookingStatus, BookingVisibility } from './booking.enums.js';

/**
 * A booking as plain data, with its room (and the room's location) and organisation.
 * Queries build it from rows, the change feed from change-log snapshots; views are made from it.
 */
export interface BookingRecord {
  id: string;
  roomId: string;
  organizationId: string;
  title: string;
  category: BookingCategory;
  start: Date;
  end: Date;
  status: BookingStatus;
  visibility: BookingVisibility;
  expectedAttendees: number | null;
  notes: string | null;
  seriesId: string | null;
  createdById: string | null;
  version: number;
  updatedAt: Date;
  room: Room & { location: Location };
  organization: Organization;
}

/** What the change log stores of a booking: JSON-safe, without joined data. */
export interface BookingSnapshot {
  id: string;
  roomId: string;
  locationId: string;
  organizationId: string;
  title: string;
  category: BookingCategory;
  start: string;
  end: string;
  status: BookingStatus;
  visibility: BookingVisibility;
  expectedAttendees: number | null;
  notes: string | null;
  seriesId: string | null;
  createdById: string | null;
  version: number;
  updatedAt: string;
}

export function toSnapshot(record: BookingRecord): BookingSnapshot {
  return {
    id: record.id,
    roomId: record.roomId,
    locationId: record.room.locationId,
    organizationId: record.organizationId,
    title: record.title,
    category: record.category,
    start: record.start.toISOString(),
    end: record.end.toISOString(),
    status: record.status,
    visibility: record.visibility,
    expectedAttendees: record.expectedAttendees,
    notes: record.notes,
    seriesId: record.seriesId,
    createdById: record.createdById,
    version: record.version,
    updatedAt: record.updatedAt.toISOString(),
  };
}

export function fromSnapshot(snapshot: BookingSnapshot, room: Room & { location: Location }, organization: Organization): BookingRecord {
  return {
    id: snapshot.id,
    roomId: snapshot.roomId,
    organizationId: snapshot.organizationId,
    title: snapshot.title,
    category: snapshot.category,
    start: new Date(snapshot.start),
    end: new Date(snapshot.end),
    status: snapshot.status,
    visibility: snapshot.visibility,
    expectedAttendees: snapshot.expectedAttendees,
    notes: snapshot.notes,
    seriesId: snapshot.seriesId,
    createdById: snapshot.createdById,
    version: snapshot.version,
    updatedAt: new Date(snapshot.updatedAt),
    room,
    organization,
  };
}
