import type { EntityManager } from 'typeorm';
import { ADVISORY_LOCK } from '../shared/advisory-locks.js';
import { badInput } from '../shared/errors.js';

/** Parses a client-supplied cursor; cursors are numbers and are compared as numbers, never as text. */
export function parseCursor(cursor: string, field = 'after'): bigint {
  if (!/^\d{1,19}$/.test(cursor)) throw badInput(field, 'INVALID_CURSOR');
  return BigInt(cursor);
}

export const CHANGE_CHANNEL = 'change_log';

/**
 * What a notification on `CHANGE_CHANNEL` carries: the batch's last cursor and the writer's wall clock in
 * milliseconds as it logged the batch, the last step before commit. Every node measures its fan-out delay from
 * there, so the figure includes the commit and the notification's way to other nodes.
 */
export function changeNotice(cursor: string, loggedAtMs: number): string {
  return `${cursor}:${loggedAtMs}`;
}

/** The parts of a `changeNotice`; `loggedAtMs` is absent from a notice without it (older writers, by hand). */
export function readChangeNotice(payload: string): { cursor: string; loggedAtMs: number | undefined } {
  const [cursor = '', loggedAt] = payload.split(':');
  const loggedAtMs = loggedAt === undefined ? undefined : Number(loggedAt);
  return { cursor, loggedAtMs: loggedAtMs !== undefined && Number.isFinite(loggedAtMs) ? loggedAtMs : undefined };
}
/** The transaction-level advisory lock that gives the change log commit order. */
const CHANGE_LOG_LOCK = ADVISORY_LOCK.CHANGE_LOG;

export const CHANGE_ENTITIES = [
  'BOOKING',
  'SERIES',
  'CLOSURE',
  'LOCATION',
  'ROOM',
  'ORGANIZATION',
  'USER',
  'COACH',
  'COACHING_REQUEST',
  'COACHING_MESSAGE',
  'COACHING_SESSION',
  'NETWORK_MEETING',
  'MEETING_RESPONSE',
  'AGENDA_ITEM',
  'MEETING_DECISION',
  'PROPOSAL',
] as const;
export type ChangeEntity = (typeof CHANGE_ENTITIES)[number];

/** What happened; bookings use CREATED, UPDATED and CANCELLED, the directory and people also the others. */
export const CHANGE_ACTIONS = [
  'CREATED',
  'UPDATED',
  'CANCELLED',
  'DEACTIVATED',
  'REACTIVATED',
  'INVITED',
  'INVITATION_REVOKED',
  'PASSWORD_RESET_ISSUED',
  'PASSWORD_CHANGED',
  'DELETED',
  /** A person or MO erased (GDPR Art. 17): the entity stays as a pseudonym, see `privacy/erasure.ts`. */
  'ERASED',
] as const;
export type ChangeAction = (typeof CHANGE_ACTIONS)[number];

/** A JSON-safe picture of an entity before or after a change; never secrets (password hashes, tokens). */
export type Snapshot = Record<string, unknown>;

export interface ChangeEntry {
  entity: ChangeEntity;
  entityId: string;
  action: ChangeAction;
  actorId: string | null;
  before: Snapshot | null;
  after: Snapshot;
  /** What the change touches, for filters (audit) and for who hears of it (subscriptions). */
  locationIds: string[];
  roomIds: string[];
  organizationId: string | null;
  /** Why, in the actor's words (staff moving or cancelling another MO's booking); shown in notices and the audit. */
  reason?: string | null;
}

export interface ChangeRow extends ChangeEntry {
  cursor: string;
  occurredAt: Date;
  /** How many changes were written together with this one, and its place among them (from 0). */
  batchSize: number;
  batchIndex: number;
}

/**
 * Appends changes inside the caller's transaction, as one batch, and announces the last cursor with
 * NOTIFY, which PostgreSQL (and PGlite) deliver only if and when the transaction commits. The entries of
 * one call get consecutive cursors and carry their batch's size and their place in it, so a subscriber
 * can apply a whole series at once.
 *
 * The advisory lock is held until commit, so cursors are handed out in commit order: a reader that
 * has seen cursor N has also seen everything below N. It is taken as the last step of a write to
 * keep the serialized part short.
 */
