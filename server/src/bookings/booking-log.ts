import type { EntityManager } from 'typeorm';
import { recordChanges, type ChangeEntry, type Snapshot } from '../changes/change-log.js';
import type { ChangeKind } from './booking.enums.js';
import { toSnapshot, type BookingRecord, type BookingSnapshot } from './booking-record.js';

// A booking's entry in the change log. The log itself (changes/change-log.ts) knows no entity; this file
// says what of a booking it keeps, so the log sits below every domain that writes to it.

export interface BookingChangeEntry {
  kind: ChangeKind;
  actorId: string | null;
  before: BookingRecord | null;
  after: BookingRecord;
  reason?: string | null;
}

/** A booking's change, with its rooms and houses before and after, so every screen that showed it hears. */
export function bookingChangeEntry(change: BookingChangeEntry): ChangeEntry {
  const records = [change.before, change.after].filter((record): record is BookingRecord => record !== null);
  return {
    entity: 'BOOKING',
    entityId: change.after.id,
    action: change.kind,
    actorId: change.actorId,
    before: change.before ? { ...toSnapshot(change.before) } : null,
    after: { ...toSnapshot(change.after) },
    locationIds: records.map((record) => record.room.locationId),
    roomIds: records.map((record) => record.roomId),
    organizationId: change.after.organizationId,
    reason: change.reason ?? null,
  };
}

/** Changes of many bookings written together (a series): one batch, applied at once by subscribers. */
export function recordBookingChanges(manager: EntityManager, changes: readonly BookingChangeEntry[]): Promise<string[]> {
  return recordChanges(manager, changes.map(bookingChangeEntry));
}

export async function recordBookingChange(manager: EntityManager, change: BookingChangeEntry): Promise<string> {
  const [cursor] = await recordBookingChanges(manager, [change]);
  return cursor!;
}

/** The booking snapshot a BOOKING row holds. */
export function bookingSnapshot(snapshot: Snapshot): BookingSnapshot {
  return snapshot as unknown as BookingSnapshot;
}
