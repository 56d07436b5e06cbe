import { badInput } from './errors.js';

/**
 * Control characters: C0 except tab, line feed and carriage return, DEL, and C1. A NUL byte in
 * particular cannot be stored in PostgreSQL text and would otherwise surface as an internal error.
 */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const CONTROL_CHARACTERS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * Characters that take no room on screen: zero-width spaces and joiners, direction marks, the soft
 * hyphen, the byte-order mark. They are kept in the text (Persian needs the zero-width non-joiner),
 * but a text made only of them and of spaces counts as empty.
 */
const INVISIBLE = /[\s\u00AD\u115F\u1160\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u206A-\u206F\u3164\uFEFF\uFFA0]/gu;

export function hasControlCharacters(value: string): boolean {
  return CONTROL_CHARACTERS.test(value);
}

export interface TextRules {
  maxLength: number;
  /** Refuse an empty text (or one with nothing visible) instead of returning null. */
  required: boolean;
  /** Keep line breaks (notes, descriptions); single-line texts fold every run of white space into one space. */
  multiline?: boolean;
}

/**
 * The one check for free text that people type: control characters refused, Unicode composed (NFC),
 * white space trimmed, a length limit, and, when required, at least one visible character.
 * Returns null for an empty optional text.
 */
export function cleanText(field: string, value: string | null | undefined, rules: TextRules & { required: true }): string;
export function cleanText(field: string, value: string | null | undefined, rules: TextRules): string | null;
export function cleanText(field: string, value: string | null | undefined, rules: TextRules): string | null {
  if (value === null || value === undefined) {
    if (rules.required) throw badInput(field, 'REQUIRED');
    return null;
  }
  if (hasControlCharacters(value)) throw badInput(field, 'CONTROL_CHARACTERS');
  let text = value.normalize('NFC');
  text = rules.multiline ? text.replace(/\r\n?/g, '\n').trim() : text.replace(/\s+/g, ' ').trim();
  if (text.replace(INVISIBLE, '') === '') {
    if (!rules.required) return null;
    throw badInput(field, text === '' ? 'REQUIRED' : 'NO_VISIBLE_CHARACTERS');
  }
  if ([...text].length > rules.maxLength) throw badInput(field, 'TOO_LONG', rules.maxLength);
  return text;
}
