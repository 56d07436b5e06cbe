import type { DataSource, EntityManager } from 'typeorm';
import {
  agendaClosesFor,
  agendaProposerOf,
  assertMayManageNetwork,
  assertMayReadNetwork,
  isOwnAgendaItem,
  mayEditAgendaItem,
  mayPutProposalOnAgenda,
} from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { ChangeAction, ChangeEntry } from '../changes/change-log.js';
import type { TellOptions } from '../notifications/telling.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, assertUuid, badInput, forbidden, isUuid, notFound } from '../shared/errors.js';
import { cleanAgendaItem, MAX_AGENDA_ITEMS, type AgendaItemDraft } from './agenda-input.js';
import { agendaItemSnapshot, logNetworkEntries } from './agenda-log.js';
import { meetingStateOf } from './meeting-state.js';
import { AgendaItem } from './network.entities.js';
import type { AgendaDecision } from './network.enums.js';
import { findMeetingView, lockMeeting } from './network-meetings.js';
import type { NetworkMeetingView } from './network.types.js';

/** The meeting, its row locked for the caller's transaction, with its booking's time; NOT_FOUND when there is none. */
export async function lockedMeetingView(manager: EntityManager, meetingId: string): Promise<NetworkMeetingView> {
  const meeting = isUuid(meetingId) && (await lockMeeting(manager, meetingId)) ? await findMeetingView(manager, meetingId) : null;
  if (!meeting) throw notFound('NetworkMeeting', meetingId);
  return meeting;
}

/** An item's meeting changed between reading it and locking it (a concurrent MOVE): the decision starts over. */
class ItemMovedMeanwhile extends Error {}

type Change = { action: ChangeAction; before: AgendaItem | null; after: AgendaItem };

/**
 * The agenda of network meetings: MOs (and staff) put topics on it, staff accept, merge, move, decline and order
 * them. Who may do what is `auth/policy.ts`. Every write locks the meeting's row first, so that concurrent accepts
 * get distinct positions and a topic cannot slip in past the deadline, and logs its changes in its transaction.
 */
