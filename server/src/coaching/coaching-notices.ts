import type { EntityManager } from 'typeorm';
import {
  coachingSideOf,
  isToldOfCoachingChange,
  moAddressMayLearnOfCoachingChange,
  viewerOfPerson,
  type CoachingSide,
} from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { LoggedChange, TellOptions } from '../notifications/telling.js';
import { audienceOf, coachingChangeOf, MAILED_TO_STAFF, type CoachingChange } from './coaching-changes.js';

interface RequestFacts {
  id: string;
  organization_id: string;
  coach_id: string | null;
  created_by_id: string | null;
  coach_user_id: string | null;
  contact_email: string | null;
  mo_language: string | null;
}

interface PersonRow {
  id: string;
  role: 'STAFF' | 'MEMBER' | 'COACH';
  organization_id: string | null;
  coach_id: string | null;
  coach_active: boolean | null;
  email: string;
  language: string | null;
  active: boolean;
}

/** A person who may be told, with the viewer they would be signed in now. */
interface Candidate {
  row: PersonRow;
  viewer: Viewer;
}

interface PendingMail {
  request_id: string;
  recipient: string;
  language: string;
  mo_side: boolean;
  cursors: string[];
}

type Told = {
  change: CoachingChange & { cursor: string; actorId: string | null };
  request: RequestFacts;
  /** The sides told (`audienceOf`). */
  audience: CoachingSide[];
  /** The MO's side made the change: its own address is not told of it. */
  byMo: boolean;
  /** Who is told, each as the policy decided (`isToldOfCoachingChange`). */
  people: Array<Candidate & { side: CoachingSide }>;
};

const factsOf = (request: RequestFacts) => ({ organizationId: request.organization_id, coachId: request.coach_id });

/**
 * Tells everyone involved of the coaching changes among `logged`, in the caller's transaction (after the change
 * log is written, so the request is read as the write left it): a notice per person of each side `audienceOf`
 * names, never the actor; and, with `mail`, an e-mail queued per request and address, joined with any further
 * change of the same request within the window. Staff get e-mail of new requests only. Entries that are not
 * coaching changes are passed over, so every write can hand in all it logged.
 * The people involved (the MO's members, the coach's account, staff, the one who asked, the actor) are read
 * as they are now, and the policy decides who of them is told: no role is compared here.
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
        `SELECT r.id, r.organization_id, r.coach_id, r.created_by_id, o.contact_email, o.languages[1] AS mo_language,
                c.user_id AS coach_user_id
           FROM coaching_request r
           JOIN organization o ON o.id = r.organization_id
           LEFT JOIN coach c ON c.id = r.coach_id
          WHERE r.id = ANY($1::uuid[])`,
        [[...new Set(changes.map((change) => change.requestId))]],
      )
    ).map((request) => [request.id, request]),
  );
  const candidates = await peopleInvolved(manager, [...requests.values()], changes);
  const told: Told[] = changes.flatMap((change) => {
    const request = requests.get(change.requestId);
    if (!request) return [];
    const facts = factsOf(request);
    const actor = candidates.find((person) => person.row.id === change.actorId);
    const actorSide = actor ? coachingSideOf(actor.viewer, facts) : null;
    const hasCoach = candidates.some((person) => coachingSideOf(person.viewer, facts) === 'COACH');
    const audience = audienceOf(change, actorSide, hasCoach);
    const people = candidates.flatMap((person) => {
      const side = coachingSideOf(person.viewer, facts);
      return side && isToldOfCoachingChange(person.viewer, facts, change, audience, change.actorId) ? [{ ...person, side }] : [];
    });
    return [{ change, request, audience, byMo: actorSide === 'MO', people }];
  });
  await manager.query(
    `INSERT INTO coaching_notice (user_id, change_cursor, request_id, kind, created_at)
     SELECT n.user_id, n.cursor, n.request_id, n.kind, $2
       FROM jsonb_to_recordset($1::jsonb) AS n(user_id uuid, cursor bigint, request_id uuid, kind text)
     ON CONFLICT (user_id, change_cursor) DO NOTHING`,
    [
      JSON.stringify(
        told.flatMap(({ change, people }) =>
          people.map((person) => ({ user_id: person.row.id, cursor: change.cursor, request_id: change.requestId, kind: change.kind })),
        ),
      ),
      options.now.toISOString(),
    ],
  );
  if (options.mail) await queueMails(manager, told, options);
}

/**
 * Everyone who could be told of these changes, read once for all of them: the MOs' members, the coaches'
 * accounts, those who asked, the actors and staff. Who of them is told is the policy's decision.
 */
async function peopleInvolved(
  manager: EntityManager,
  requests: readonly RequestFacts[],
  changes: ReadonlyArray<{ actorId: string | null }>,
): Promise<Candidate[]> {
  const ids = [
    ...requests.flatMap((request) => [request.created_by_id, request.coach_user_id]),
    ...changes.map((change) => change.actorId),
  ].filter((id): id is string => !!id);
  const rows = await manager.query<PersonRow[]>(
    `SELECT u.id, u.role, u.organization_id, c.id AS coach_id, c.active AS coach_active, u.email, u.language, u.active
       FROM app_user u LEFT JOIN coach c ON c.user_id = u.id
      WHERE u.organization_id = ANY($1::uuid[]) OR u.id = ANY($2::uuid[]) OR u.role = 'STAFF'
      ORDER BY u.id`,
    [[...new Set(requests.map((request) => request.organization_id))], [...new Set(ids)]],
  );
  return rows.map((row) => ({
    row,
    viewer: viewerOfPerson({
      id: row.id,
      role: row.role,
      organizationId: row.organization_id,
      coachId: row.coach_id,
      coachActive: row.coach_active === true,
      active: row.active,
    }),
  }));
}

async function queueMails(manager: EntityManager, told: readonly Told[], options: TellOptions & { now: Date }): Promise<void> {
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
  for (const { change, request, audience, byMo, people } of told) {
    // the MO's own address unless one of its people made the change, and only what its members may learn
    if (audience.includes('MO') && !byMo && moAddressMayLearnOfCoachingChange(factsOf(request), change))
      add(request.id, request.contact_email, request.mo_language, true, change.cursor);
    // of the MO's people only the one who asked gets an e-mail (the others read their notices); the coach
    // always; staff of new requests only
    for (const { row, side } of people) {
      const mailed = side === 'MO' ? row.id === request.created_by_id : side === 'COACH' || MAILED_TO_STAFF.includes(change.kind);
      if (mailed) add(request.id, row.email, row.language, side === 'MO', change.cursor);
    }
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
