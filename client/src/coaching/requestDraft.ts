import type { CoachingRequestInput, CoachingTopic } from '../graphql/graphql.js';
import { parseOtherLanguages } from '../shared/languageChoice.js';
import { toInstant } from '../shared/toInstant.js';

/** The request form as people fill it in; `toRequestInput` makes the API's input of it. */
export interface RequestDraft {
  organizationId: string;
  topic: CoachingTopic | '';
  text: string;
  /** Languages ticked among the UI's own. */
  languages: string[];
  /** Further languages typed in, by name in the reader's language or by code, separated by commas. */
  otherLanguages: string;
  /** 1 = Monday … 7 = Sunday */
  weekdays: number[];
  from: string;
  to: string;
  /** yyyy-mm-dd, or '' for none */
  deadline: string;
}

export function emptyDraft(readerLanguage: string, organizationId: string): RequestDraft {
  return {
    organizationId,
    topic: '',
    text: '',
    languages: [readerLanguage],
    otherLanguages: '',
    weekdays: [],
    from: '17:00',
    to: '20:00',
    deadline: '',
  };
}

export type DraftProblem = { field: 'topic' | 'text' | 'languages' | 'organizationId'; key: 'REQUIRED' | 'INVALID_LANGUAGE' };

/**
 * The API's input, or the first thing the form can already tell is missing. Everything else (lengths, a
 * deadline in the past, a time span the wrong way round) the server checks and names the field.
 */
export function toRequestInput(draft: RequestDraft, readerLanguage: string): { input: CoachingRequestInput } | { problem: DraftProblem } {
  if (!draft.organizationId) return { problem: { field: 'organizationId', key: 'REQUIRED' } };
  if (!draft.topic) return { problem: { field: 'topic', key: 'REQUIRED' } };
  if (!draft.text.trim()) return { problem: { field: 'text', key: 'REQUIRED' } };
  const other = parseOtherLanguages(draft.otherLanguages, readerLanguage);
  if (other.unknown !== null) return { problem: { field: 'languages', key: 'INVALID_LANGUAGE' } };
  const languages = [...new Set([...draft.languages, ...other.tags])];
  if (languages.length === 0) return { problem: { field: 'languages', key: 'REQUIRED' } };
  const availability = [...new Set(draft.weekdays)].sort().map((weekday) => ({ weekday, from: draft.from, to: draft.to }));
  // a funding call's deadline is the end of that day in Leipzig
  const deadline = draft.deadline ? (toInstant(draft.deadline, '23:59') ?? draft.deadline) : null;
  return {
    input: { organizationId: draft.organizationId, topic: draft.topic, text: draft.text.trim(), languages, availability, deadline },
  };
}