export class AgendaService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tell: TellOptions,
  ) {}

  async propose(viewer: Viewer, meetingId: string, draft: AgendaItemDraft): Promise<AgendaItem> {
    const { organizationId: proposer } = agendaProposerOf(viewer);
    const values = cleanAgendaItem(draft);
    if (values.proposalId && !mayPutProposalOnAgenda(viewer)) throw forbidden();
    const id = await this.dataSource.transaction(async (manager) => {
      const meeting = await lockedMeetingView(manager, meetingId);
      const now = this.clock();
      const state = meetingStateOf(meeting, now);
      const closesAt = agendaClosesFor(viewer, meeting);
      if (state !== 'COMING' || now.getTime() >= closesAt.getTime())
        throw new AppError(ErrorCode.AgendaClosed, { deadline: closesAt.toISOString(), state });
      const [counted] = await manager.query<Array<{ n: number }>>('SELECT count(*)::int AS n FROM agenda_item WHERE meeting_id = $1', [
        meeting.id,
      ]);
      if ((counted?.n ?? 0) >= MAX_AGENDA_ITEMS) throw badInput('meetingId', 'OUT_OF_RANGE', MAX_AGENDA_ITEMS);
      // a proposal on the agenda is still its MO's topic
      const organizationId = values.proposalId ? await proposalOrganizationId(manager, values.proposalId) : proposer;
      const saved = await manager.getRepository(AgendaItem).save({
        meetingId: meeting.id,
        organizationId,
        proposalId: values.proposalId ?? null,
        title: values.title,
        text: values.text,
        language: values.language,
        status: 'PROPOSED' as const,
        position: null,
        mergedIntoId: null,
        movedFromMeetingId: null,
        createdById: viewerUserId(viewer),
        updatedAt: now,
      });
      const after = await manager.getRepository(AgendaItem).findOneByOrFail({ id: saved.id });
      await this.log(manager, viewer, [{ action: 'CREATED', before: null, after }], false);
      return saved.id;
    });
    return this.item(id);
  }

  /** Its MO while PROPOSED (ALREADY_DECIDED after), staff always. Putting a proposal on it is staff's. */
  async update(viewer: Viewer, id: string, draft: AgendaItemDraft): Promise<AgendaItem> {
    assertMayReadNetwork(viewer);
    const values = cleanAgendaItem(draft);
    await this.dataSource.transaction(async (manager) => {
      const before = await lockItem(manager, id);
      if (!mayEditAgendaItem(viewer, before))
        throw isOwnAgendaItem(viewer, before) ? new AppError(ErrorCode.AlreadyDecided, { status: before.status }) : forbidden();
      const proposalId = values.proposalId === undefined ? before.proposalId : values.proposalId;
      if (proposalId !== before.proposalId && !mayPutProposalOnAgenda(viewer)) throw forbidden();
      const organizationId = proposalId && proposalId !== before.proposalId ? await proposalOrganizationId(manager, proposalId) : undefined;
      const { title, text, language } = values;
      const after = await setItem(
        manager,
        id,
        { title, text, language, proposalId, ...(organizationId ? { organizationId } : {}) },
        this.clock(),
      );
      await this.log(manager, viewer, [{ action: 'UPDATED', before, after }], false);
    });
    return this.item(id);
  }

  /**
   * Staff: ACCEPT puts the topic at the end of the agenda, MERGE into another topic of the same meeting, MOVE to
   * the end of a later meeting still to come, DECLINE takes it off. The accepted topics keep positions 1..n.
   */
  async decide(
    viewer: Viewer,
    id: string,
    decision: AgendaDecision,
    options: { toMeetingId?: string | null; intoItemId?: string | null },
  ): Promise<AgendaItem> {
    assertMayManageNetwork(viewer);
    const toMeetingId = options.toMeetingId ?? null;
    const intoItemId = options.intoItemId ?? null;
    if (decision === 'MOVE' && !toMeetingId) throw badInput('toMeetingId', 'REQUIRED');
    if (decision === 'MERGE' && !intoItemId) throw badInput('intoItemId', 'REQUIRED');
    if (toMeetingId) assertUuid('toMeetingId', toMeetingId);
    if (intoItemId) assertUuid('intoItemId', intoItemId);
    if (!isUuid(id)) throw notFound('AgendaItem', id);
    for (let attempt = 0; ; attempt++) {
      try {
        await this.dataSource.transaction((manager) => this.decideLocked(manager, viewer, id, decision, toMeetingId, intoItemId));
        return this.item(id);
      } catch (error) {
        if (!(error instanceof ItemMovedMeanwhile) || attempt >= 3) throw error;
      }
    }
  }

  private async decideLocked(
    manager: EntityManager,
    viewer: Viewer,
    id: string,
    decision: AgendaDecision,
    toMeetingId: string | null,
    intoItemId: string | null,
  ): Promise<void> {
    const [found] = await manager.query<Array<{ meeting_id: string }>>('SELECT meeting_id FROM agenda_item WHERE id = $1', [id]);
    if (!found) throw notFound('AgendaItem', id);
    const sourceId = found.meeting_id;
    // meetings before items, in id order, as every agenda write locks them: concurrent moves cannot deadlock
    const meetingIds = [...new Set([sourceId, ...(decision === 'MOVE' && toMeetingId ? [toMeetingId] : [])])].sort();
    const meetings = new Map<string, NetworkMeetingView>();
    for (const meetingId of meetingIds) {
      const meeting = (await lockMeeting(manager, meetingId)) ? await findMeetingView(manager, meetingId) : null;
      if (!meeting) throw meetingId === toMeetingId ? badInput('toMeetingId', 'INVALID_ID') : new ItemMovedMeanwhile();
      meetings.set(meetingId, meeting);
    }
    const before = await lockItem(manager, id);
    if (before.meetingId !== sourceId) throw new ItemMovedMeanwhile();
    const now = this.clock();
    const changes: Change[] = [];
    const set = async (values: Partial<AgendaItem>) => {
      const after = await setItem(manager, id, values, now);
      changes.push({ action: 'UPDATED', before, after });
    };
    switch (decision) {
      case 'ACCEPT':
        if (before.status !== 'ACCEPTED')
          await set({ status: 'ACCEPTED', position: await nextPosition(manager, sourceId), mergedIntoId: null });
        break;
      case 'DECLINE':
        if (before.status !== 'DECLINED') await set({ status: 'DECLINED', position: null, mergedIntoId: null });
        break;
      case 'MERGE': {
        const into = intoItemId ? await lockItem(manager, intoItemId).catch(() => null) : null;
        if (!into || into.id === id || into.meetingId !== sourceId || (into.status !== 'PROPOSED' && into.status !== 'ACCEPTED'))
          throw badInput('intoItemId', 'INVALID');
        await set({ status: 'MERGED', position: null, mergedIntoId: into.id });
        // topics merged into this one follow it, so no topic points at one that is merged itself
        const followers = await manager.getRepository(AgendaItem).find({ where: { mergedIntoId: id }, order: { id: 'ASC' } });
        for (const follower of followers)
          changes.push({ action: 'UPDATED', before: follower, after: await setItem(manager, follower.id, { mergedIntoId: into.id }, now) });
        break;
      }
      case 'MOVE': {
        const source = meetings.get(sourceId)!;
        const target = toMeetingId ? meetings.get(toMeetingId) : undefined;
        if (
          !target ||
          target.id === sourceId ||
          meetingStateOf(target, now) !== 'COMING' ||
          target.start.getTime() <= source.start.getTime()
        )
          throw badInput('toMeetingId', 'INVALID');
        await set({
          meetingId: target.id,
          movedFromMeetingId: sourceId,
          status: 'ACCEPTED',
          position: await nextPosition(manager, target.id),
          mergedIntoId: null,
        });
        break;
      }
    }
    if (before.status === 'ACCEPTED') changes.push(...(await compactPositions(manager, sourceId, now)));
    await this.log(manager, viewer, changes, true);
  }

  /** Staff: the order of the accepted topics; `itemIds` must be exactly those, each once. */
  async order(viewer: Viewer, meetingId: string, itemIds: readonly string[]): Promise<NetworkMeetingView> {
    assertMayManageNetwork(viewer);
    if (itemIds.some((itemId) => !isUuid(itemId)) || new Set(itemIds).size !== itemIds.length) throw badInput('itemIds', 'INVALID');
    await this.dataSource.transaction(async (manager) => {
      const meeting = await lockedMeetingView(manager, meetingId);
      const accepted = await acceptedItems(manager, meeting.id);
      const known = new Set(accepted.map((item) => item.id));
      if (itemIds.length !== accepted.length || itemIds.some((itemId) => !known.has(itemId))) throw badInput('itemIds', 'INVALID');
      const changes = await applyPositions(manager, accepted, itemIds, this.clock());
      await this.log(manager, viewer, changes, false);
    });
    const meeting = await findMeetingView(this.dataSource.manager, meetingId);
    if (!meeting) throw notFound('NetworkMeeting', meetingId);
    return meeting;
  }

  /** The agenda of each meeting: accepted topics by position, then proposed ones by age, then merged and declined. */
  async agendaOfMeetings(meetingIds: readonly string[]): Promise<AgendaItem[][]> {
    const items = await this.dataSource
      .getRepository(AgendaItem)
      .createQueryBuilder('item')
      .where('item.meeting_id IN (:...ids)', { ids: [...new Set(meetingIds)] })
      .orderBy(`CASE item.status WHEN 'ACCEPTED' THEN 0 WHEN 'PROPOSED' THEN 1 ELSE 2 END`, 'ASC')
      .addOrderBy('item.position', 'ASC')
      .addOrderBy('item.created_at', 'ASC')
      .addOrderBy('item.id', 'ASC')
      .getMany();
    return meetingIds.map((id) => items.filter((item) => item.meetingId === id));
  }

  private item(id: string): Promise<AgendaItem> {
    return this.dataSource.getRepository(AgendaItem).findOneByOrFail({ id });
  }

  private log(manager: EntityManager, viewer: Viewer, changes: readonly Change[], tell: boolean): Promise<void> {
    const entries = changes.map(({ action, before, after }): ChangeEntry => ({
      entity: 'AGENDA_ITEM',
      entityId: after.id,
      action,
      actorId: viewerUserId(viewer),
      before: before ? agendaItemSnapshot(before) : null,
      after: agendaItemSnapshot(after),
      locationIds: [],
      roomIds: [],
      organizationId: after.organizationId,
    }));
    return logNetworkEntries(manager, entries, tell ? { ...this.tell, now: this.clock() } : null);
  }
}

