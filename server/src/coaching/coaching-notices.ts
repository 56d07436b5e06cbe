import type { EntityManager } from 'typeorm';
import type { ChangeEntry } from '../changes/change-log.js';
import { audienceOf, coachingChangeOf, MAILED_TO_STAFF, type CoachingChange, type CoachingSide } from './coaching-changes.js';

/** A change-log entry with the cursor the log gave it. */
export interface LoggedChange {
  entry: ChangeEntry;
  cursor: string;
}

/** Whether changes are also told by e-mail (an SMTP server is configured), and how long a mail gathers them. */
export interface TellOptions {
  mail: boolean;
  delayMs: number;
}

/** How long a request's changes are gathered into one e-mail, as for bookings. */
export const COACHING_MAIL_DELAY_MS = 60_000;

interface RequestFacts {
  id: string;
  organization_id: string;
  created_by_id: string | null;
  coach_user_id: string | null;
  contact_email: string | null;
  mo_language: string | null;
}

interface Person {
  id: string;
  role: 'STAFF' | 'MEMBER' | 'COACH';
  organization_id: string | null;
  email: string;
  language: string | null;
  active: boolean;
}

interface PendingMail {
  request_id: string;
  recipient: string;
  language: string;
  mo_side: boolean;
  cursors: string[];
}

const sideOf = (actor: Person | undefined, request: RequestFacts): CoachingSide | null => {
  if (!actor) return null;
  if (actor.role === 'STAFF') return 'STAFF';
  if (actor.role === 'COACH') return 'COACH';
  return actor.organization_id === request.organization_id ? 'MO' : null;
};

/**
 * Tells everyone involved of the coaching changes among `logged`, in the caller's transaction (after the change
 * log is written, so the request is read as the write left it): a notice per person of each side `audienceOf`
 * names, never the actor; and, with `mail`, an e-mail queued per request and address, joined with any further
 * change of the same request within the window. Staff get e-mail of new requests only. Entries that are not
 * coaching changes are passed over, so every write can hand in all it logged.
 */
export async function tellCoachingChanges(
  manager: EntityManager,
  logged: readonly LoggedChange[],
  options: TellOptions & { now: Date },
): Promise<void> {
  const changes = logged.flatMap(({ entry, cursor }) => {
    const change = coachingChangeOf(entry);
    return change ? [{ ...change, cursor, actorId: entry.actorId }] : [];
  });
  if (changes.length === 0) return;
  const requests = new Map(
    (
      await manager.query<RequestFacts[]>(
        `SELECT r.id, r.organization_id, r.created_by_id, o.contact_email, o.languages[1] AS mo_language,
                CASE WHEN c.active THEN c.user_id END AS coach_user_id
           FROM coaching_request r
           JOIN organization o ON o.id = r.organization_id
           LEFT JOIN coach c ON c.id = r.coach_id
          WHERE r.id = ANY($1::uuid[])`,
        [[...new Set(changes.map((change) => change.requestId))]],
      )
    ).map((request) => [request.id, request]),
  );
  const actorIds = [...new Set(changes.flatMap((change) => (change.actorId ? [change.actorId] : [])))];
  const actors = new Map(
    (
      await manager.query<Person[]>('SELECT id, role, organization_id, email, language, active FROM app_user WHERE id = ANY($1::uuid[])', [
        actorIds,
      ])
    ).map((person) => [person.id, person]),
  );
  const told = changes.flatMap((change) => {
    const request = requests.get(change.requestId);
    if (!request) return [];
    const actor = change.actorId ? actors.get(change.actorId) : undefined;
    const sides = audienceOf(change, sideOf(actor, request), request.coach_user_id !== null);
    return [{ change, request, actor, sides }];
  });
  await manager.query(
    `INSERT INTO coaching_notice (user_id, change_cursor, request_id, kind, created_at)
     SELECT u.id, c.cursor, c.request_id, c.kind, $2
       FROM jsonb_to_recordset($1::jsonb)
         AS c(cursor bigint, request_id uuid, kind text, organization_id uuid, coach_user_id uuid, actor_id uuid,
              mo boolean, coach boolean, staff boolean)
       JOIN app_user u ON u.active AND u.id IS DISTINCT FROM c.actor_id AND (
              (c.mo AND u.role = 'MEMBER' AND u.organization_id = c.organization_id)
           OR (c.coach AND u.role = 'COACH' AND u.id = c.coach_user_id)
           OR (c.staff AND u.role = 'STAFF'))
     ON CONFLICT (user_id, change_cursor) DO NOTHING`,
    [
      JSON.stringify(
        told.map(({ change, request, sides }) => ({
          cursor: change.cursor,
          request_id: change.requestId,
          kind: change.kind,
          organization_id: request.organization_id,
          coach_user_id: request.coach_user_id,
          actor_id: change.actorId,
          mo: sides.includes('MO'),
          coach: sides.includes('COACH'),
          staff: sides.includes('STAFF'),
        })),
      ),
      options.now.toISOString(),
    ],
  );
  if (options.mail) await queueMails(manager, told, options);
}

