/**
 * A plain list inside a sentence ("Klavier, Beamer, stufenlos") in the reader's script: Arabic, Farsi, Urdu and
 * their neighbours separate with the Arabic comma "،"; a Latin comma there reads as a stray mark.
 */
const ARABIC_COMMA_LANGUAGES = new Set(['ar', 'fa', 'prs', 'ur', 'ps', 'ckb', 'sd', 'ug']);

export function listSeparator(locale: string): string {
  return ARABIC_COMMA_LANGUAGES.has(locale.split('-')[0] ?? locale) ? '، ' : ', ';
}

/** Joins words in the reader's language with its comma: `commaList(['Klavier', 'Beamer'], 'ar')` → "Klavier، Beamer". */
export function commaList(items: readonly string[], locale: string): string {
  return items.join(listSeparator(locale));
}