async function lockItem(manager: EntityManager, id: string): Promise<AgendaItem> {
  if (!isUuid(id)) throw notFound('AgendaItem', id);
  const locked: unknown[] = await manager.query('SELECT id FROM agenda_item WHERE id = $1 FOR UPDATE', [id]);
  const item = locked.length ? await manager.getRepository(AgendaItem).findOneBy({ id }) : null;
  if (!item) throw notFound('AgendaItem', id);
  return item;
}

async function setItem(manager: EntityManager, id: string, values: Partial<AgendaItem>, now: Date): Promise<AgendaItem> {
  await manager.getRepository(AgendaItem).update({ id }, { ...values, updatedAt: now });
  return manager.getRepository(AgendaItem).findOneByOrFail({ id });
}

/** The proposal's MO: a proposal on the agenda is that MO's topic. An unknown proposal is the caller's mistake. */
async function proposalOrganizationId(manager: EntityManager, proposalId: string): Promise<string> {
  const [row] = await manager.query<Array<{ organization_id: string }>>('SELECT organization_id FROM proposal WHERE id = $1', [proposalId]);
  if (!row) throw badInput('proposalId', 'INVALID_ID');
  return row.organization_id;
}

function acceptedItems(manager: EntityManager, meetingId: string): Promise<AgendaItem[]> {
  return manager.getRepository(AgendaItem).find({
    where: { meetingId, status: 'ACCEPTED' },
    order: { position: 'ASC', createdAt: 'ASC', id: 'ASC' },
  });
}

