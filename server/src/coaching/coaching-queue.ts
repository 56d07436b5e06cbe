import type { CoachingStatus, CoachingTopic } from './coaching.enums.js';

/**
 * What the staff's coaching queue needs beyond the stored request: which requests are running late, and which
 * coaches fit one. Pure functions of the request, the coaches and "now", so the rules are tested without a database.
 */

/** A deadline this close (or passed) while nobody has a session set makes the request overdue. */
export const OVERDUE_WITHIN_DAYS = 7;
const DAY_MS = 24 * 60 * 60 * 1000;

/** Still waiting for help: no session is set (SCHEDULED) and the request is not finished. */
const WAITING: ReadonlySet<CoachingStatus> = new Set<CoachingStatus>(['REQUESTED', 'ASSIGNED']);

/** Overdue: still waiting, and its deadline has passed or is less than OVERDUE_WITHIN_DAYS away. */
export function isOverdue(request: { status: CoachingStatus; deadline: Date | null }, now: Date): boolean {
  if (!request.deadline || !WAITING.has(request.status)) return false;
  return request.deadline.getTime() - now.getTime() < OVERDUE_WITHIN_DAYS * DAY_MS;
}

export interface SuggestableCoach {
  name: string;
  topics: readonly CoachingTopic[];
  languages: readonly string[];
  active: boolean;
}

export interface CoachSuggestion<C extends SuggestableCoach> {
  coach: C;
  knowsTopic: boolean;
  /** The request's languages the coach speaks, in the request's order. */
  sharedLanguages: string[];
}

/** "ar" and "ar-SY" are one language for coaching: a coach who speaks one can talk with one who speaks the other. */
const primary = (tag: string) => (tag.split('-')[0] ?? tag).toLowerCase();

/**
 * Active coaches who know the topic or speak one of the request's languages, best first: both, then a shared
 * language only (a coach one cannot talk with cannot help), then the topic only; within each, more shared
 * languages first, then by name. A coach with neither is left out (staff still pick any active coach).
 */
export function suggestCoaches<C extends SuggestableCoach>(
  request: { topic: CoachingTopic; languages: readonly string[] },
  coaches: readonly C[],
): Array<CoachSuggestion<C>> {
  const rank = (suggestion: CoachSuggestion<C>) =>
    suggestion.sharedLanguages.length > 0 ? (suggestion.knowsTopic ? 0 : 1) : suggestion.knowsTopic ? 2 : 3;
  return coaches
    .filter((coach) => coach.active)
    .map((coach) => {
      const spoken = new Set(coach.languages.map(primary));
      return {
        coach,
        knowsTopic: coach.topics.includes(request.topic),
        sharedLanguages: request.languages.filter((language) => spoken.has(primary(language))),
      };
    })
    .filter((suggestion) => rank(suggestion) < 3)
    .sort(
      (a, b) => rank(a) - rank(b) || b.sharedLanguages.length - a.sharedLanguages.length || a.coach.name.localeCompare(b.coach.name, 'de'),
    );
}
