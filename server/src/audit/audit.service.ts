import type { DataSource } from 'typeorm';
import { assertStaff } from '../auth/policy.js';
import type { Viewer } from '../auth/viewer.js';
import { parseCursor } from '../changes/change-log.js';
import { changeColumns, toChangeRow, type ChangeRow } from '../changes/change-log.js';
import { assertUuid, badInput } from '../shared/errors.js';

export interface AuditFilter {
  from?: Date | null;
  to?: Date | null;
  organizationId?: string | null;
  locationId?: string | null;
  roomId?: string | null;
  actorId?: string | null;
}

export interface AuditEntry extends ChangeRow {
  /** `erased`: the person was erased (GDPR Art. 17); `name` is then their pseudonym, the same in every entry. */
  actor: { id: string; name: string; erased: boolean } | null;
}

export const AUDIT_PAGE_MAX = 200;

/**
 * The audit trail is the change log itself: every change to bookings, houses, rooms, MOs and people,
 * with who, when, before and after. Newest first, paged by cursor (`after`: older than that cursor).
 */
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  async auditLog(
    viewer: Viewer,
    filter: AuditFilter,
    first: number,
    after: string | null,
  ): Promise<{ entries: AuditEntry[]; hasMore: boolean }> {
    assertStaff(viewer);
    if (!Number.isInteger(first) || first < 1 || first > AUDIT_PAGE_MAX) throw badInput('first', 'OUT_OF_RANGE', `1–${AUDIT_PAGE_MAX}`);
    const conditions: string[] = [];
    const parameters: unknown[] = [];
    const add = (sql: (placeholder: string) => string, value: unknown) => {
      parameters.push(value);
      conditions.push(sql(`$${parameters.length}`));
    };
    if (after !== null) add((p) => `c.cursor < ${p}::bigint`, parseCursor(after).toString());
    if (filter.from) add((p) => `c.occurred_at >= ${p}`, filter.from.toISOString());
    if (filter.to) add((p) => `c.occurred_at < ${p}`, filter.to.toISOString());
    const byId = {
      organizationId: (p: string) => `c.organization_id = ${p}::uuid`,
      actorId: (p: string) => `c.actor_id = ${p}::uuid`,
      locationId: (p: string) => `${p}::uuid = ANY(c.location_ids)`,
      roomId: (p: string) => `${p}::uuid = ANY(c.room_ids)`,
    } as const;
    for (const field of Object.keys(byId) as Array<keyof typeof byId>) {
      const value = filter[field];
      if (value === null || value === undefined) continue;
      assertUuid(field, value);
      add(byId[field], value);
    }
    parameters.push(first + 1);
    const rows: Array<Parameters<typeof toChangeRow>[0] & { actor_name: string | null; actor_erased: boolean }> =
      await this.dataSource.query(
        `SELECT ${changeColumns('c')}, actor.name AS actor_name, actor.erased_at IS NOT NULL AS actor_erased
         FROM change_log c LEFT JOIN app_user actor ON actor.id = c.actor_id
        ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
        ORDER BY c.cursor DESC
        LIMIT $${parameters.length}`,
        parameters,
      );
    const entries = rows.slice(0, first).map((row) => ({
      ...toChangeRow(row),
      actor: row.actor_id && row.actor_name !== null ? { id: row.actor_id, name: row.actor_name, erased: row.actor_erased } : null,
    }));
    return { entries, hasMore: rows.length > first };
  }
}
