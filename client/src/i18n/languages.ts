import type { MessageTree } from './message-tree.js';
import type { Messages } from './locales/de.js';

/**
 * The languages are the files in `locales/`: adding `ti.ts` (Tigrinya) adds Tigrinya everywhere. German is
 * the source and the fallback, bundled with the app; every other language loads when chosen.
 */
const loaders = import.meta.glob<{ default: MessageTree<Messages> }>(['./locales/*.ts', '!./locales/de.ts']);

const codeOf = (path: string) => path.replace('./locales/', '').replace('.ts', '');

export const SOURCE_LANGUAGE = 'de';

/** Every language the UI speaks, German first, then in the order of their codes. */
export const LANGUAGES: readonly string[] = [SOURCE_LANGUAGE, ...Object.keys(loaders).map(codeOf).sort()];

export async function loadMessages(code: string): Promise<MessageTree<Messages> | null> {
  const loader = loaders[`./locales/${code}.ts`];
  return loader ? (await loader()).default : null;
}

/** Names a script shows best when a language has more than one audience (Dari readers read Farsi). */
const NAME_OVERRIDES: Record<string, string> = { fa: 'فارسی / دری' };

/** A language in its own name and script, as the language switcher shows it: "Українська", "العربية". */
export function nativeName(code: string): string {
  if (NAME_OVERRIDES[code]) return NAME_OVERRIDES[code];
  try {
    const name = new Intl.DisplayNames([code], { type: 'language' }).of(code) ?? code;
    return name.charAt(0).toLocaleUpperCase(code) + name.slice(1);
  } catch {
    return code;
  }
}

/** A language named in the reader's language: "Ukrainisch" for German readers, "украинский" for Russian ones. */
export function languageName(code: string, readerLanguage: string): string {
  try {
    return new Intl.DisplayNames([readerLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'ckb', 'dv', 'yi', 'prs']);

export function direction(code: string): 'ltr' | 'rtl' {
  return RIGHT_TO_LEFT.has(code.split('-')[0] ?? code) ? 'rtl' : 'ltr';
}

/** The first of the browser's languages (`navigator.languages`) the UI speaks, by base language; German otherwise. */
export function bestLanguage(preferences: readonly string[]): string {
  for (const preference of preferences) {
    const base = preference.toLowerCase().split('-')[0] ?? '';
    if (LANGUAGES.includes(base)) return base;
    // Dari (prs, fa-AF) reads Farsi
    if (base === 'prs') return LANGUAGES.includes('fa') ? 'fa' : SOURCE_LANGUAGE;
  }
  return SOURCE_LANGUAGE;
}

const CLDR_ORDER = ['zero', 'one', 'two', 'few', 'many', 'other'] as const;

/** The plural categories a language uses, in CLDR order: a plural message has one form per category, separated by `|`. */
export function pluralCategories(code: string): string[] {
  const used = new Intl.PluralRules(code).resolvedOptions().pluralCategories;
  return CLDR_ORDER.filter((category) => used.includes(category));
}

/** vue-i18n's plural rule for a language, from Intl.PluralRules (Arabic has six forms, Russian and Ukrainian four). */
export function pluralRule(code: string): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(code);
  const categories = pluralCategories(code);
  return (choice, choicesLength) => {
    const index = categories.indexOf(rules.select(Math.abs(choice)));
    return Math.min(Math.max(index, 0), choicesLength - 1);
  };
}
