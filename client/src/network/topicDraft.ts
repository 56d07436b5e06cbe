import type { ProposalInput } from '../graphql/graphql.js';

/** A topic for the agenda or a proposal, as people write it: a title, a few lines, the language they wrote in. */
export interface TopicDraft {
  title: string;
  text: string;
  language: string;
}

/** A new topic is written in the reader's language unless they choose another; an edit starts from what was saved. */
export function topicDraft(readerLanguage: string, saved?: Pick<TopicDraft, 'title' | 'text' | 'language'>): TopicDraft {
  return saved ? { title: saved.title, text: saved.text, language: saved.language } : { title: '', text: '', language: readerLanguage };
}

export type TopicProblem = { field: 'title' | 'language'; key: 'REQUIRED' };

/** The API's input (for an agenda item as for a proposal), or the field the form can already tell is empty. */
export function toTopicInput(draft: TopicDraft): { input: ProposalInput } | { problem: TopicProblem } {
  const title = draft.title.trim();
  if (!title) return { problem: { field: 'title', key: 'REQUIRED' } };
  if (!draft.language) return { problem: { field: 'language', key: 'REQUIRED' } };
  const text = draft.text.trim();
  return { input: { title, text: text || null, language: draft.language } };
}

/** The languages a topic may be written in: the UI's, and the one it was written in if that is another. */
export function topicLanguages(uiLanguages: readonly string[], current: string): string[] {
  return current && !uiLanguages.includes(current) ? [...uiLanguages, current] : [...uiLanguages];
}
