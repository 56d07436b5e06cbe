import { describe, expect, it } from 'vitest';
import { LANGUAGES } from '../i18n/languages.js';
import { translationLanguages, translationsByLanguage, translationsToSave } from './translations.js';

describe('the translations of a text people entered', () => {
  it('offers every UI language but German, and keeps languages entered elsewhere', () => {
    const offered = translationLanguages([{ language: 'ti', text: 'ሰላም' }]);
    expect(offered).not.toContain('de');
    expect(offered).toEqual([...LANGUAGES.filter((code) => code !== 'de'), 'ti']);
  });

  it('saves only languages with a text, trimmed', () => {
    const byLanguage = translationsByLanguage([
      { language: 'uk', text: 'Ми співаємо.' },
      { language: 'ar', text: 'نحن نغني.' },
    ]);
    byLanguage.ar = '   ';
    byLanguage.tr = ' Şarkı söylüyoruz. ';
    expect(translationsToSave(byLanguage)).toEqual([
      { language: 'uk', text: 'Ми співаємо.' },
      { language: 'tr', text: 'Şarkı söylüyoruz.' },
    ]);
  });
});
