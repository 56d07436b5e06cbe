import type { DataSource, EntityManager } from 'typeorm';
import { assertMayExportPersonData } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import type { Clock } from '../shared/clock.js';
import { isUuid, notFound } from '../shared/errors.js';

/** What one part of the export holds: a query of the person's id ($1) and e-mail ($2) answering JSON rows. */
interface ExportPart {
  name: string;
  sql: string;
}

/*
 * Everything stored about a person (GDPR Art. 15, and Art. 20's "structured, machine-readable"), one part per
 * place it is kept. Rows are given as stored (column names, ISO times), without what is no data *about* the
 * person but a key to their account: password hash, session and link tokens (only hashes are stored anyway).
 * A new table that holds a person's id or address belongs here; `privacy.test.ts` names each part it expects.
 */
const PARTS: ExportPart[] = [
  // the account itself: name, e-mail, role, MO, language, last sign-in
  { name: 'account', sql: `SELECT to_jsonb(u) - 'password_hash' AS row FROM app_user u WHERE u.id = $1` },
  // the MO they act for, as it is kept (its contacts may be theirs)
  {
    name: 'organization',
    sql: `SELECT to_jsonb(o) AS row FROM organization o JOIN app_user u ON u.organization_id = o.id WHERE u.id = $1`,
  },
  // where they are signed in, and until when (the token's hash is a key, not data about them)
  { name: 'sessions', sql: `SELECT to_jsonb(s) - 'token_hash' AS row FROM user_session s WHERE s.user_id = $1 ORDER BY s.created_at` },
  { name: 'calendarFeeds', sql: `SELECT to_jsonb(f) - 'token_hash' AS row FROM calendar_feed f WHERE f.user_id = $1` },
  {
    name: 'passwordResets',
    sql: `SELECT to_jsonb(r) - 'token_hash' AS row FROM password_reset r WHERE r.user_id = $1 ORDER BY r.created_at`,
  },
  // invitations to their address: who invited them, as what, and the name staff gave
  { name: 'invitations', sql: `SELECT to_jsonb(i) - 'token_hash' AS row FROM invitation i WHERE i.email = $2 ORDER BY i.created_at` },
  // bookings and series they made (an MO's other bookings are the MO's, not theirs)
  { name: 'bookings', sql: `SELECT to_jsonb(b) AS row FROM booking b WHERE b.created_by_id = $1 ORDER BY b.starts_at` },
  { name: 'bookingSeries', sql: `SELECT to_jsonb(s) AS row FROM booking_series s WHERE s.created_by_id = $1 ORDER BY s.created_at` },
  // coaching: the coach record that is them, requests they made, notes they wrote, sessions they arranged
  { name: 'coach', sql: `SELECT to_jsonb(c) AS row FROM coach c WHERE c.user_id = $1` },
  {
    name: 'coachingRequests',
    sql: `SELECT to_jsonb(r) AS row FROM coaching_request r WHERE r.created_by_id = $1 ORDER BY r.created_at`,
  },
  { name: 'coachingMessages', sql: `SELECT to_jsonb(m) AS row FROM coaching_message m WHERE m.author_id = $1 ORDER BY m.written` },
  {
    name: 'coachingSessions',
    sql: `SELECT to_jsonb(s) AS row FROM coaching_session s WHERE s.created_by_id = $1 ORDER BY s.starts_at`,
  },
  // the network: answers to meetings, proposals, support and agenda topics they gave for their MO
  {
    name: 'networkResponses',
    sql: `SELECT to_jsonb(r) AS row FROM meeting_response r WHERE r.responded_by_id = $1 ORDER BY r.updated_at`,
  },
  {
    name: 'proposals',
    sql: `SELECT to_jsonb(p) AS row FROM proposal p WHERE $1 IN (p.created_by_id, p.answered_by_id) ORDER BY p.created_at`,
  },
  { name: 'proposalSupport', sql: `SELECT to_jsonb(s) AS row FROM proposal_support s WHERE s.supported_by_id = $1 ORDER BY s.created_at` },
  // the slots they asked to be told of for their MO (issue 29)
  { name: 'waitingList', sql: `SELECT to_jsonb(w) AS row FROM waiting_list_entry w WHERE w.person_id = $1 ORDER BY w.created_at` },
  { name: 'agendaItems', sql: `SELECT to_jsonb(a) AS row FROM agenda_item a WHERE a.created_by_id = $1 ORDER BY a.created_at` },
  // what they arranged for the centre as staff: closures, wall-display links (without their token), network meetings
  { name: 'closures', sql: `SELECT to_jsonb(c) AS row FROM closure c WHERE c.created_by_id = $1 ORDER BY c.created_at` },
  {
    name: 'displayLinks',
    sql: `SELECT to_jsonb(d) - 'token_hash' AS row FROM display_link d WHERE d.created_by_id = $1 ORDER BY d.created_at`,
  },
  {
    name: 'networkMeetings',
    sql: `SELECT to_jsonb(m) AS row FROM network_meeting m WHERE m.created_by_id = $1 ORDER BY m.created_at`,
  },
  // notices kept for them until read (or until retention deletes them)
  { name: 'notifications', sql: `SELECT to_jsonb(n) AS row FROM notification n WHERE n.user_id = $1 ORDER BY n.created_at` },
  { name: 'coachingNotices', sql: `SELECT to_jsonb(n) AS row FROM coaching_notice n WHERE n.user_id = $1 ORDER BY n.created_at` },
  { name: 'networkNotices', sql: `SELECT to_jsonb(n) AS row FROM network_notice n WHERE n.user_id = $1 ORDER BY n.created_at` },
  { name: 'seriesNotices', sql: `SELECT to_jsonb(n) AS row FROM series_notice n WHERE n.user_id = $1 ORDER BY n.created_at` },
  // mails queued for (or sent to) their address: which, in what language, when
  { name: 'bookingChangeMails', sql: `SELECT to_jsonb(m) AS row FROM booking_change_mail m WHERE m.recipient = $2 ORDER BY m.due_at` },
  {
    name: 'coachingChangeMails',
    sql: `SELECT to_jsonb(m) AS row FROM coaching_change_mail m WHERE m.recipient = $2 ORDER BY m.due_at`,
  },
  {
    name: 'networkMails',
    sql: `SELECT to_jsonb(m) AS row FROM network_mail m WHERE m.user_id = $1 OR m.recipient = $2 ORDER BY m.due_at`,
  },
  // the change log about them (their account, invitations to their address), in full
  {
    name: 'changesAboutThem',
    sql: `SELECT jsonb_build_object('cursor', c.cursor::text, 'occurredAt', c.occurred_at, 'entity', c.entity, 'entityId', c.entity_id,
                 'action', c.action, 'actorId', c.actor_id, 'before', c.before, 'after', c.after) AS row
            FROM change_log c
           WHERE c.entity = 'USER' AND (c.entity_id = $1 OR c.entity_id IN (SELECT id FROM invitation WHERE email = $2))
           ORDER BY c.cursor`,
  },
  // what they changed, when: without the entries' contents, which are other people's and MOs' data
  {
    name: 'changesTheyMade',
    sql: `SELECT jsonb_build_object('cursor', c.cursor::text, 'occurredAt', c.occurred_at, 'entity', c.entity, 'entityId', c.entity_id,
                 'action', c.action) AS row
            FROM change_log c WHERE c.actor_id = $1 ORDER BY c.cursor`,
  },
];

