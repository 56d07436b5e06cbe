/**
 * Which bookings need staff's approval (issue 29), one pure rule per reason. Staff choose per room, per house or
 * for the whole centre; the most specific set that exists applies (a room's over its house's over the centre's),
 * so a hall can ask for approval while the rest of its house does not.
 */
export const APPROVAL_REASONS = ['ALWAYS', 'ATTENDEES', 'WEEKEND', 'LONG_SERIES', 'FIRST_BOOKINGS'] as const;
export type ApprovalReason = (typeof APPROVAL_REASONS)[number];

export interface ApprovalRules {
  always: boolean;
  /** Events for at least this many people. */
  minAttendees: number | null;
  /** Bookings that start on a Saturday or Sunday, in the house's time. */
  onWeekends: boolean;
  /** Series of more dates than this. */
  seriesLongerThan: number | null;
  /** An MO's first bookings: until it has this many confirmed. */
  firstBookings: number | null;
}

export const NO_APPROVAL: ApprovalRules = {
  always: false,
  minAttendees: null,
  onWeekends: false,
  seriesLongerThan: null,
  firstBookings: null,
};

/** What is known of a wanted booking when it is made. */
export interface ApprovalFacts {
  expectedAttendees: number | null;
  /** The day of the week it starts, in the house's time zone: 1 Monday … 7 Sunday. */
  weekday: number;
  /** The number of dates of its series; null for a single booking. */
  seriesDates: number | null;
  /** How many bookings of the MO have been confirmed so far (released ones count: they were granted). */
  confirmedBefore: number;
}

export function approvalReasons(rules: ApprovalRules, facts: ApprovalFacts): ApprovalReason[] {
  const reasons: ApprovalReason[] = [];
  if (rules.always) reasons.push('ALWAYS');
  if (rules.minAttendees !== null && (facts.expectedAttendees ?? 0) >= rules.minAttendees) reasons.push('ATTENDEES');
  if (rules.onWeekends && facts.weekday >= 6) reasons.push('WEEKEND');
  if (rules.seriesLongerThan !== null && facts.seriesDates !== null && facts.seriesDates > rules.seriesLongerThan)
    reasons.push('LONG_SERIES');
  if (rules.firstBookings !== null && facts.confirmedBefore < rules.firstBookings) reasons.push('FIRST_BOOKINGS');
  return reasons;
}

/** The rules that apply to a room: its own, else its house's, else the centre's, else none. */
export function rulesInForce<R extends ApprovalRules & { roomId: string | null; locationId: string | null }>(
  sets: readonly R[],
  room: { id: string; locationId: string },
): ApprovalRules {
  return (
    sets.find((set) => set.roomId === room.id) ??
    sets.find((set) => set.roomId === null && set.locationId === room.locationId) ??
    sets.find((set) => set.roomId === null && set.locationId === null) ??
    NO_APPROVAL
  );
}
