import type { EntityManager } from 'typeorm';
import { assertCanManageFor, assertSignedIn } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import {
  assertOffered,
  checkWhen,
  loadPlace,
  normalizeDraft,
  slotVerdict,
  type AssessedPlace,
  type BookingPlace,
  type TimeLimits,
  type WantedSlot,
} from '../bookings/booking-checks.js';
import type { BookingRecord } from '../bookings/booking-record.js';
import type { BookingDraft } from '../bookings/booking-shape.js';
import { conflictError, type SlotConflict } from '../bookings/booking-write.js';
import type { ClosedPeriod } from '../closures/closed-periods.js';
import { assertUuid, badInput, type AppError } from '../shared/errors.js';
import { MAX_OCCURRENCES, expandSeries, exceedsExpansionWindow, parseSeriesRule, type Occurrence, type SeriesRule } from './series-rule.js';

// A new series before it is written: its input checked, its dates expanded, each date assessed.

export type OccurrenceStatus = 'FREE' | 'CONFLICT' | 'HOLIDAY' | 'CLOSED' | 'OUTSIDE_OPENING_HOURS';

/** One date of a series as it would be booked: free, or why not. */
export interface AssessedOccurrence extends Occurrence {
  status: OccurrenceStatus;
  /** The closure or holiday that closes the house then. */
  period: ClosedPeriod | null;
  /** The bookings in the way. */
  conflicts: BookingRecord[];
}

export interface SeriesInput extends BookingDraft {
  rrule: string;
}

export interface SeriesPlan {
  draft: BookingDraft;
  rule: SeriesRule;
  place: BookingPlace;
  dates: Occurrence[];
}

/** Checks a series' input and expands its dates (at most MAX_OCCURRENCES, none beyond the horizon). */
export async function planSeries(manager: EntityManager, viewer: Viewer, input: SeriesInput, limits: TimeLimits): Promise<SeriesPlan> {
  assertSignedIn(viewer);
  assertUuid('organizationId', input.organizationId);
  assertCanManageFor(viewer, input.organizationId);
  const { rrule, ...given } = input;
  const draft = normalizeDraft(given);
  checkWhen(viewer, draft.start, limits);
  const rule = parseSeriesRule(rrule);
  const place = await loadPlace(manager, draft);
  const dates = expandSeries(rule, draft, place.room.location.timeZone);
  if (dates.length > MAX_OCCURRENCES) throw badInput('rrule', 'OUT_OF_RANGE', MAX_OCCURRENCES);
  // a series reaching past the expansion window (staff may start one in the past) could not be expanded whole later
  if (exceedsExpansionWindow(rule, draft, place.room.location.timeZone, dates.length))
    throw badInput('rrule', 'TOO_FAR_AHEAD', limits.horizonDays);
  const last = dates.at(-1);
  if (!last) throw badInput('rrule', 'INVALID_RRULE');
  if (last.start.getTime() > limits.now.getTime() + limits.horizonDays * 86_400_000)
    throw badInput('rrule', 'TOO_FAR_AHEAD', limits.horizonDays);
  return { draft, rule, place, dates };
}

/** The dates of a planned series as slots to place, each in the series' room for its MO. */
export function wantedDates(plan: SeriesPlan): WantedSlot[] {
  return plan.dates.map((date) => ({ ...plan.draft, start: date.start, end: date.end }));
}

/** A date free, or taken (by which bookings), or closed (by what), or outside the opening hours. */
export function assessedOccurrence(date: AssessedPlace): AssessedOccurrence {
  const { verdict, conflicts } = date;
  const status: OccurrenceStatus = verdict.status !== 'FREE' ? verdict.status : conflicts.length > 0 ? 'CONFLICT' : 'FREE';
  return { start: date.slot.start, end: date.slot.end, status, period: 'period' in verdict ? verdict.period : null, conflicts };
}

export function asSlotConflict(roomId: string) {
  return (date: AssessedOccurrence): SlotConflict => ({ slot: { roomId, start: date.start, end: date.end }, conflicts: date.conflicts });
}

/** When not one date can be booked: the first reason, as a single booking would meet it. */
export function nothingFree(viewer: Viewer, assessed: AssessedOccurrence[], plan: SeriesPlan): AppError {
  const taken = assessed.filter((date) => date.status === 'CONFLICT');
  if (taken.length > 0) return conflictError(viewer, taken.map(asSlotConflict(plan.draft.roomId)));
  const first = assessed[0]!;
  try {
    assertOffered(
      first.period
        ? { status: first.status as 'CLOSED' | 'HOLIDAY', period: first.period }
        : slotVerdict({ roomId: plan.draft.roomId, ...first }, plan.place.room, []),
      plan.place,
    );
  } catch (error) {
    return error as AppError;
  }
  return badInput('rrule', 'INVALID_RRULE');
}
