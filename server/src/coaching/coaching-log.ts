import type { Snapshot } from '../changes/change-log.js';
import type { Coach, CoachingMessage, CoachingRequest, CoachingSession } from './coaching.entities.js';

/**
 * The columns each snapshot below leaves out, and only these: the id is the entry's `entityId`, who wrote it its
 * actor, when its `occurredAt`. `coaching-log.test.ts` fails when a column is neither in a snapshot nor here, so
 * a new column is not left out of the log (and of undoing, auditing, telling) by forgetting it.
 */
export const NOT_IN_SNAPSHOTS = {
  coach: ['id', 'createdAt'],
  request: ['id', 'createdById', 'createdAt', 'updatedAt'],
  message: ['id', 'authorId', 'createdAt'],
  session: ['id', 'createdById', 'createdAt'],
} as const;

/** What the change log keeps of each: everything staff may read in the audit (the audit is staff only). */
export function coachSnapshot(coach: Coach): Snapshot {
  return {
    name: coach.name,
    topics: coach.topics,
    languages: coach.languages,
    contact: coach.contact,
    active: coach.active,
    userId: coach.userId,
  };
}

export function requestSnapshot(request: CoachingRequest): Snapshot {
  return {
    organizationId: request.organizationId,
    topic: request.topic,
    text: request.text,
    languages: request.languages,
    availability: request.availability,
    deadline: request.deadline?.toISOString() ?? null,
    status: request.status,
    coachId: request.coachId,
    declineReason: request.declineReason,
    outcome: request.outcome,
    closedAt: request.closedAt ? new Date(request.closedAt).toISOString() : null,
  };
}

export function messageSnapshot(message: CoachingMessage): Snapshot {
  return { requestId: message.requestId, text: message.text, staffOnly: message.staffOnly };
}

export function sessionSnapshot(session: CoachingSession): Snapshot {
  return {
    requestId: session.requestId,
    bookingId: session.bookingId,
    roomId: session.roomId,
    onlineUrl: session.onlineUrl,
    start: session.start.toISOString(),
    end: session.end.toISOString(),
    status: session.status,
    cancelReason: session.cancelReason,
  };
}
