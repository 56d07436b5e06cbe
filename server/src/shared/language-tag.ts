import { badInput } from './errors.js';

/** The database's bound on a stored tag (CHECK char_length(language) BETWEEN 2 AND 35). */
export const LANGUAGE_TAG_MAX = 35;

/**
 * A BCP 47 tag, trimmed and in its canonical case (`sr-latn-rs` → `sr-Latn-RS`), or null when left empty.
 * `Intl` decides what is well-formed, so script and region subtags (`zh-Hant-TW`) pass; INVALID_LANGUAGE else.
 */
export function cleanLanguageTag(value: string | null | undefined, field = 'language'): string | null {
  const trimmed = value?.trim() ?? '';
  if (trimmed === '') return null;
  const canonical = canonicalLocale(trimmed);
  if (canonical === null || canonical.length > LANGUAGE_TAG_MAX) throw badInput(field, 'INVALID_LANGUAGE');
  return canonical;
}

function canonicalLocale(tag: string): string | null {
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch (error) {
    // Intl's only answer to a malformed tag is a RangeError; anything else is a fault and goes on
    if (error instanceof RangeError) return null;
    throw error;
  }
}
