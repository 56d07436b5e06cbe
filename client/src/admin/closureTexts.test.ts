import { describe, expect, it } from 'vitest';
import ar from './closureTexts/ar.js';
import de from './closureTexts/de.js';
import en from './closureTexts/en.js';
import fa from './closureTexts/fa.js';
import ru from './closureTexts/ru.js';
import tr from './closureTexts/tr.js';
import uk from './closureTexts/uk.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('the closure question in every language', () => {
  it.each(Object.entries({ ar, en, fa, ru, tr, uk }))('%s fills the same placeholders as German', (_code, texts) => {
    for (const [key, german] of Object.entries(de))
      expect({ key, placeholders: placeholders(texts[key as keyof typeof de]) }).toEqual({ key, placeholders: placeholders(german) });
  });

  it('writes Arabic and Farsi lists with their own comma', () => {
    for (const texts of [ar, fa]) expect(Object.values(texts).filter((text) => text.includes(', '))).toEqual([]);
  });
});
