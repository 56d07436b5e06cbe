import { describe, expect, it } from 'vitest';
import { responseDraft, toResponseInput } from './responseDraft.js';
import { toTopicInput, topicDraft, topicLanguages } from './topicDraft.js';

const offered = ['uk', 'fa', 'ar'];

describe('responseDraft', () => {
  it('starts empty without an answer, and from the MO’s answer with one', () => {
    expect(responseDraft(null, offered)).toEqual({ attending: null, people: '', interpretation: [] });
    expect(responseDraft({ attending: true, people: 4, interpretation: ['fa', 'tr'] }, offered)).toEqual({
      attending: true,
      people: 4,
      interpretation: ['fa'],
    });
    expect(responseDraft({ attending: false, people: 0, interpretation: [] }, offered)).toMatchObject({ attending: false, people: '' });
  });
});

describe('toResponseInput', () => {
  it('sends coming with how many and the interpretation among the offered languages, in their order', () => {
    expect(toResponseInput({ attending: true, people: 3, interpretation: ['ar', 'uk', 'tr'] }, offered)).toEqual({
      input: { attending: true, people: 3, interpretation: ['uk', 'ar'] },
    });
  });

  it('sends not coming without people or interpretation, whatever the form still holds', () => {
    expect(toResponseInput({ attending: false, people: 5, interpretation: ['uk'] }, offered)).toEqual({
      input: { attending: false, people: null, interpretation: null },
    });
  });

  it.each([
    ['nothing chosen', { attending: null, people: '' as const }, 'attending', 'REQUIRED'],
    ['coming without a number', { attending: true, people: '' as const }, 'people', 'REQUIRED'],
    ['coming with nobody', { attending: true, people: 0 }, 'people', 'INVALID'],
    ['coming with half a person', { attending: true, people: 1.5 }, 'people', 'INVALID'],
  ] as const)('names the field for %s', (_case, draft, field, key) => {
    expect(toResponseInput({ interpretation: [], ...draft }, offered)).toEqual({ problem: { field, key } });
  });
});

describe('topicDraft and toTopicInput', () => {
  it('writes a new topic in the reader’s language, and an edit starts from what was saved', () => {
    expect(topicDraft('fa')).toEqual({ title: '', text: '', language: 'fa' });
    expect(topicDraft('de', { title: 'Räume', text: 'Mehr Platz', language: 'uk' })).toEqual({
      title: 'Räume',
      text: 'Mehr Platz',
      language: 'uk',
    });
  });

  it('trims title and text, and sends no text when only blanks were typed', () => {
    expect(toTopicInput({ title: '  Klavier samstags ', text: '   ', language: 'de' })).toEqual({
      input: { title: 'Klavier samstags', text: null, language: 'de' },
    });
  });

  it('names the empty title or language', () => {
    expect(toTopicInput({ title: ' ', text: 'x', language: 'de' })).toEqual({ problem: { field: 'title', key: 'REQUIRED' } });
    expect(toTopicInput({ title: 'T', text: '', language: '' })).toEqual({ problem: { field: 'language', key: 'REQUIRED' } });
  });

  it('offers the UI’s languages and the one a topic was written in', () => {
    expect(topicLanguages(['de', 'uk'], 'ku')).toEqual(['de', 'uk', 'ku']);
    expect(topicLanguages(['de', 'uk'], 'uk')).toEqual(['de', 'uk']);
  });
});
