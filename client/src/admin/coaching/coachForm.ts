import type { CoachingTopic } from '../../graphql/graphql.js';

/** The list of coaches staff keep: a form's draft, read from a coach and turned into the API's input. */
export const COACHING_TOPICS: readonly CoachingTopic[] = [
  'FOUNDING',
  'FUNDING',
  'FINANCES',
  'PUBLIC_RELATIONS',
  'VOLUNTEERS',
  'EVENTS',
  'LEGAL',
  'OTHER',
];

export interface CoachDraft {
  name: string;
  topics: CoachingTopic[];
  /** Language tags as staff type them: "de, ar, fa". */
  languages: string;
  contact: string;
  active: boolean;
  /** The person with the COACH role who signs in as this coach; '' for none. */
  userId: string;
}

export interface CoachRecord {
  name: string;
  topics: readonly CoachingTopic[];
  languages: readonly string[];
  contact?: string | null;
  active: boolean;
  userId?: string | null;
}

export function draftOf(coach: CoachRecord | null): CoachDraft {
  return {
    name: coach?.name ?? '',
    topics: [...(coach?.topics ?? [])],
    languages: (coach?.languages ?? []).join(', '),
    contact: coach?.contact ?? '',
    active: coach?.active ?? true,
    userId: coach?.userId ?? '',
  };
}

/** "de, ar fa;tr" → ["de", "ar", "fa", "tr"]: commas, semicolons or spaces between tags, each once. */
export function parseLanguages(text: string): string[] {
  return [...new Set(text.split(/[\s,;]+/).filter(Boolean))];
}

export type CoachDraftProblem = 'name' | 'topics' | 'languages';

/** What the form asks for before it sends: the server checks again and names what it refuses. */
export function problemsOf(draft: CoachDraft): CoachDraftProblem[] {
  const problems: CoachDraftProblem[] = [];
  if (!draft.name.trim()) problems.push('name');
  if (draft.topics.length === 0) problems.push('topics');
  if (parseLanguages(draft.languages).length === 0) problems.push('languages');
  return problems;
}

/** The input for createCoach and updateCoach alike: every field given, so an unlinked account is sent as null. */
export function inputOf(draft: CoachDraft) {
  return {
    name: draft.name.trim(),
    topics: COACHING_TOPICS.filter((topic) => draft.topics.includes(topic)),
    languages: parseLanguages(draft.languages),
    contact: draft.contact.trim() || null,
    active: draft.active,
    userId: draft.userId || null,
  };
}

/** The people who may be linked: active ones with the COACH role, not linked to another coach. */
export function linkableAccounts<P extends { id: string; role: string; active: boolean }>(
  people: readonly P[],
  coaches: ReadonlyArray<{ id: string; userId?: string | null }>,
  editingCoachId: string | null,
): P[] {
  const taken = new Set(coaches.filter((coach) => coach.id !== editingCoachId && coach.userId).map((coach) => coach.userId));
  return people.filter((person) => person.role === 'COACH' && person.active && !taken.has(person.id));
}
