import type { EntityManager } from 'typeorm';
import type { ChangeAction } from '../changes/change-log.js';
import { badInput, notFound } from '../shared/errors.js';
import { lockedRow } from './locked-row.js';
import { AgendaItem } from './network.entities.js';

/** One logged change of a topic. */
export type AgendaChange = { action: ChangeAction; before: AgendaItem | null; after: AgendaItem };

/** The topic, its row locked for the caller's transaction; NOT_FOUND when there is none. */
export async function lockItem(manager: EntityManager, id: string): Promise<AgendaItem> {
  const item = await lockedRow(manager, AgendaItem, id);
  if (!item) throw notFound('AgendaItem', id);
  return item;
}

export async function setItem(manager: EntityManager, id: string, values: Partial<AgendaItem>, now: Date): Promise<AgendaItem> {
  await manager.getRepository(AgendaItem).update({ id }, { ...values, updatedAt: now });
  return manager.getRepository(AgendaItem).findOneByOrFail({ id });
}

/** The proposal's MO: a proposal on the agenda is that MO's topic. An unknown proposal is the caller's mistake. */
export async function proposalOrganizationId(manager: EntityManager, proposalId: string): Promise<string> {
  const [row] = await manager.query<Array<{ organization_id: string }>>('SELECT organization_id FROM proposal WHERE id = $1', [proposalId]);
  if (!row) throw badInput('proposalId', 'INVALID_ID');
  return row.organization_id;
}

/** How many topics a meeting holds, whatever their state (bounded by MAX_AGENDA_ITEMS). */
export async function itemCount(manager: EntityManager, meetingId: string): Promise<number> {
  const [row] = await manager.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1', [meetingId]);
  return row?.n ?? 0;
}

export function acceptedItems(manager: EntityManager, meetingId: string): Promise<AgendaItem[]> {
  return manager.getRepository(AgendaItem).find({
    where: { meetingId, status: 'ACCEPTED' },
    order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
  });
}

/** Called with the meeting's row locked, so two accepts at once never get the same place. */
export async function nextPosition(manager: EntityManager, meetingId: string): Promise<number> {
  const [row] = await manager.query<Array<{ next: number }>>(
    `SELECT coalesce(max(position), 0)::int + 1 AS next FROM agenda_item WHERE meeting_id = $1 AND status = 'ACCEPTED'`,
    [meetingId],
  );
  return row?.next ?? 1;
}

/**
 * Gives the items positions 1..n in the order of `orderedIds`; the changes of those whose position changed.
 * Two items may share a place on the way: UNIQUE (meeting_id, position) is checked at commit.
 */
export async function applyPositions(
  manager: EntityManager,
  items: readonly AgendaItem[],
  orderedIds: readonly string[],
  now: Date,
): Promise<AgendaChange[]> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const changes: AgendaChange[] = [];
  for (const [index, itemId] of orderedIds.entries()) {
    const before = byId.get(itemId);
    if (!before || before.position === index + 1) continue;
    changes.push({ action: 'UPDATED', before, after: await setItem(manager, itemId, { position: index + 1 }, now) });
  }
  return changes;
}

/** After a topic left the accepted ones, the others close up to 1..n in their order. */
export async function compactPositions(manager: EntityManager, meetingId: string, now: Date): Promise<AgendaChange[]> {
  const accepted = await acceptedItems(manager, meetingId);
  return applyPositions(
    manager,
    accepted,
    accepted.map((item) => item.id),
    now,
  );
}