async function queueMails(
  manager: EntityManager,
  told: ReadonlyArray<{
    change: CoachingChange & { cursor: string; actorId: string | null };
    request: RequestFacts;
    actor: Person | undefined;
    sides: CoachingSide[];
  }>,
  options: TellOptions & { now: Date },
): Promise<void> {
  const wanted = new Set(told.flatMap(({ request }) => [request.created_by_id, request.coach_user_id]).filter((id): id is string => !!id));
  const staffMailed = told.some(({ change, sides }) => sides.includes('STAFF') && MAILED_TO_STAFF.includes(change.kind));
  const people = await manager.query<Person[]>(
    `SELECT id, role, organization_id, email, language, active FROM app_user
      WHERE active AND (id = ANY($1::uuid[]) OR ($2::boolean AND role = 'STAFF'))`,
    [[...wanted], staffMailed],
  );
  const byId = new Map(people.map((person) => [person.id, person]));
  const staff = people.filter((person) => person.role === 'STAFF');
  const mails = new Map<string, PendingMail>();
  const add = (requestId: string, address: string | null, language: string | null, moSide: boolean, cursor: string) => {
    if (!address) return;
    const recipient = address.trim().toLowerCase();
    const key = `${requestId} ${recipient}`;
    const mail = mails.get(key);
    if (mail) {
      // an address on both sides is written to as the MO's: what it may not read stays out
      mail.mo_side ||= moSide;
      if (!mail.cursors.includes(cursor)) mail.cursors.push(cursor);
    } else mails.set(key, { request_id: requestId, recipient, language: language ?? 'de', mo_side: moSide, cursors: [cursor] });
  };
  for (const { change, request, actor, sides } of told) {
    const notActor = (person: Person | undefined): person is Person => !!person && person.id !== actor?.id;
    if (sides.includes('MO')) {
      // the MO's own address unless one of its people made the change; the member who asked while still one of it
      if (!(actor?.role === 'MEMBER' && actor.organization_id === request.organization_id))
        add(request.id, request.contact_email, request.mo_language, true, change.cursor);
      const asker = byId.get(request.created_by_id ?? '');
      if (notActor(asker) && asker.role === 'MEMBER' && asker.organization_id === request.organization_id)
        add(request.id, asker.email, asker.language, true, change.cursor);
    }
    if (sides.includes('COACH')) {
      const coach = byId.get(request.coach_user_id ?? '');
      if (notActor(coach) && coach.role === 'COACH') add(request.id, coach.email, coach.language, false, change.cursor);
    }
    if (sides.includes('STAFF') && MAILED_TO_STAFF.includes(change.kind))
      for (const person of staff) if (notActor(person)) add(request.id, person.email, person.language, false, change.cursor);
  }
  if (mails.size === 0) return;
  await manager.query(
    `INSERT INTO coaching_change_mail (request_id, recipient, language, mo_side, cursors, due_at)
     SELECT m.request_id, m.recipient, m.language, m.mo_side, ARRAY(SELECT jsonb_array_elements_text(m.cursors)::bigint), $2::timestamptz
       FROM jsonb_to_recordset($1::jsonb) AS m(request_id uuid, recipient text, language text, mo_side boolean, cursors jsonb)
     ON CONFLICT (request_id, recipient) WHERE sent_at IS NULL
     DO UPDATE SET cursors = coaching_change_mail.cursors || EXCLUDED.cursors,
                   mo_side = coaching_change_mail.mo_side OR EXCLUDED.mo_side`,
    [JSON.stringify([...mails.values()]), new Date(options.now.getTime() + options.delayMs).toISOString()],
  );
}
