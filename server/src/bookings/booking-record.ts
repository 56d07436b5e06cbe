import type { Location } from '../locations/location.entity.js';
import type { Room } from '../locations/room.entity.js';
import type { Organization } from '../organizations/organization.entity.js';
import { bookingFieldsFromJson, bookingFieldsToJson, type BookingFields, type BookingFieldsJson } from './booking-shape.js';

/**
 * A booking as plain data, with its room (and the room's location) and organisation.
 * Queries build it from rows, the change feed from change-log snapshots; views are made from it.
 */
export interface BookingRecord extends BookingFields {
  room: Room & { location: Location };
  organization: Organization;
  /** The coaching session whose room this booking holds, and that request's coach; null for any other booking. */
  sessionId: string | null;
  sessionCoachId: string | null;
}

/**
 * What the change log stores of a booking: its own fields JSON-safe, its house, and the coaching session it
 * holds (the rules of who reads its details ask for that session's coach), without joined data.
 */
export interface BookingSnapshot extends BookingFieldsJson {
  locationId: string;
  /** Absent in entries written before coaching sessions. */
  sessionId?: string | null;
  sessionCoachId?: string | null;
}

export function toSnapshot(record: BookingRecord): BookingSnapshot {
  const { room, organization: _organization, sessionId, sessionCoachId, ...fields } = record;
  return { ...bookingFieldsToJson(fields), locationId: room.locationId, sessionId, sessionCoachId };
}

export function fromSnapshot(snapshot: BookingSnapshot, room: Room & { location: Location }, organization: Organization): BookingRecord {
  return {
    ...bookingFieldsFromJson(snapshot),
    room,
    organization,
    sessionId: snapshot.sessionId ?? null,
    sessionCoachId: snapshot.sessionCoachId ?? null,
  };
}
