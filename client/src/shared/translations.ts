import { LANGUAGES, SOURCE_LANGUAGE } from '../i18n/languages.js';

/** A text people entered in one language (an MO's description), as the API carries it. */
export interface TranslatedText {
  language: string;
  text: string;
}

/**
 * The languages a translation form offers: every language of the UI except the source, then any other
 * language a translation already exists in (entered elsewhere), so saving the form never drops it.
 */
export function translationLanguages(existing: readonly TranslatedText[]): string[] {
  const offered = LANGUAGES.filter((code) => code !== SOURCE_LANGUAGE);
  const others = existing.map((translation) => translation.language).filter((code) => !offered.includes(code));
  return [...offered, ...others.sort()];
}

export function translationsByLanguage(list: readonly TranslatedText[]): Record<string, string> {
  return Object.fromEntries(list.map(({ language, text }) => [language, text]));
}

/** What the API takes: every language with a text; an emptied field removes that translation. */
export function translationsToSave(byLanguage: Record<string, string>): TranslatedText[] {
  return Object.entries(byLanguage)
    .map(([language, text]) => ({ language, text: text.trim() }))
    .filter((translation) => translation.text !== '');
}
