import type { BookingVisibility } from '../bookings/booking.enums.js';
import { forbidden, unauthenticated } from '../shared/errors.js';
import { zonedParts, zonedTimeToInstant } from '../shared/zoned-time.js';
import type { Viewer } from './viewer.js';

/**
 * Authorization in one place, used by queries, mutations and subscriptions alike.
 * The booking fields it needs are the few that decide access, so it works on rows and on change-log snapshots.
 */
export interface BookingAccessFacts {
  organizationId: string;
  visibility: BookingVisibility;
}

export type BookingAction = 'view' | 'viewDetails' | 'viewNotes' | 'manage';

export function can(viewer: Viewer, action: BookingAction, booking: BookingAccessFacts): boolean {
  if (viewer.kind === 'staff') return true;
  const ownOrganization = viewer.kind === 'member' && viewer.organizationId === booking.organizationId;
  switch (action) {
    case 'view':
      return viewer.kind === 'member' || viewer.kind === 'display' || booking.visibility === 'PUBLIC';
    case 'viewDetails':
      // title, organization, category: others' PRIVATE bookings show only that the room is taken
      return ownOrganization || (can(viewer, 'view', booking) && booking.visibility !== 'PRIVATE');
    case 'viewNotes':
    case 'manage':
      return ownOrganization;
  }
}

/**
 * Viewers in the same class get the same answer from every rule above and from every field resolver
 * that looks at the viewer, so one executed result can serve them all (subscription fan-out).
 * A rule that looks at anything else of the viewer must be reflected here.
 */
export function visibilityClass(viewer: Viewer): string {
  switch (viewer.kind) {
    case 'staff':
    case 'anonymous':
      return viewer.kind;
    case 'member':
      return `member:${viewer.organizationId}`;
    case 'display':
      return `display:${viewer.locationId}`;
  }
}

/** Throws UNAUTHENTICATED for anonymous viewers, FORBIDDEN for those who may not act for the MO. */
export function assertCanManageFor(viewer: Viewer, organizationId: string): void {
  if (viewer.kind === 'anonymous' || viewer.kind === 'display') throw unauthenticated();
  if (!can(viewer, 'manage', { organizationId, visibility: 'PRIVATE' }))
    throw forbidden('Sie können nur für Ihre eigene Organisation buchen. / You can only book for your own organisation.');
}

export function assertSignedIn(viewer: Viewer): asserts viewer is Extract<Viewer, { kind: 'member' | 'staff' }> {
  if (viewer.kind === 'anonymous' || viewer.kind === 'display') throw unauthenticated();
}

export function assertStaff(viewer: Viewer): void {
  if (viewer.kind === 'anonymous' || viewer.kind === 'display') throw unauthenticated();
  if (viewer.kind !== 'staff') throw forbidden();
}

/** The locations a viewer may read: a wall display only its own; null means all. */
export function readableLocationIds(viewer: Viewer): string[] | null {
  return viewer.kind === 'display' ? [viewer.locationId] : null;
}

/** Whether the viewer may read a booking in this location at all (before `can(viewer, 'view', …)`). */
export function mayReadLocation(viewer: Viewer, locationId: string): boolean {
  const readable = readableLocationIds(viewer);
  return readable === null || readable.includes(locationId);
}

/** Clocks slightly off around midnight still get their day. */
const DISPLAY_DAY_SLACK_MS = 3600_000;

/**
 * Narrows a read of bookings to what the viewer may read: a wall display its own location for today (in
 * the location's time zone), refused with FORBIDDEN beyond that; everyone else unchanged.
 */
export function scopeBookingRead<R extends { from: Date; to: Date; locationIds?: string[] | null }>(
  viewer: Viewer,
  range: R,
  context: { now: Date; locationTimeZone: string | null },
): R {
  if (viewer.kind !== 'display') return range;
  if (range.locationIds?.some((id) => id !== viewer.locationId)) throw forbidden();
  if (context.locationTimeZone === null) throw forbidden();
  const today = zonedParts(context.now, context.locationTimeZone);
  const dayStart = zonedTimeToInstant({ ...today, hour: 0, minute: 0 }, context.locationTimeZone);
  const nextDayStart = zonedTimeToInstant({ ...today, day: today.day + 1, hour: 0, minute: 0 }, context.locationTimeZone);
  if (
    range.from.getTime() < dayStart.getTime() - DISPLAY_DAY_SLACK_MS ||
    range.to.getTime() > nextDayStart.getTime() + DISPLAY_DAY_SLACK_MS
  )
    throw forbidden('Eine Anzeige sieht nur den heutigen Tag. / A display sees only today.');
  return { ...range, locationIds: [viewer.locationId] };
}

/** Staff may book any time; members not in the past. */
export function mayBookInThePast(viewer: Viewer): boolean {
  return viewer.kind === 'staff';
}
