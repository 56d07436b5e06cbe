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
}

/** What the change log stores of a booking: its own fields JSON-safe, and its house, without joined data. */
export interface BookingSnapshot extends BookingFieldsJson {
  locationId: string;
}

export function toSnapshot(record: BookingRecord): BookingSnapshot {
  const { room, organization: _organization, ...fields } = record;
  return { ...bookingFieldsToJson(fields), locationId: room.locationId };
}

export function fromSnapshot(snapshot: BookingSnapshot, room: Room & { location: Location }, organization: Organization): BookingRecord {
  return { ...bookingFieldsFromJson(snapshot), room, organization };
}
