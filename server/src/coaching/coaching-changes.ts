import type { CoachingSide } from '../auth/policy.js';
import type { ChangeEntry, Snapshot } from '../changes/change-log.js';

/** What happened to a coaching request, as its people are told (notices, e-mails, open screens). */
export const COACHING_CHANGE_KINDS = [
  'REQUESTED',
  'ASSIGNED',
  'DECLINED',
  'SESSION_SCHEDULED',
  'SESSION_MOVED',
  'SESSION_CANCELLED',
  'MESSAGE',
  'CLOSED',
] as const;
export type CoachingChangeKind = (typeof COACHING_CHANGE_KINDS)[number];

/** One change-log entry read as a coaching change. */
export interface CoachingChange {
  requestId: string;
  kind: CoachingChangeKind;
  /** A note for the centre's side only: neither its text nor its existence reaches the MO. */
  staffOnly: boolean;
}

const text = (snapshot: Snapshot | null, key: string): string | null => {
  const value = snapshot?.[key];
  return typeof value === 'string' ? value : null;
};

const SESSION_PLACE = ['start', 'end', 'roomId', 'onlineUrl'] as const;

/**
 * The one place that reads change-log entries as coaching changes: notices, e-mails and the subscription all
 * derive from it, so a new coaching write is told of as soon as its entry says what it did. Entries that tell
 * nothing new on their own answer null: a request becoming SCHEDULED (or ASSIGNED again) beside the session
 * entry of the same write, a coach's record, a booking.
 */
export function coachingChangeOf(entry: Pick<ChangeEntry, 'entity' | 'entityId' | 'action' | 'before' | 'after'>): CoachingChange | null {
  const change = (requestId: string | null, kind: CoachingChangeKind, staffOnly = false) =>
    requestId ? { requestId, kind, staffOnly } : null;
  switch (entry.entity) {
    case 'COACHING_REQUEST': {
      if (entry.action === 'CREATED') return change(entry.entityId, 'REQUESTED');
      const before = text(entry.before, 'status');
      const after = text(entry.after, 'status');
      if (after === 'DECLINED' && before !== 'DECLINED') return change(entry.entityId, 'DECLINED');
      if (after === 'CLOSED' && before !== 'CLOSED') return change(entry.entityId, 'CLOSED');
      // assigned, or handed to another coach; a state the sessions set is told by the session's own entry
      const coach = text(entry.after, 'coachId');
      if (coach !== null && coach !== text(entry.before, 'coachId')) return change(entry.entityId, 'ASSIGNED');
      return null;
    }
    case 'COACHING_SESSION': {
      const requestId = text(entry.after, 'requestId');
      if (entry.action === 'CREATED') return change(requestId, 'SESSION_SCHEDULED');
      if (entry.action === 'CANCELLED' || (text(entry.after, 'status') === 'CANCELLED' && text(entry.before, 'status') !== 'CANCELLED'))
        return change(requestId, 'SESSION_CANCELLED');
      if (entry.action === 'UPDATED' && SESSION_PLACE.some((key) => text(entry.before, key) !== text(entry.after, key)))
        return change(requestId, 'SESSION_MOVED');
      return null;
    }
    case 'COACHING_MESSAGE':
      return entry.action === 'CREATED' ? change(text(entry.after, 'requestId'), 'MESSAGE', entry.after['staffOnly'] === true) : null;
    default:
      return null;
  }
}

/** The sides of a coaching; which side a person is on is the policy's to say (`coachingSideOf`). */
export type { CoachingSide };

/**
 * Who is told of a change (notices and e-mails), by side; the actor never is, whichever side they are on.
 * - REQUESTED: staff, who find a coach; the MO too when staff asked for it.
 * - ASSIGNED: the MO and the coach.
 * - DECLINED: the MO; the coach too when one was assigned already.
 * - a session scheduled, moved or cancelled: the MO and the coach; staff too unless staff made the change,
 *   so the centre learns what the two sides arranged between themselves.
 * - MESSAGE: the other side. From the MO to its coach (to staff while there is none), from the coach to the
 *   MO, from staff to both. A staff-only note goes to staff and the coach, never to the MO.
 * - CLOSED: the coach and staff; the MO too when staff closed it.
 * `actor` is null for a change without a person (the system), which is told to all sides concerned.
 */
export function audienceOf(
  change: Pick<CoachingChange, 'kind' | 'staffOnly'>,
  actor: CoachingSide | null,
  hasCoach: boolean,
): CoachingSide[] {
  const sides = (...list: Array<CoachingSide | false>) => list.filter((side): side is CoachingSide => side !== false);
  switch (change.kind) {
    case 'REQUESTED':
      return sides('STAFF', actor !== 'MO' && 'MO');
    case 'ASSIGNED':
      return sides('MO', 'COACH');
    case 'DECLINED':
      return sides('MO', hasCoach && 'COACH');
    case 'SESSION_SCHEDULED':
    case 'SESSION_MOVED':
    case 'SESSION_CANCELLED':
      return sides('MO', 'COACH', actor !== 'STAFF' && 'STAFF');
    case 'MESSAGE':
      if (change.staffOnly) return sides('STAFF', 'COACH');
      switch (actor) {
        case 'MO':
          return sides(hasCoach ? 'COACH' : 'STAFF');
        case 'COACH':
          return sides('MO');
        case 'STAFF':
        case null:
          return sides('MO', 'COACH');
      }
      return [];
    case 'CLOSED':
      return sides('COACH', 'STAFF', actor !== 'MO' && 'MO');
  }
}

/** Which kinds are also sent to staff by e-mail: only new requests; staff follow the rest in the app. */
export const MAILED_TO_STAFF: readonly CoachingChangeKind[] = ['REQUESTED'];
