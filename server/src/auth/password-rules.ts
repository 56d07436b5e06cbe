import { badInput } from '../shared/errors.js';
import { hasControlCharacters } from '../shared/text-input.js';
import { COMMON_PASSWORDS } from './common-passwords.js';

export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;

/**
 * A password people can live with and attackers cannot guess from a list: at least ten characters, not one
 * of the commonest passwords (also with digits or punctuation added at the end), and not the e-mail address.
 */
export function checkNewPassword(password: string, email: string, field = 'password'): void {
  if (hasControlCharacters(password)) throw badInput(field, 'CONTROL_CHARACTERS');
  const length = [...password].length;
  if (length < MIN_PASSWORD_LENGTH) throw badInput(field, 'TOO_SHORT', MIN_PASSWORD_LENGTH);
  if (length > MAX_PASSWORD_LENGTH) throw badInput(field, 'TOO_LONG', MAX_PASSWORD_LENGTH);
  const folded = password.normalize('NFKC').toLowerCase();
  const stem = folded.replace(/[\d\W_]+$/u, '');
  const local = email.toLowerCase().split('@')[0] ?? '';
  if (COMMON_PASSWORDS.has(folded) || COMMON_PASSWORDS.has(stem) || folded === email.toLowerCase() || (local.length >= 4 && stem === local))
    throw badInput(field, 'TOO_COMMON');
}
