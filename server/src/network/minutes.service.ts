import { In, type DataSource, type EntityManager } from 'typeorm';
import { assertMayManageNetwork } from '../auth/policy.js';
import { Organization } from '../organizations/organization.entity.js';
import { viewerUserId, type Viewer } from '../auth/viewer.js';
import type { ChangeEntry } from '../changes/change-log.js';
import type { TellOptions } from '../notifications/telling.js';
import type { Clock } from '../shared/clock.js';
import { AppError, ErrorCode, badInput, isUuid, notFound } from '../shared/errors.js';
import { cleanMinutes, type MinutesDraft } from './agenda-input.js';
import { decisionSnapshot, logNetworkEntries, minutesSnapshot } from './agenda-log.js';
import { lockedMeetingView, lockedRow } from './locked-row.js';
import { meetingStateOf } from './meeting-state.js';
import { MeetingAttendance, MeetingDecision, NetworkMeeting } from './network.entities.js';
import type { DecisionState } from './network.enums.js';
import { findMeetingView } from './network-meetings.js';
import type { NetworkMeetingView } from './network.types.js';

/**
 * The minutes of network meetings, with their decisions and who came: staff publish them once the meeting has
 * started (again, to correct them: each publication replaces the last, decisions matched by id) and keep the
 * decisions' state. The MOs
 * are told in the same transaction (`network-notices.ts`).
 */