/** The parts, by name; an object holds one row, the others a list. */
export type PersonExport = { format: 'kollektiv-person-export'; version: 1; exportedAt: string; personId: string } & Record<
  string,
  unknown
>;

/** Single rows rather than lists. */
const SINGLE = new Set(['account', 'organization', 'coach']);

export class PersonExportService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
  ) {}

  /** The person's own data, or (staff) anyone's; NOT_FOUND for an unknown id. */
  async exportPerson(viewer: Viewer, personId: string): Promise<PersonExport> {
    assertMayExportPersonData(viewer, personId);
    if (!isUuid(personId)) throw notFound('User', personId);
    return this.dataSource.transaction(async (manager): Promise<PersonExport> => {
      // one snapshot for every part, as if read at one instant
      await manager.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY');
      const found: Array<{ email: string }> = await manager.query(`SELECT email FROM app_user WHERE id = $1`, [personId]);
      const email = found[0]?.email;
      if (email === undefined) throw notFound('User', personId);
      const parts = await readParts(manager, personId, email);
      return { format: 'kollektiv-person-export', version: 1, exportedAt: this.clock().toISOString(), personId, ...parts };
    });
  }
}

async function readParts(manager: EntityManager, personId: string, email: string): Promise<Record<string, unknown>> {
  const parts: Record<string, unknown> = {};
  for (const part of PARTS) {
    // the CTE names both parameters, so a part that uses one of them still has both typed
    const rows: Array<{ row: unknown }> = await manager.query(`WITH given AS (SELECT $1::uuid AS id, $2::text AS email) ${part.sql}`, [
      personId,
      email,
    ]);
    parts[part.name] = SINGLE.has(part.name) ? (rows[0]?.row ?? null) : rows.map((row) => row.row);
  }
  return parts;
}

export const EXPORT_PARTS = PARTS.map((part) => part.name);
/** Each part's query, for the test that finds every column referring to a person read by one of them. */
export const EXPORT_QUERIES = PARTS.map((part) => part.sql);

/**
 * Columns that refer to a person which the export reads on purpose only through the change log ("changesTheyMade"):
 * the rows hold other people's data (the address someone was invited with, whose password was reset).
 */
export const NOT_EXPORTED: Record<string, string> = {
  'invitation.created_by_id': 'invitations they sent hold the invited people’s addresses',
  'password_reset.created_by_id': 'reset links they issued are other people’s',
};
