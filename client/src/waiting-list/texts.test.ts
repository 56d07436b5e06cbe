import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import de from './texts/de.js';

const files = import.meta.glob<{ default: Record<string, string> }>('./texts/*.ts', { eager: true });
const byCode = Object.fromEntries(
  Object.entries(files).map(([path, module]) => [path.replace('./texts/', '').replace('.ts', ''), module.default]),
);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))].sort();

describe('the words of the waiting list, loaded with its screens', () => {
  it('exist in every language the UI offers', () => {
    expect(Object.keys(byCode).sort()).toEqual([...LANGUAGES].sort());
  });

  it.each(Object.keys(byCode))('%s: the same keys and placeholders as German', (code) => {
    const own = byCode[code]!;
    expect(Object.keys(own).sort()).toEqual(Object.keys(de).sort());
    for (const [key, text] of Object.entries(de as Record<string, string>))
      expect({ key, placeholders: placeholders(own[key]!) }).toEqual({ key, placeholders: placeholders(text) });
  });
});
