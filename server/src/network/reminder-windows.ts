import type { EntityManager } from 'typeorm';
import type { NetworkNoticeKind } from './network-notices.js';

export interface Reminder {
  kind: NetworkNoticeKind;
  /** The meeting's column that claims it: set once it is sent, or passed over. */
  column: 'reminded_unanswered_at' | 'reminded_coming_at';
  /** How many days before the start, at the start's wall time in the house, its window opens. */
  days: number;
}

/** Three days before, those that have not answered; the day before, those that said they come. */
export const REMINDERS: readonly Reminder[] = [
  { kind: 'ANSWER_REMINDER', column: 'reminded_unanswered_at', days: 3 },
  { kind: 'COMING_REMINDER', column: 'reminded_coming_at', days: 1 },
];

/** The booking `b`'s house `l`, for its time zone. */
export const HOUSE_OF_BOOKING = 'JOIN room r ON r.id = b.room_id JOIN location l ON l.id = r.location_id';

/**
 * SQL: when a reminder's window opens for the meeting of booking `b` in house `l`: the start's local date minus
 * `days`, at the same wall time, in the house's zone; 72 or 24 hours would shift it by one across summer time.
 */
export const windowOpens = (reminder: Reminder): string =>
  `(((b.starts_at AT TIME ZONE l.time_zone) - make_interval(days => ${reminder.days})) AT TIME ZONE l.time_zone)`;

/** A meeting moved out of a reminder's window (its window opens again after now) is reminded again before its new date. */
export async function rearmReminders(manager: EntityManager, meetingId: string, now: Date): Promise<void> {
  const sets = REMINDERS.map(
    (reminder) => `${reminder.column} = CASE WHEN $2::timestamptz < ${windowOpens(reminder)} THEN NULL ELSE m.${reminder.column} END`,
  );
  await manager.query(
    `UPDATE network_meeting m SET ${sets.join(', ')}
       FROM booking b ${HOUSE_OF_BOOKING}
      WHERE b.id = m.booking_id AND m.id = $1`,
    [meetingId, now.toISOString()],
  );
}
