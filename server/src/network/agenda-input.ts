import { assertUuid, badInput } from '../shared/errors.js';
import { cleanLanguageTag } from '../shared/language-tag.js';
import { cleanText } from '../shared/text-input.js';
import { MAX_PEOPLE } from './network-input.js';

/** The database's limits (migration 1765400000000), checked first so that a refusal names its field. */
export const AGENDA_TITLE_MAX = 200;
export const AGENDA_TEXT_MAX = 4000;
export const MINUTES_MAX = 20_000;
export const DECISION_TEXT_MAX = 2000;
export const RESPONSIBLE_MAX = 200;
/** More decisions than a long evening takes; the bound keeps one publication one modest write. */
export const MAX_DECISIONS = 100;
/** Far beyond twenty MOs' topics; an agenda is shown whole. */
export const MAX_AGENDA_ITEMS = 200;
export const MAX_ATTENDANCE = 500;

export interface AgendaItemDraft {
  title: string;
  text?: string | null;
  language: string;
  proposalId?: string | null;
}

export interface CleanAgendaItem {
  title: string;
  text: string;
  language: string;
  /** Undefined: not given (an update keeps the one it had). */
  proposalId: string | null | undefined;
}

export function cleanAgendaItem(draft: AgendaItemDraft): CleanAgendaItem {
  const language = cleanLanguageTag(draft.language, 'language');
  if (language === null) throw badInput('language', 'REQUIRED');
  if (draft.proposalId) assertUuid('proposalId', draft.proposalId);
  return {
    title: cleanText('title', draft.title, { maxLength: AGENDA_TITLE_MAX, required: true }),
    text: cleanText('text', draft.text, { maxLength: AGENDA_TEXT_MAX, required: false, multiline: true }) ?? '',
    language,
    proposalId: draft.proposalId === undefined ? undefined : draft.proposalId || null,
  };
}

export interface MinutesDraft {
  text: string;
  decisions: ReadonlyArray<{ id?: string | null; text: string; responsible?: string | null }>;
  attendance?: ReadonlyArray<{ organizationId: string; people: number }> | null;
}

export interface CleanMinutes {
  text: string;
  /** `id` null: a new decision. */
  decisions: Array<{ id: string | null; text: string; responsible: string }>;
  /** Null: not given, the record kept so far stays. */
  attendance: Array<{ organizationId: string; people: number }> | null;
}

export function cleanMinutes(draft: MinutesDraft): CleanMinutes {
  const text = cleanText('text', draft.text, { maxLength: MINUTES_MAX, required: true, multiline: true });
  if (draft.decisions.length > MAX_DECISIONS) throw badInput('decisions', 'OUT_OF_RANGE', MAX_DECISIONS);
  const decisions = draft.decisions.map((decision) => {
    if (decision.id) assertUuid('decisions', decision.id);
    return {
      id: decision.id || null,
      text: cleanText('decisions', decision.text, { maxLength: DECISION_TEXT_MAX, required: true, multiline: true }),
      responsible: cleanText('responsible', decision.responsible, { maxLength: RESPONSIBLE_MAX, required: false }) ?? '',
    };
  });
  const ids = decisions.flatMap((decision) => decision.id ?? []);
  if (new Set(ids).size !== ids.length) throw badInput('decisions', 'DUPLICATE');
  let attendance: CleanMinutes['attendance'] = null;
  if (draft.attendance) {
    if (draft.attendance.length > MAX_ATTENDANCE) throw badInput('attendance', 'OUT_OF_RANGE', MAX_ATTENDANCE);
    attendance = draft.attendance.map(({ organizationId, people }) => {
      assertUuid('organizationId', organizationId);
      if (!Number.isInteger(people) || people < 1 || people > MAX_PEOPLE) throw badInput('people', 'OUT_OF_RANGE', `1–${MAX_PEOPLE}`);
      return { organizationId, people };
    });
    if (new Set(attendance.map((entry) => entry.organizationId)).size !== attendance.length) throw badInput('attendance', 'DUPLICATE');
  }
  return { text, decisions, attendance };
}
