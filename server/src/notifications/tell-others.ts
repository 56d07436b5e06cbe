import type { EntityManager } from 'typeorm';
import type { BookingChangeEntry } from '../bookings/booking-log.js';
import { statusNews } from '../bookings/status-news.js';

/** A booking's change as the change log numbered it. */
export interface LoggedBookingChange {
  change: BookingChangeEntry;
  cursor: string;
}

/** How long a booking's changes are gathered into one e-mail: a drag back and forth sends one mail. */
export const CHANGE_MAIL_DELAY_MS = 60_000;

/** A decision about the booking (approved, declined, lapsed, released, offered): news even when nobody made it. */
const isStatusNews = ({ change }: LoggedBookingChange) => statusNews(change.before?.status ?? null, change.after.status) !== null;

/** Someone came (issue 29): nothing to tell the MO, unlike a change someone else made to its booking. */
const isCheckIn = ({ change }: LoggedBookingChange) =>
  change.before !== null &&
  change.before.checkedInAt === null &&
  change.after.checkedInAt !== null &&
  change.before.status === change.after.status;

const isMove = ({ change }: LoggedBookingChange) =>
  change.kind === 'CANCELLED' ||
  (change.before !== null &&
    (change.before.roomId !== change.after.roomId ||
      change.before.start.getTime() !== change.after.start.getTime() ||
      change.before.end.getTime() !== change.after.end.getTime()));

/**
 * When someone changes or cancels a booking of an MO, the MO's members and the person who made the booking
 * (not the one who changed it) get a notification, in the same transaction as the change; for moves and
 * cancellations by others, an e-mail to the MO's contact address and to the person who booked is queued,
 * joined with any further change of the same booking within `delayMs`.
 */
export async function tellOthers(
  manager: EntityManager,
  logged: readonly LoggedBookingChange[],
  options: { now: Date; mail: boolean; delayMs?: number },
): Promise<void> {
  // a coaching session's booking is told of as the session (coaching notices and mails), to the coaching's people
  // a decision made by the timers (a lapsed request, a released room) has no actor, and is news all the same
  const changedByOthers = logged.filter(
    (entry) =>
      entry.change.after.sessionId === null &&
      ((entry.change.actorId !== null && entry.change.kind !== 'CREATED' && !isCheckIn(entry)) || isStatusNews(entry)),
  );
  if (changedByOthers.length === 0) return;
  const row = ({ change, cursor }: LoggedBookingChange) => ({
    cursor,
    booking_id: change.after.id,
    organization_id: change.after.organizationId,
    created_by_id: change.after.createdById,
    actor_id: change.actorId,
  });
  const rows = JSON.stringify(changedByOthers.map(row));
  await manager.query(
    `INSERT INTO notification (user_id, change_cursor, booking_id, created_at)
     SELECT u.id, c.cursor, c.booking_id, $2
       FROM jsonb_to_recordset($1::jsonb) AS c(cursor bigint, booking_id uuid, organization_id uuid, created_by_id uuid, actor_id uuid)
       JOIN app_user u ON u.active AND (u.organization_id = c.organization_id OR u.id = c.created_by_id)
                        AND u.id IS DISTINCT FROM c.actor_id`,
    [rows, options.now.toISOString()],
  );
  if (!options.mail) return;
  const moves = changedByOthers.filter((entry) => isMove(entry) || isStatusNews(entry));
  if (moves.length === 0) return;
  // a new booking (a waiting list's offer) was nowhere before: its place, with no status, tells the mail it is new
  const mails = JSON.stringify(
    moves.map((logged) => ({ ...row(logged), before: logged.change.before ?? { ...logged.change.after, status: null } })),
  );
  // the MO's contact address when someone outside the MO made the change; the person who booked when it
  // was someone else; each in their language (the MO's first language for its address)
  await manager.query(
    `WITH changed AS (
       SELECT * FROM jsonb_to_recordset($1::jsonb)
         AS c(cursor bigint, booking_id uuid, organization_id uuid, created_by_id uuid, actor_id uuid, before jsonb)
     ),
     recipients AS (
       SELECT c.*, o.contact_email AS recipient, coalesce(o.languages[1], 'de') AS language
         FROM changed c JOIN organization o ON o.id = c.organization_id
        WHERE o.contact_email IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM app_user a WHERE a.id = c.actor_id AND a.organization_id = c.organization_id)
       UNION
       SELECT c.*, u.email, coalesce(u.language, 'de')
         FROM changed c JOIN app_user u ON u.id = c.created_by_id AND u.active AND u.id IS DISTINCT FROM c.actor_id
     )
     INSERT INTO booking_change_mail (booking_id, recipient, language, before, last_cursor, due_at)
     SELECT DISTINCT ON (booking_id, lower(recipient)) booking_id, lower(recipient), language, before, cursor, $2::timestamptz
       FROM recipients ORDER BY booking_id, lower(recipient), cursor
     ON CONFLICT (booking_id, recipient) WHERE sent_at IS NULL DO UPDATE SET last_cursor = EXCLUDED.last_cursor`,
    [mails, new Date(options.now.getTime() + (options.delayMs ?? CHANGE_MAIL_DELAY_MS)).toISOString()],
  );
}
