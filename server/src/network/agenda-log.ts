import type { EntityManager } from 'typeorm';
import { recordChanges, type ChangeEntry, type Snapshot } from '../changes/change-log.js';
import type { TellOptions } from '../notifications/telling.js';
import { tellNetworkChanges } from './network-notices.js';
import type { AgendaItem, MeetingAttendance, MeetingDecision } from './network.entities.js';
import type { NetworkMeetingView } from './network.types.js';

/**
 * The columns each snapshot below leaves out, and only these: the id is the entry's `entityId`, who wrote it its
 * actor, when its `occurredAt`. `agenda.test.ts` fails when a column is neither in a snapshot nor here.
 */
export const NOT_IN_AGENDA_SNAPSHOTS = {
  item: ['id', 'createdById', 'createdAt', 'updatedAt'],
  decision: ['id', 'updatedAt'],
} as const;

/** An agenda topic as the change log keeps it; `meetingId` tells `networkChanges` which meeting's agenda changed. */
export function agendaItemSnapshot(item: AgendaItem): Snapshot {
  return {
    meetingId: item.meetingId,
    organizationId: item.organizationId,
    proposalId: item.proposalId,
    title: item.title,
    text: item.text,
    language: item.language,
    status: item.status,
    position: item.position,
    mergedIntoId: item.mergedIntoId,
    movedFromMeetingId: item.movedFromMeetingId,
  };
}

export function decisionSnapshot(decision: MeetingDecision): Snapshot {
  return {
    meetingId: decision.meetingId,
    position: decision.position,
    text: decision.text,
    responsible: decision.responsible,
    state: decision.state,
  };
}

/**
 * A meeting with its minutes, in the shape the notices read meetings' snapshots (`network-notices.ts`: start, end,
 * roomId, cancelled, minutesPublishedAt), so publishing is told as minutes and never taken for a move.
 */
export function minutesSnapshot(meeting: NetworkMeetingView, attendance: readonly MeetingAttendance[]): Snapshot {
  return {
    title: meeting.title,
    start: meeting.start.toISOString(),
    end: meeting.end.toISOString(),
    roomId: meeting.roomId,
    cancelled: meeting.cancelled,
    minutes: meeting.minutes,
    minutesPublishedAt: meeting.minutesPublishedAt ? new Date(meeting.minutesPublishedAt).toISOString() : null,
    attendance: attendance.map(({ organizationId, people }) => ({ organizationId, people })),
  };
}

/**
 * Logs the entries as one batch in the caller's transaction; with `tell`, the MOs are told of them in the same
 * transaction (`network-notices.ts` picks the news: published minutes, decisions), so a rolled-back write tells nobody.
 */
export async function logNetworkEntries(
  manager: EntityManager,
  entries: readonly ChangeEntry[],
  tell: (TellOptions & { now: Date }) | null,
): Promise<void> {
  const cursors = await recordChanges(manager, entries);
  if (tell && entries.length > 0)
    await tellNetworkChanges(
      manager,
      entries.map((entry, index) => ({ entry, cursor: cursors[index]! })),
      tell,
    );
}
