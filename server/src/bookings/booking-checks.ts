import type { EntityManager } from 'typeorm';
import { mayBookInThePast } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { closedPeriodFor, findClosedPeriods, locationClosed, type ClosedPeriod } from '../closures/closed-periods.js';
import type { Location } from '../locations/location.entity.js';
import { checkOpeningHours, type OpeningHoursVerdict } from '../locations/opening-hours.js';
import { Room } from '../locations/room.entity.js';
import { Organization } from '../organizations/organization.entity.js';
import { AppError, ErrorCode, assertUuid, badInput } from '../shared/errors.js';
import type { BookingRecord } from './booking-record.js';
import { findOverlappingMany } from './booking.repository.js';
import type { BookingDraft } from './booking-shape.js';
import {
  GRID_MINUTES,
  checkAttendees,
  checkNotInPast,
  checkTimeRange,
  checkWithinHorizon,
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
export async function loadPlace(
  manager: EntityManager,
  draft: Pick<BookingDraft, 'roomId' | 'organizationId' | 'expectedAttendees'>,
): Promise<BookingPlace> {
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

/** A slot as a write wants it: where and when, for which MO and how many; `before` is the booking it moves. */
export interface WantedSlot {
  roomId: string;
  start: Date;
  end: Date;
  organizationId: string;
  expectedAttendees: number | null;
  before?: BookingRecord;
}

/** A wanted slot with its place and whether the house offers it. */
export interface OfferedSlot<S extends WantedSlot = WantedSlot> {
  slot: S;
  place: BookingPlace;
  verdict: SlotVerdict;
}

export interface OfferOptions {
  /** Refuse a slot that is too early or too far ahead for the viewer (before looking at the room). */
  when?: TimeLimits;
  /**
   * `refuse`: a slot the house does not offer refuses the write; `refuse-moved`: only a slot its booking
   * moves to (one staying where it is may be changed in a closure); `report`: each slot's verdict is returned.
   */
  offered?: 'refuse' | 'refuse-moved' | 'report';
}

/**
 * For each slot in turn: the viewer's time limits, its place (room, house and MO loaded once per room, MO
 * and attendance) and whether the house offers it (closed periods read once per house). Refuses at the
 * first slot that fails, unless the verdicts are only to be reported.
 */
export async function offeredSlots<S extends WantedSlot>(
  manager: EntityManager,
  viewer: Viewer,
  wanted: readonly S[],
  options: OfferOptions = {},
): Promise<Array<OfferedSlot<S>>> {
  if (wanted.length === 0) return [];
  const from = new Date(Math.min(...wanted.map((slot) => slot.start.getTime())));
  const to = new Date(Math.max(...wanted.map((slot) => slot.end.getTime())));
  const places = new Map<string, BookingPlace>();
  const closures = new Map<string, ClosedPeriod[]>();
  const offered: Array<OfferedSlot<S>> = [];
  for (const slot of wanted) {
    if (options.when) checkWhen(viewer, slot.start, options.when);
    const key = `${slot.roomId} ${slot.organizationId} ${slot.expectedAttendees}`;
    const place = places.get(key) ?? (await loadPlace(manager, slot));
    places.set(key, place);
    const mode = options.offered ?? 'refuse';
    if (mode === 'refuse-moved' && slot.before && samePlace(slot, slot.before)) {
      offered.push({ slot, place, verdict: { status: 'FREE' } });
      continue;
    }
    const locationId = place.room.locationId;
    const closed = closures.get(locationId) ?? (await findClosedPeriods(manager, [locationId], from, to));
    closures.set(locationId, closed);
    const verdict = slotVerdict(slot, place.room, closed);
    if (mode !== 'report') assertOffered(verdict, place);
    offered.push({ slot, place, verdict });
  }
  return offered;
}

/** A wanted slot with its place, the house's verdict and the bookings in its way: what a series' date shows. */
export interface AssessedPlace<S extends WantedSlot = WantedSlot> extends OfferedSlot<S> {
  conflicts: BookingRecord[];
}

/** Every slot's verdict and the bookings in its way, refusing nothing but an unknown room or MO. */
export async function assessSlots<S extends WantedSlot>(
  manager: EntityManager,
  viewer: Viewer,
  wanted: readonly S[],
  options: Omit<OfferOptions, 'offered'> = {},
): Promise<Array<AssessedPlace<S>>> {
  const offered = await offeredSlots(manager, viewer, wanted, { ...options, offered: 'report' });
  const overlapping = await findOverlappingMany(manager, wanted.map(occupiedSlot));
  return offered.map((slot, index) => ({ ...slot, conflicts: overlapping[index] ?? [] }));
}

/** The room and time a wanted slot would occupy, leaving out the booking it moves (it cannot be in its own way). */
export function occupiedSlot(wanted: WantedSlot): { roomId: string; start: Date; end: Date; bookingId?: string } {
  return { roomId: wanted.roomId, start: wanted.start, end: wanted.end, ...(wanted.before ? { bookingId: wanted.before.id } : {}) };
}

function samePlace(slot: WantedSlot, before: BookingRecord): boolean {
  return slot.roomId === before.roomId && slot.start.getTime() === before.start.getTime() && slot.end.getTime() === before.end.getTime();
}

/** Refuses a slot the house does not offer: LOCATION_CLOSED (closure or holiday) or OUTSIDE_OPENING_HOURS. */
export function assertOffered(verdict: SlotVerdict, place: BookingPlace): void {
  if (verdict.status === 'CLOSED' || verdict.status === 'HOLIDAY') throw locationClosed(verdict.period);
  if (verdict.status === 'OUTSIDE_OPENING_HOURS')
    throw new AppError(ErrorCode.OutsideOpeningHours, {
      field: verdict.hours.field,
      opens: verdict.hours.opens,
      closes: verdict.hours.closes,
      spans: verdict.hours.spans,
      timeZone: place.room.location.timeZone,
    });
}
