import { COACHING_TOPICS } from '../../coaching/coachingModel.js';
import type { CoachingTopic } from '../../graphql/graphql.js';
import { languageDraftOf, tagsOfDraft, type LanguageDraft } from '../../shared/languageChoice.js';

/** The list of coaches staff keep: a form's draft, read from a coach and turned into the API's input. */

export interface CoachDraft extends LanguageDraft {
  name: string;
  topics: CoachingTopic[];
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

export function draftOf(coach: CoachRecord | null, readerLanguage: string): CoachDraft {
  return {
    name: coach?.name ?? '',
    topics: [...(coach?.topics ?? [])],
    ...languageDraftOf(coach?.languages ?? [], readerLanguage),
    contact: coach?.contact ?? '',
    active: coach?.active ?? true,
    userId: coach?.userId ?? '',
  };
}

export type CoachDraftProblem = 'name' | 'topics' | 'languages' | 'otherLanguages';

/** What the form asks for before it sends: the server checks again and names what it refuses. */
export function problemsOf(draft: CoachDraft, readerLanguage: string): CoachDraftProblem[] {
  const problems: CoachDraftProblem[] = [];
  const languages = tagsOfDraft(draft, readerLanguage);
  if (!draft.name.trim()) problems.push('name');
  if (draft.topics.length === 0) problems.push('topics');
  if (languages.unknown !== null) problems.push('otherLanguages');
  else if (languages.tags.length === 0) problems.push('languages');
  return problems;
}

/** The input for createCoach and updateCoach alike: every field given, so an unlinked account is sent as null. */
export function inputOf(draft: CoachDraft, readerLanguage: string) {
  return {
    name: draft.name.trim(),
    topics: COACHING_TOPICS.filter((topic) => draft.topics.includes(topic)),
    languages: tagsOfDraft(draft, readerLanguage).tags,
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
