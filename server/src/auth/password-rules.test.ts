import { describe, expect, it } from 'vitest';
import { AppError } from '../shared/errors.js';
import { checkNewPassword } from './password-rules.js';

const reason = (password: string, email = 'amal@mo.example') => {
  try {
    checkNewPassword(password, email);
    return null;
  } catch (error) {
    if (error instanceof AppError) return (error.details as { reason: string }).reason;
    throw error;
  }
};

describe('checkNewPassword', () => {
  it.each([
    ['kurz123', 'TOO_SHORT'],
    ['password123', 'TOO_COMMON'],
    ['Passwort123!', 'TOO_COMMON'],
    ['kollektiv-demo', 'TOO_COMMON'],
    ['Qwertz123456', 'TOO_COMMON'],
    ['amal@mo.example', 'TOO_COMMON'],
    ['amal20202020', 'TOO_COMMON'],
    ['tab\tin the middle', null],
    ['nul\u0000 in the middle', 'CONTROL_CHARACTERS'],
    ['Grüne Gießkanne am Fenster', null],
    ['صباح الخير يا جاري', null],
    ['correct horse battery', null],
  ])('%s → %s', (password, expected) => {
    expect(reason(password)).toBe(expected);
  });
});
