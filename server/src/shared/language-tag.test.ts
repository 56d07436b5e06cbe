import { describe, expect, it } from 'vitest';
import { cleanLanguageTag } from './language-tag.js';

describe('cleanLanguageTag', () => {
  it.each([
    ['uk', 'uk'],
    [' ar-SY ', 'ar-SY'],
    ['sr-Latn-RS', 'sr-Latn-RS'],
    ['zh-hant-tw', 'zh-Hant-TW'],
    ['de-CH-1996', 'de-CH-1996'],
  ])('keeps the well-formed tag %j as %j', (given, kept) => {
    expect(cleanLanguageTag(given)).toBe(kept);
  });

  it.each([null, undefined, '', '   '])('reads %j as no language', (given) => {
    expect(cleanLanguageTag(given)).toBeNull();
  });

  it.each(['not a language', 'e', 'de_DE', `de-${'x'.repeat(40)}`, 'a-b-c-d-e-f-g-h-i-j-k-l-m-n-o-p'])(
    'refuses %j by its field',
    (given) => {
      expect(() => cleanLanguageTag(given, 'interpretation')).toThrow(
        expect.objectContaining({ code: 'BAD_USER_INPUT', details: { field: 'interpretation', reason: 'INVALID_LANGUAGE' } }),
      );
    },
  );
});
