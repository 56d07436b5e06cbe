import { describe, expect, it } from 'vitest';
import { cleanLanguageTags } from './network-input.js';

describe('cleanLanguageTags', () => {
  it('keeps each language once, in the canonical case of BCP 47', () => {
    expect(cleanLanguageTags('interpretation', ['AR-sy', 'ar-SY', ' uk ', 'zh-hant-tw'], 10)).toEqual(['ar-SY', 'uk', 'zh-Hant-TW']);
  });

  it('refuses what is no tag and an empty entry, naming the field', () => {
    expect(() => cleanLanguageTags('interpretation', ['Arabisch, Farsi'], 10)).toThrow(
      expect.objectContaining({ details: { field: 'interpretation', reason: 'INVALID_LANGUAGE' } }),
    );
    expect(() => cleanLanguageTags('interpretation', [' '], 10)).toThrow(
      expect.objectContaining({ details: { field: 'interpretation', reason: 'REQUIRED' } }),
    );
  });
});
