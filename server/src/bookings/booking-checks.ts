import type { EntityManager } from 'typeorm';
import { mayBookInThePast } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { closedPeriodFor, findClosedPeriods, locationClosed, type ClosedPeriod } from '../closures/closed-periods.js';
import type { Location } from '../locations/location.entity.js';
import { checkOpeningHours, type OpeningHoursVerdict } from '../locations/opening-hours.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { assertUuid, badInput } from '../shared/errors.js';
import type { BookingDraft } from './booking-shape.js';
import {
  GRID_MINUTES,
  checkAttendees,
  checkNotInPast,
  checkTimeRange,
  checkWithinHorizon,
  checkWithinOpeningHours,
  normalizeNotes,
  normalizeTitle,
} from './booking.rules.js';

/** Where a booking would be and for whom: the room with its house, and the MO. */
export interface BookingPlace {
  room: Room & { location: Location };
  organization: Organization;
}

/** A draft's own fields checked and normalised (ids, title, notes, the first time range). */
export function normalizeDraft(draft: BookingDraft): BookingDraft {
  assertUuid('roomId', draft.roomId);
  assertUuid('organizationId', draft.organizationId);
  checkTimeRange(draft.start, draft.end);
  return { ...draft, title: normalizeTitle(draft.title), notes: normalizeNotes(draft.notes) };
}

/** The draft's room (active, in an active house) and MO (active), and the expected attendees for the room. */
export async function loadPlace(manager: EntityManager, draft: BookingDraft): Promise<BookingPlace> {
  const room = await manager.getRepository(Room).findOne({ where: { id: draft.roomId }, relations: { location: true } });
  if (!room || !room.active || !room.location || !room.location.active) throw badInput('roomId', 'UNKNOWN_ROOM');
  const organization = await manager.getRepository(Organization).findOneBy({ id: draft.organizationId });
  if (!organization || !organization.active) throw badInput('organizationId', 'UNKNOWN_ORGANIZATION');
  checkAttendees(draft.expectedAttendees, room.capacity);
  return { room: room as Room & { location: Location }, organization };
}

export interface TimeLimits {
  now: Date;
  horizonDays: number;
}

/** Members may still book the slot that is running now (10:05 → from 10:00), not earlier ones. */
export function startOfCurrentSlot(now: Date): Date {
  const gridMs = GRID_MINUTES * 60_000;
  return new Date(Math.floor(now.getTime() / gridMs) * gridMs);
}

/** Not in the past (staff may), not beyond the horizon. */
export function checkWhen(viewer: Viewer, start: Date, limits: TimeLimits): void {
  if (!mayBookInThePast(viewer)) checkNotInPast(start, startOfCurrentSlot(limits.now));
  checkWithinHorizon(start, limits.now, limits.horizonDays);
}

/** Why a slot cannot be had apart from other bookings: the house or room is closed, or not open then. */
export type SlotVerdict =
  | { status: 'FREE' }
  | { status: 'CLOSED' | 'HOLIDAY'; period: ClosedPeriod }
  | { status: 'OUTSIDE_OPENING_HOURS'; hours: Extract<OpeningHoursVerdict, { ok: false }> };

export function slotVerdict(
  slot: { roomId: string; start: Date; end: Date },
  room: BookingPlace['room'],
  closed: readonly ClosedPeriod[],
): SlotVerdict {
  const period = closedPeriodFor(slot, closed);
  if (period) return { status: period.kind === 'PUBLIC_HOLIDAY' ? 'HOLIDAY' : 'CLOSED', period };
  const hours = checkOpeningHours(slot.start, slot.end, room.location.openingHours, room.location.timeZone);
  if (!hours.ok) return { status: 'OUTSIDE_OPENING_HOURS', hours };
  return { status: 'FREE' };
}

/** Refuses a slot the house does not offer: LOCATION_CLOSED (closure or holiday) or OUTSIDE_OPENING_HOURS. */
export async function assertOpen(
  manager: EntityManager,
  slot: { roomId: string; start: Date; end: Date },
  place: BookingPlace,
): Promise<void> {
  const closed = await findClosedPeriods(manager, [place.room.locationId], slot.start, slot.end);
  const period = closedPeriodFor(slot, closed);
  if (period) throw locationClosed(period);
  checkWithinOpeningHours(slot.start, slot.end, place.room.location);
}
