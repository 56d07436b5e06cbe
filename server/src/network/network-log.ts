import type { ChangeAction, ChangeEntry, Snapshot } from '../changes/change-log.js';
import type { MeetingResponse } from './network.entities.js';
import type { NetworkMeetingView } from './network.types.js';

/**
 * The columns each snapshot below leaves out, and only these: the id is the entry's `entityId`, who wrote it its
 * actor, when its `occurredAt`; the reminders' marks are the reminder job's bookkeeping, not the meeting's story.
 * `network-log.test.ts` fails when a column is neither in a snapshot nor here.
 */
export const NOT_IN_SNAPSHOTS = {
  meeting: ['id', 'createdById', 'createdAt', 'updatedAt', 'remindedUnansweredAt', 'remindedComingAt'],
  response: ['id', 'respondedById', 'updatedAt'],
} as const;

/** What the change log keeps of a meeting: its own columns and what its booking says of room, time and state. */
export function meetingSnapshot(meeting: NetworkMeetingView): Snapshot {
  return {
    bookingId: meeting.bookingId,
    title: meeting.title,
    description: meeting.description,
    agendaDeadline: meeting.agendaDeadline.toISOString(),
    interpretationLanguages: meeting.interpretationLanguages,
    minutes: meeting.minutes,
    minutesPublishedAt: meeting.minutesPublishedAt?.toISOString() ?? null,
    version: meeting.version,
    roomId: meeting.roomId,
    start: meeting.start.toISOString(),
    end: meeting.end.toISOString(),
    cancelled: meeting.cancelled,
  };
}

/** An MO's answer; `meetingId` names the meeting for those who follow the network (`network-changes.ts`). */
export function responseSnapshot(response: MeetingResponse): Snapshot {
  return {
    meetingId: response.meetingId,
    organizationId: response.organizationId,
    attending: response.attending,
    people: response.people,
    interpretation: response.interpretation,
  };
}

/** A meeting's change: everyone's (no MO of its own), in its house and room. */
export function meetingEntry(
  actorId: string | null,
  action: ChangeAction,
  before: NetworkMeetingView | null,
  after: NetworkMeetingView,
  locationIds: string[],
  reason: string | null = null,
): ChangeEntry {
  return {
    entity: 'NETWORK_MEETING',
    entityId: after.id,
    action,
    actorId,
    before: before ? meetingSnapshot(before) : null,
    after: meetingSnapshot(after),
    locationIds,
    roomIds: [...new Set([before?.roomId, after.roomId].filter((id): id is string => !!id))],
    organizationId: null,
    reason,
  };
}

/** An MO's answer, filed under the MO. */
export function responseEntry(actorId: string | null, before: MeetingResponse | null, after: MeetingResponse): ChangeEntry {
  return {
    entity: 'MEETING_RESPONSE',
    entityId: after.id,
    action: before ? 'UPDATED' : 'CREATED',
    actorId,
    before: before ? responseSnapshot(before) : null,
    after: responseSnapshot(after),
    locationIds: [],
    roomIds: [],
    organizationId: after.organizationId,
  };
}
