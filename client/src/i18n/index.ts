import { createI18n } from 'vue-i18n';
import { LANGUAGES, SOURCE_LANGUAGE, bestLanguage, direction, loadMessages, pluralRule } from './languages.js';
import de, { type Messages } from './locales/de.js';

const STORAGE_KEY = 'locale';

export const i18n = createI18n<[Messages], string, false>({
  legacy: false,
  locale: SOURCE_LANGUAGE,
  fallbackLocale: SOURCE_LANGUAGE,
  messages: { [SOURCE_LANGUAGE]: de },
  pluralRules: Object.fromEntries(LANGUAGES.map((code) => [code, pluralRule(code)])),
  missingWarn: false,
  fallbackWarn: false,
});

/**
 * Shows the UI in `code`: loads its messages if needed, and sets `<html lang dir>` to match, as WCAG 3.1.1
 * asks. `remember` keeps the choice for the next visit on this device.
 */
export async function setLocale(code: string, options: { remember: boolean } = { remember: true }): Promise<void> {
  const language = LANGUAGES.includes(code) ? code : SOURCE_LANGUAGE;
  await ensureMessages(language);
  i18n.global.locale.value = language;
  if (typeof document !== 'undefined') {
    document.documentElement.lang = language;
    document.documentElement.dir = direction(language);
  }
  if (options.remember && typeof localStorage !== 'undefined') localStorage.setItem(STORAGE_KEY, language);
}

/** Loads a language's messages without switching to it (a wall display speaks several at once). */
export async function ensureMessages(code: string): Promise<void> {
  if (i18n.global.availableLocales.includes(code)) return;
  const messages = await loadMessages(code);
  if (messages) i18n.global.setLocaleMessage(code, messages);
}

/**
 * The language of a new page: `?lang=xx` on any URL (remembered), else the remembered choice, else the
 * browser's languages. A signed-in person's stored language is applied once their account is known.
 */
export function initialLocale(search: string, languages: readonly string[]): { code: string; fromUrl: boolean } {
  const requested = new URLSearchParams(search).get('lang');
  if (requested && LANGUAGES.includes(requested)) return { code: requested, fromUrl: true };
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem(STORAGE_KEY);
  if (stored && LANGUAGES.includes(stored)) return { code: stored, fromUrl: false };
  return { code: bestLanguage(languages), fromUrl: false };
}

export function hasChosenLocale(): boolean {
  return typeof localStorage !== 'undefined' && localStorage.getItem(STORAGE_KEY) !== null;
}
