import { describe, expect, it } from 'vitest';
import { AppError } from './errors.js';
import { cleanText } from './text-input.js';

const reasonOf = (run: () => unknown) => {
  try {
    run();
  } catch (error) {
    if (error instanceof AppError) return { ...error.details };
    throw error;
  }
  throw new Error('expected a refusal');
};

describe('cleanText', () => {
  it.each([
    ['a NUL byte', 'Chor\u0000probe', 'CONTROL_CHARACTERS'],
    ['a bell', 'Chor\u0007', 'CONTROL_CHARACTERS'],
    ['a C1 control', 'Chor\u0085', 'CONTROL_CHARACTERS'],
    ['only zero-width spaces', '\u200B\u200B\u200B', 'NO_VISIBLE_CHARACTERS'],
    ['only word joiners, a byte-order mark and spaces', ' \u2060 \uFEFF\u2060 ', 'NO_VISIBLE_CHARACTERS'],
    ['only direction marks', '\u200F\u200E', 'NO_VISIBLE_CHARACTERS'],
    ['nothing', '   ', 'REQUIRED'],
  ])('refuses a required title with %s', (_what, value, reason) => {
    expect(reasonOf(() => cleanText('title', value, { maxLength: 120, required: true }))).toMatchObject({ field: 'title', reason });
  });

  it('counts characters, not UTF-16 units, against the limit', () => {
    expect(cleanText('title', '😀'.repeat(10), { maxLength: 10, required: true })).toBe('😀'.repeat(10));
    expect(reasonOf(() => cleanText('title', 'x'.repeat(11), { maxLength: 10, required: true }))).toMatchObject({
      reason: 'TOO_LONG',
      limit: 10,
    });
  });

  it('keeps the zero-width non-joiner Persian needs, and composes Unicode', () => {
    expect(cleanText('title', 'می\u200Cخواهم', { maxLength: 120, required: true })).toBe('می\u200Cخواهم');
    expect(cleanText('title', 'Cafe\u0301', { maxLength: 120, required: true })).toBe('Café');
  });

  it('folds white space in single-line texts and keeps line breaks in multi-line ones', () => {
    expect(cleanText('title', '  Chor \t\n probe ', { maxLength: 120, required: true })).toBe('Chor probe');
    expect(cleanText('notes', 'Zeile 1\r\nZeile 2\n', { maxLength: 2000, required: false, multiline: true })).toBe('Zeile 1\nZeile 2');
  });

  it('turns an empty optional text into null', () => {
    expect(cleanText('notes', '  \u200B ', { maxLength: 2000, required: false, multiline: true })).toBeNull();
    expect(cleanText('notes', null, { maxLength: 2000, required: false })).toBeNull();
  });
});
