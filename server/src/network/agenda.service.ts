import type { DataSource, EntityManager } from 'typeorm';
import {
  agendaClosesFor,
  agendaProposerOf,
  assertMayManageNetwork,
  assertOrganizationTakesPart,
  assertMayReadNetwork,
  isOwnAgendaItem,
  mayEditAgendaItem,
  mayPutProposalOnAgenda,
} from '../auth/policy.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { ChangeEntry } from '../changes/change-log.js';
import type { TellOptions } from '../notifications/telling.js';
import { Organization } from '../organizations/organization.entity.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, assertUuid, badInput, forbidden, isUuid, notFound } from '../shared/errors.js';
import { decideLocked, retryWhileMoved } from './agenda-decide.js';
import { cleanAgendaItem, MAX_AGENDA_ITEMS, type AgendaItemDraft } from './agenda-input.js';
import { agendaItemSnapshot, logNetworkEntries } from './agenda-log.js';
import { acceptedItems, applyPositions, itemCount, lockItem, proposalOrganizationId, setItem, type AgendaChange } from './agenda-rows.js';
import { lockedMeetingView } from './locked-row.js';
import { meetingStateOf } from './meeting-state.js';
import { AgendaItem } from './network.entities.js';
import type { AgendaDecision } from './network.enums.js';
import { findMeetingView } from './network-meetings.js';
import type { NetworkMeetingView } from './network.types.js';

/**
 * The agenda of network meetings: MOs (and staff) put topics on it, staff accept, merge, move, decline and order
 * them. Who may do what is `auth/policy.ts`. Proposing, ordering and deciding lock the meeting's row first, so that
 * concurrent accepts get distinct positions and a topic cannot slip in past the deadline; an edit locks its topic.
 * Every write logs its changes in its transaction.
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
      if (proposer !== null) assertOrganizationTakesPart(await manager.getRepository(Organization).findOneBy({ id: proposer }));
      const now = this.clock();
      const state = meetingStateOf(meeting, now);
      const closesAt = agendaClosesFor(viewer, meeting);
      if (state !== 'COMING' || now.getTime() >= closesAt.getTime())
        throw new AppError(ErrorCode.AgendaClosed, { deadline: closesAt.toISOString(), state });
      if ((await itemCount(manager, meeting.id)) >= MAX_AGENDA_ITEMS) throw badInput('meetingId', 'OUT_OF_RANGE', MAX_AGENDA_ITEMS);
      // a proposal on the agenda is still its MO's topic
      const organizationId = values.proposalId ? await proposalOrganizationId(manager, values.proposalId) : proposer;
      // raw, so that created_at is the service's clock (the entity leaves it to the database): the agenda's order
      // of proposed topics and `createdAt` follow the same clock as every other time of the meeting
      const [row] = await manager.query<Array<{ id: string }>>(
        `INSERT INTO agenda_item (meeting_id, organization_id, proposal_id, title, text, language, status, created_by_id, created_at, updated_at)
         VALUES ($1, $2, $3, $4, $5, $6, 'PROPOSED', $7, $8, $8) RETURNING id`,
        [meeting.id, organizationId, values.proposalId ?? null, values.title, values.text, values.language, viewerUserId(viewer), now],
      );
      const after = await manager.getRepository(AgendaItem).findOneByOrFail({ id: row!.id });
      await this.log(manager, viewer, [{ action: 'CREATED', before: null, after }], false);
      return after.id;
    });
    return this.item(id);
  }

  /**
   * Its MO while PROPOSED (ALREADY_DECIDED after) and while the agenda is open to it (AGENDA_CLOSED after the
   * deadline, once the meeting started, or when it was called off); staff always. Putting a proposal on it is staff's.
   */
  async update(viewer: Viewer, id: string, draft: AgendaItemDraft): Promise<AgendaItem> {
    assertMayReadNetwork(viewer);
    const values = cleanAgendaItem(draft);
    await this.dataSource.transaction(async (manager) => {
      // the topic alone is locked (see agenda-decide.ts on the order of locks); its meeting is only read
      const before = await lockItem(manager, id);
      const meeting = await findMeetingView(manager, before.meetingId);
      if (!meeting) throw notFound('NetworkMeeting', before.meetingId);
      const now = this.clock();
      const state = meetingStateOf(meeting, now);
      if (!mayEditAgendaItem(viewer, before, { ...meeting, state }, now)) {
        if (!isOwnAgendaItem(viewer, before)) throw forbidden();
        if (before.status !== 'PROPOSED') throw new AppError(ErrorCode.AlreadyDecided, { status: before.status });
        throw new AppError(ErrorCode.AgendaClosed, { deadline: agendaClosesFor(viewer, meeting).toISOString(), state });
      }
      const proposalId = values.proposalId === undefined ? before.proposalId : values.proposalId;
      if (proposalId !== before.proposalId && !mayPutProposalOnAgenda(viewer)) throw forbidden();
      const organizationId = proposalId && proposalId !== before.proposalId ? await proposalOrganizationId(manager, proposalId) : undefined;
      const { title, text, language } = values;
      const after = await setItem(manager, id, { title, text, language, proposalId, ...(organizationId ? { organizationId } : {}) }, now);
      await this.log(manager, viewer, [{ action: 'UPDATED', before, after }], false);
    });
    return this.item(id);
  }

  /** Staff: accept, merge, move or decline a topic (`agenda-decide.ts`). */
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
    await retryWhileMoved(() =>
      this.dataSource.transaction(async (manager) => {
        const changes = await decideLocked(manager, { id, decision, toMeetingId, intoItemId, now: this.clock() });
        await this.log(manager, viewer, changes, true);
      }),
    );
    return this.item(id);
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

  private log(manager: EntityManager, viewer: Viewer, changes: readonly AgendaChange[], tell: boolean): Promise<void> {
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
