import { LANGUAGES, direction } from '../i18n/languages.js';

/**
 * Which languages a person, an MO or a meeting speaks, as forms ask for them: the UI's own languages ticked,
 * any other typed in by name or code. One place, so the coach, the MO and the coaching request ask alike.
 */
/** Languages people in Leipzig's MOs often speak besides the UI's seven, named for the suggestions list. */
export const FURTHER_LANGUAGES = [
  'es',
  'fr',
  'it',
  'pl',
  'ro',
  'bg',
  'sq',
  'sr',
  'ku',
  'ps',
  'ur',
  'hi',
  'ti',
  'so',
  'am',
  'vi',
  'zh',
  'pt',
];

/** Names a reader may type: the suggestions, and the UI's own languages for whoever types rather than ticks. */
const NAMED = [...LANGUAGES, ...FURTHER_LANGUAGES];

const TAG = /^[a-z]{2,3}(-[a-z0-9]{2,8})*$/i;

export function languageLabel(code: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * The typed-in languages as BCP 47 tags: a name from the suggestions ("Spanisch") or a code ("es"). The
 * first word that is neither comes back as `unknown`, for the form to say so next to the field.
 */
export function parseOtherLanguages(text: string, readerLanguage: string): { tags: string[]; unknown: string | null } {
  const tags: string[] = [];
  for (const word of text
    .split(/[,،;]/)
    .map((part) => part.trim())
    .filter(Boolean)) {
    const named = NAMED.find((code) => languageLabel(code, readerLanguage).toLocaleLowerCase() === word.toLocaleLowerCase());
    if (named) tags.push(named);
    else if (TAG.test(word)) tags.push(word.toLowerCase());
    else return { tags, unknown: word };
  }
  return { tags, unknown: null };
}

/** A form's share of it: the UI's languages ticked, the others typed. */
export interface LanguageDraft {
  languages: string[];
  /** By name in the reader's language where the suggestions know it, else by code; separated by commas. */
  otherLanguages: string;
}

/** Arabic and Farsi separate with the Arabic comma; parseOtherLanguages reads either. */
function separator(readerLanguage: string): string {
  return direction(readerLanguage) === 'rtl' ? '، ' : ', ';
}

/** Stored tags as a form shows them; `tagsOfDraft` reads the same tags back. */
export function languageDraftOf(tags: readonly string[], readerLanguage: string): LanguageDraft {
  return {
    languages: tags.filter((code) => LANGUAGES.includes(code)),
    otherLanguages: tags
      .filter((code) => !LANGUAGES.includes(code))
      .map((code) => (FURTHER_LANGUAGES.includes(code) ? languageLabel(code, readerLanguage) : code))
      .join(separator(readerLanguage)),
  };
}

/** The ticked languages and the typed ones, each once; `unknown` is the first typed word that is no language. */
export function tagsOfDraft(draft: LanguageDraft, readerLanguage: string): { tags: string[]; unknown: string | null } {
  const other = parseOtherLanguages(draft.otherLanguages, readerLanguage);
  return { tags: [...new Set([...draft.languages, ...other.tags])], unknown: other.unknown };
}
