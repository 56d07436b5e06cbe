import type { Snapshot } from '../changes/change-log.js';
import type { Coach, CoachingMessage, CoachingRequest, CoachingSession } from './coaching.entities.js';

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