export class MinutesService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly tell: TellOptions,
  ) {}

  async publish(viewer: Viewer, meetingId: string, draft: MinutesDraft): Promise<NetworkMeetingView> {
    assertMayManageNetwork(viewer);
    const minutes = cleanMinutes(draft);
    await this.dataSource.transaction(async (manager) => {
      const before = await lockedMeetingView(manager, meetingId);
      const now = this.clock();
      const state = meetingStateOf(before, now);
      if (state !== 'HELD') throw new AppError(ErrorCode.MeetingNotHeld, { start: before.start.toISOString(), state });
      if (minutes.attendance)
        await assertMoOrganizations(
          manager,
          minutes.attendance.map((entry) => entry.organizationId),
        );
      const attendanceBefore = await this.attendanceOf(manager, before.id);

      await manager
        .getRepository(NetworkMeeting)
        .update({ id: before.id }, { minutes: minutes.text, minutesPublishedAt: now, updatedAt: now, version: before.version + 1 });
      const entries: ChangeEntry[] = [];
      const entry = (
        entity: 'NETWORK_MEETING' | 'MEETING_DECISION',
        partial: Pick<ChangeEntry, 'entityId' | 'action' | 'before' | 'after'>,
      ) => entries.push({ entity, actorId: viewerUserId(viewer), locationIds: [], roomIds: [], organizationId: null, ...partial });

      // a decision given with its id is that decision (its state and id stay, its words and place may change);
      // one without is new and OPEN; one left out is removed
      const decisions = manager.getRepository(MeetingDecision);
      const previous = await decisions.find({ where: { meetingId: before.id }, order: { position: 'ASC' } });
      const previousById = new Map(previous.map((decision) => [decision.id, decision]));
      if (minutes.decisions.some((decision) => decision.id !== null && !previousById.has(decision.id)))
        throw badInput('decisions', 'INVALID_ID');
      const keptIds = new Set(minutes.decisions.flatMap((decision) => decision.id ?? []));
      const dropped = previous.filter((decision) => !keptIds.has(decision.id));
      if (dropped.length) await decisions.delete({ id: In(dropped.map((decision) => decision.id)) });
      for (const decision of dropped)
        entry('MEETING_DECISION', {
          entityId: decision.id,
          action: 'DELETED',
          before: decisionSnapshot(decision),
          after: decisionSnapshot(decision),
        });
      // kept decisions may swap places: UNIQUE (meeting_id, position) is checked at commit
      for (const [index, { id, text, responsible }] of minutes.decisions.entries()) {
        const position = index + 1;
        const old = id === null ? undefined : previousById.get(id);
        if (old && old.text === text && old.responsible === responsible && old.position === position) continue;
        let savedId: string;
        if (old) {
          await decisions.update({ id: old.id }, { text, responsible, position, updatedAt: now });
          savedId = old.id;
        } else {
          const inserted = await decisions.insert({ meetingId: before.id, position, text, responsible, state: 'OPEN', updatedAt: now });
          savedId = (inserted.identifiers[0] as { id: string }).id;
        }
        const after = await decisions.findOneByOrFail({ id: savedId });
        entry('MEETING_DECISION', {
          entityId: after.id,
          action: old ? 'UPDATED' : 'CREATED',
          before: old ? decisionSnapshot(old) : null,
          after: decisionSnapshot(after),
        });
      }

      if (minutes.attendance) {
        await manager.getRepository(MeetingAttendance).delete({ meetingId: before.id });
        if (minutes.attendance.length)
          await manager.getRepository(MeetingAttendance).insert(minutes.attendance.map((one) => ({ ...one, meetingId: before.id })));
      }
      const after = await findMeetingView(manager, before.id);
      if (!after) throw notFound('NetworkMeeting', meetingId);
      // the meeting's entry first: the notices tell of the minutes, the decisions come with them
      entries.unshift({
        entity: 'NETWORK_MEETING',
        entityId: before.id,
        action: 'UPDATED',
        actorId: viewerUserId(viewer),
        before: minutesSnapshot(before, attendanceBefore),
        after: minutesSnapshot(after, await this.attendanceOf(manager, before.id)),
        locationIds: [],
        roomIds: [],
        organizationId: null,
      });
      await logNetworkEntries(manager, entries, { ...this.tell, now });
    });
    const meeting = await findMeetingView(this.dataSource.manager, meetingId);
    if (!meeting) throw notFound('NetworkMeeting', meetingId);
    return meeting;
  }

  /** Staff: a decision is done (or open again). */
  async updateDecision(viewer: Viewer, id: string, state: DecisionState): Promise<MeetingDecision> {
    assertMayManageNetwork(viewer);
    if (!isUuid(id)) throw notFound('MeetingDecision', id);
    await this.dataSource.transaction(async (manager) => {
      const before = await lockedRow(manager, MeetingDecision, id);
      if (!before) throw notFound('MeetingDecision', id);
      if (before.state === state) return;
      const now = this.clock();
      await manager.getRepository(MeetingDecision).update({ id }, { state, updatedAt: now });
      const after = await manager.getRepository(MeetingDecision).findOneByOrFail({ id });
      const entry: ChangeEntry = {
        entity: 'MEETING_DECISION',
        entityId: id,
        action: 'UPDATED',
        actorId: viewerUserId(viewer),
        before: decisionSnapshot(before),
        after: decisionSnapshot(after),
        locationIds: [],
        roomIds: [],
        organizationId: null,
      };
      await logNetworkEntries(manager, [entry], { ...this.tell, now });
    });
    return this.dataSource.getRepository(MeetingDecision).findOneByOrFail({ id });
  }

  /** The decisions of each meeting, in their order. */
  async decisionsOfMeetings(meetingIds: readonly string[]): Promise<MeetingDecision[][]> {
    const decisions = await this.dataSource
      .getRepository(MeetingDecision)
      .find({ where: { meetingId: In([...new Set(meetingIds)]) }, order: { position: 'ASC' } });
    return meetingIds.map((id) => decisions.filter((decision) => decision.meetingId === id));
  }

  /** Who came to each meeting, as staff recorded it. */
  async attendanceOfMeetings(meetingIds: readonly string[]): Promise<MeetingAttendance[][]> {
    const rows = await this.dataSource
      .getRepository(MeetingAttendance)
      .find({ where: { meetingId: In([...new Set(meetingIds)]) }, order: { organizationId: 'ASC' } });
    return meetingIds.map((id) => rows.filter((row) => row.meetingId === id));
  }

  private attendanceOf(manager: EntityManager, meetingId: string): Promise<MeetingAttendance[]> {
    return manager.getRepository(MeetingAttendance).find({ where: { meetingId }, order: { organizationId: 'ASC' } });
  }
}

/** Attendance names MOs that exist (of kind MO: the centre does not come to its own meeting as a guest). */
async function assertMoOrganizations(manager: EntityManager, ids: readonly string[]): Promise<void> {
  if (ids.length === 0) return;
  const found = await manager.getRepository(Organization).countBy({ id: In([...ids]), kind: 'MO' });
  if (found !== ids.length) throw badInput('organizationId', 'UNKNOWN_ORGANIZATION');
}
