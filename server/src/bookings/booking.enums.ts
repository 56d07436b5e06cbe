export const BOOKING_CATEGORIES = [
  'CHOIR',
  'LANGUAGE_COURSE',
  'COUNSELLING',
  'ART_COURSE',
  'OFFICE_HOURS',
  'MEETING',
  'COACHING',
  'NETWORK_MEETING',
  'EVENT',
  'OTHER',
] as const;
export type BookingCategory = (typeof BOOKING_CATEGORIES)[number];

export const BOOKING_VISIBILITIES = ['PUBLIC', 'MEMBERS', 'PRIVATE'] as const;
export type BookingVisibility = (typeof BOOKING_VISIBILITIES)[number];

/**
 * Where a booking stands (issue 29, fair use). REQUESTED waits for staff, HELD is a waiting list's offer kept for
 * the first in line; both hold the slot like CONFIRMED. CANCELLED (by its MO or staff), DECLINED (staff said no),
 * LAPSED (a request nobody decided, an offer nobody took up in time) and RELEASED (nobody checked in) free it.
 */
export const BOOKING_STATUSES = ['REQUESTED', 'HELD', 'CONFIRMED', 'CANCELLED', 'DECLINED', 'LAPSED', 'RELEASED'] as const;
export type BookingStatus = (typeof BOOKING_STATUSES)[number];

/** The statuses that hold a slot: the exclusion constraint `booking_no_overlap` covers exactly these. */
export const SLOT_HOLDING_STATUSES = ['REQUESTED', 'HELD', 'CONFIRMED'] as const satisfies readonly BookingStatus[];
export type SlotHoldingStatus = (typeof SLOT_HOLDING_STATUSES)[number];

export function holdsSlot(status: BookingStatus): status is SlotHoldingStatus {
  return (SLOT_HOLDING_STATUSES as readonly BookingStatus[]).includes(status);
}

/** `b.status IN ('REQUESTED', 'HELD', 'CONFIRMED')`: SQL for a booking that holds its slot, the constraint's own condition. */
export function holdsSlotSql(alias?: string): string {
  return `${alias ? `${alias}.` : ''}status IN (${SLOT_HOLDING_STATUSES.map((status) => `'${status}'`).join(', ')})`;
}

export const CHANGE_KINDS = ['CREATED', 'UPDATED', 'CANCELLED'] as const;
export type ChangeKind = (typeof CHANGE_KINDS)[number];