export async function recordChanges(manager: EntityManager, entries: readonly ChangeEntry[]): Promise<string[]> {
  if (entries.length === 0) return [];
  await manager.query('SELECT pg_advisory_xact_lock($1)', [CHANGE_LOG_LOCK]);
  const rows: Array<{ cursor: string }> = await manager.query(
    `WITH given AS (
       SELECT entry, position FROM jsonb_array_elements($1::jsonb) WITH ORDINALITY AS listed(entry, position)
     ),
     inserted AS (
       INSERT INTO change_log (entity, entity_id, action, actor_id, location_ids, room_ids, organization_id, before, after,
                               batch_size, batch_index, reason)
       SELECT entry->>'entity', (entry->>'entityId')::uuid, entry->>'action', (entry->>'actorId')::uuid,
              ARRAY(SELECT DISTINCT jsonb_array_elements_text(entry->'locationIds'))::uuid[],
              ARRAY(SELECT DISTINCT jsonb_array_elements_text(entry->'roomIds'))::uuid[],
              (entry->>'organizationId')::uuid, NULLIF(entry->'before', 'null'::jsonb), entry->'after',
              $2::integer, (position - 1)::integer, NULLIF(entry->>'reason', '')
         FROM given
        ORDER BY position
       RETURNING cursor
     )
     SELECT cursor::text AS cursor FROM inserted ORDER BY inserted.cursor`,
    [JSON.stringify(entries), entries.length],
  );
  const last = rows.at(-1)?.cursor;
  if (last === undefined || rows.length !== entries.length) throw new Error('change log insert returned no cursor');
  await manager.query('SELECT pg_notify($1, $2)', [CHANGE_CHANNEL, changeNotice(last, Date.now())]);
  return rows.map((row) => row.cursor);
}

/** Appends one change; see `recordChanges`. */
export async function recordChange(manager: EntityManager, entry: ChangeEntry): Promise<string> {
  const [cursor] = await recordChanges(manager, [entry]);
  return cursor!;
}

interface RawChangeRow {
  cursor: string;
  entity: ChangeEntity;
  entity_id: string;
  action: ChangeAction;
  actor_id: string | null;
  occurred_at: Date | string;
  location_ids: string[];
  room_ids: string[];
  organization_id: string | null;
  before: Snapshot | null;
  after: Snapshot;
  batch_size: number;
  batch_index: number;
  reason: string | null;
}

/** The columns `toChangeRow` reads, of the change log under `alias`. */
export function changeColumns(alias = 'change_log'): string {
  const c = `${alias}.`;
  return `${c}cursor::text AS cursor, ${c}entity, ${c}entity_id, ${c}action, ${c}actor_id, ${c}occurred_at,
    ${c}location_ids::text[] AS location_ids, ${c}room_ids::text[] AS room_ids, ${c}organization_id, ${c}before, ${c}after,
    ${c}batch_size, ${c}batch_index, ${c}reason`;
}

export function toChangeRow(row: RawChangeRow): ChangeRow {
  return {
    cursor: row.cursor,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    actorId: row.actor_id,
    occurredAt: new Date(row.occurred_at),
    locationIds: row.location_ids,
    roomIds: row.room_ids,
    organizationId: row.organization_id,
    before: row.before,
    after: row.after,
    batchSize: row.batch_size,
    batchIndex: row.batch_index,
    reason: row.reason,
  };
}

/** Changes with a cursor greater than `after`, oldest first. Cursors are compared as numbers in SQL. */
export async function readChangesAfter(manager: EntityManager, after: bigint, limit: number): Promise<ChangeRow[]> {
  const rows: RawChangeRow[] = await manager.query(
    `SELECT ${changeColumns()}
       FROM change_log
      WHERE cursor > $1::bigint
      ORDER BY change_log.cursor
      LIMIT $2`,
    [after.toString(), limit],
  );
  return rows.map(toChangeRow);
}

export async function changeLogBounds(manager: EntityManager): Promise<{ oldest: bigint | null; latest: bigint }> {
  const rows: Array<{ oldest: string | null; latest: string | null }> = await manager.query(
    'SELECT min(cursor)::text AS oldest, max(cursor)::text AS latest FROM change_log',
  );
  const row = rows[0];
  return {
    oldest: row?.oldest ? BigInt(row.oldest) : null,
    latest: row?.latest ? BigInt(row.latest) : 0n,
  };
}
