import type { CoachingStatus } from '../../graphql/graphql.js';

/**
 * The staff's coaching queue as groups: overdue first (whatever else it is), then new, waiting for a session,
 * scheduled, and the finished ones last. Pure, so the order a person sees is tested without a page.
 */
export type QueueGroup = 'overdue' | 'new' | 'waiting' | 'scheduled' | 'finished';
export const QUEUE_GROUPS: readonly QueueGroup[] = ['overdue', 'new', 'waiting', 'scheduled', 'finished'];

export interface QueueRequest {
  id: string;
  status: CoachingStatus;
  overdue: boolean;
  deadline?: string | null;
  createdAt: string;
  updatedAt: string;
}

const GROUP_OF: Record<CoachingStatus, QueueGroup> = {
  REQUESTED: 'new',
  ASSIGNED: 'waiting',
  SCHEDULED: 'scheduled',
  CLOSED: 'finished',
  DECLINED: 'finished',
};

export function queueGroupOf(request: Pick<QueueRequest, 'status' | 'overdue'>): QueueGroup {
  return request.overdue ? 'overdue' : GROUP_OF[request.status];
}

/** The nearest deadline first, then whoever has waited longest; requests without a deadline after those with one. */
function byUrgency(a: QueueRequest, b: QueueRequest): number {
  const deadline = (request: QueueRequest) => (request.deadline ? Date.parse(request.deadline) : Number.POSITIVE_INFINITY);
  return deadline(a) - deadline(b) || Date.parse(a.createdAt) - Date.parse(b.createdAt) || a.id.localeCompare(b.id);
}

/** The latest finished first: what staff just did is what they look for. */
const byRecentChange = (a: QueueRequest, b: QueueRequest) => Date.parse(b.updatedAt) - Date.parse(a.updatedAt) || a.id.localeCompare(b.id);

export function groupQueue<R extends QueueRequest>(requests: readonly R[]): Array<{ group: QueueGroup; requests: R[] }> {
  return QUEUE_GROUPS.map((group) => ({
    group,
    requests: requests.filter((request) => queueGroupOf(request) === group).sort(group === 'finished' ? byRecentChange : byUrgency),
  }));
}

export interface Suggestion {
  knowsTopic: boolean;
  sharedLanguages: readonly string[];
  coach: { id: string; name: string };
}

/**
 * The coaches staff choose from: the server's suggestions in its order, then every other active coach by name.
 * `reason` says why one is suggested; null for the rest.
 */
export function coachChoices(
  suggestions: readonly Suggestion[],
  activeCoaches: ReadonlyArray<{ id: string; name: string }>,
): Array<{ id: string; name: string; suggestion: Suggestion | null }> {
  const suggested = new Set(suggestions.map((suggestion) => suggestion.coach.id));
  return [
    ...suggestions.map((suggestion) => ({ id: suggestion.coach.id, name: suggestion.coach.name, suggestion })),
    ...activeCoaches
      .filter((coach) => !suggested.has(coach.id))
      .map((coach) => ({ id: coach.id, name: coach.name, suggestion: null }))
      .sort((a, b) => a.name.localeCompare(b.name)),
  ];
}

/** The first suggestion, unless the request already has that coach: staff re-assign to someone else. */
export function preselectedCoach(suggestions: readonly Suggestion[], currentCoachId: string | null): string | null {
  return suggestions.find((suggestion) => suggestion.coach.id !== currentCoachId)?.coach.id ?? null;
}