/** Called with the meeting's row locked, so two accepts at once never get the same place. */
async function nextPosition(manager: EntityManager, meetingId: string): Promise<number> {
  const [row] = await manager.query<Array<{ next: number }>>(
    `SELECT coalesce(max(position), 0)::int + 1 AS next FROM agenda_item WHERE meeting_id = $1 AND status = 'ACCEPTED'`,
    [meetingId],
  );
  return row?.next ?? 1;
}

/** Gives the items positions 1..n in the order of `orderedIds`; the changes of those whose position changed. */
async function applyPositions(
  manager: EntityManager,
  items: readonly AgendaItem[],
  orderedIds: readonly string[],
  now: Date,
): Promise<Change[]> {
  const byId = new Map(items.map((item) => [item.id, item]));
  const changes: Change[] = [];
  for (const [index, itemId] of orderedIds.entries()) {
    const before = byId.get(itemId);
    if (!before || before.position === index + 1) continue;
    changes.push({ action: 'UPDATED', before, after: await setItem(manager, itemId, { position: index + 1 }, now) });
  }
  return changes;
}

/** After a topic left the accepted ones, the others close up to 1..n in their order. */
async function compactPositions(manager: EntityManager, meetingId: string, now: Date): Promise<Change[]> {
  const accepted = await acceptedItems(manager, meetingId);
  return applyPositions(
    manager,
    accepted,
    accepted.map((item) => item.id),
    now,
  );
}
