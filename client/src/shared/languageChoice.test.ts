import { describe, expect, it } from 'vitest';
import { languageDraftOf, parseOtherLanguages, tagsOfDraft } from './languageChoice.js';

describe('parseOtherLanguages', () => {
  it('takes names in the reader’s language and codes, separated by commas', () => {
    expect(parseOtherLanguages('Spanisch, ku,  pt-BR', 'de')).toEqual({ tags: ['es', 'ku', 'pt-br'], unknown: null });
  });

  it('reads Arabic commas and names', () => {
    const spanish = new Intl.DisplayNames(['ar'], { type: 'language' }).of('es')!;
    expect(parseOtherLanguages(`${spanish}، fr`, 'ar')).toEqual({ tags: ['es', 'fr'], unknown: null });
  });

  it('takes the UI’s own languages by name too', () => {
    expect(parseOtherLanguages('Russisch, Kurdisch', 'de')).toEqual({ tags: ['ru', 'ku'], unknown: null });
  });

  it('names the first word it cannot read', () => {
    expect(parseOtherLanguages('es, Klingonisch', 'de')).toEqual({ tags: ['es'], unknown: 'Klingonisch' });
  });
});

describe('languageDraftOf and tagsOfDraft', () => {
  it('tick the UI’s languages and name the others in the reader’s language', () => {
    expect(languageDraftOf(['ar', 'ku', 'de', 'pt-br'], 'de')).toEqual({ languages: ['ar', 'de'], otherLanguages: 'Kurdisch, pt-br' });
  });

  it('separate with the Arabic comma for a reader of Arabic or Farsi', () => {
    const kurdish = new Intl.DisplayNames(['fa'], { type: 'language' }).of('ku')!;
    expect(languageDraftOf(['es', 'ku'], 'fa').otherLanguages).toBe(
      `${new Intl.DisplayNames(['fa'], { type: 'language' }).of('es')!}، ${kurdish}`,
    );
  });

  it('read back what they showed, in every UI language, each tag once', () => {
    for (const reader of ['de', 'en', 'ar', 'fa', 'ru', 'tr', 'uk']) {
      const tags = ['uk', 'ti', 'ps', 'pt-br'];
      const draft = languageDraftOf(tags, reader);
      expect(tagsOfDraft({ ...draft, languages: [...draft.languages, 'uk'] }, reader)).toEqual({ tags, unknown: null });
    }
  });

  it('name the first typed word that is no language', () => {
    expect(tagsOfDraft({ languages: ['de'], otherLanguages: 'ku, Elbisch' }, 'de')).toEqual({ tags: ['de', 'ku'], unknown: 'Elbisch' });
  });
});
