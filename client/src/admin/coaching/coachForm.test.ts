import { describe, expect, it } from 'vitest';
import { draftOf, inputOf, linkableAccounts, problemsOf } from './coachForm.js';

describe('the coach form', () => {
  it('reads a coach into a draft and back into the input, topics in the API’s order', () => {
    const draft = draftOf(
      { name: 'Amira', topics: ['FINANCES', 'FUNDING'], languages: ['ar', 'ps', 'de'], contact: null, active: true },
      'de',
    );
    expect(draft).toEqual({
      name: 'Amira',
      topics: ['FINANCES', 'FUNDING'],
      languages: ['ar', 'de'],
      otherLanguages: 'Paschtu',
      contact: '',
      active: true,
      userId: '',
    });
    expect(inputOf({ ...draft, name: ' Amira Haddad ', otherLanguages: 'ps, Tigrinya' }, 'de')).toEqual({
      name: 'Amira Haddad',
      topics: ['FUNDING', 'FINANCES'],
      languages: ['ar', 'de', 'ps', 'ti'],
      contact: null,
      active: true,
      userId: null,
    });
  });

  it('starts a new coach active, with nothing chosen', () => {
    expect(draftOf(null, 'de')).toEqual({ name: '', topics: [], languages: [], otherLanguages: '', contact: '', active: true, userId: '' });
  });

  it('asks for a name, a topic and a language before sending, and says when a typed one is no language', () => {
    expect(problemsOf(draftOf(null, 'de'), 'de')).toEqual(['name', 'topics', 'languages']);
    const named = { ...draftOf(null, 'de'), name: 'A', topics: ['LEGAL' as const] };
    expect(problemsOf({ ...named, otherLanguages: ' , ' }, 'de')).toEqual(['languages']);
    expect(problemsOf({ ...named, otherLanguages: 'Spanisch, Klingonisch' }, 'de')).toEqual(['otherLanguages']);
    expect(problemsOf({ ...named, languages: ['uk'] }, 'de')).toEqual([]);
  });

  it('offers to link only active people with the COACH role whom no other coach has', () => {
    const people = [
      { id: 'u1', role: 'COACH', active: true },
      { id: 'u2', role: 'COACH', active: true },
      { id: 'u3', role: 'COACH', active: false },
      { id: 'u4', role: 'STAFF', active: true },
    ];
    const coaches = [
      { id: 'c1', userId: 'u1' },
      { id: 'c2', userId: null },
    ];
    expect(linkableAccounts(people, coaches, null).map((person) => person.id)).toEqual(['u2']);
    expect(linkableAccounts(people, coaches, 'c1').map((person) => person.id)).toEqual(['u1', 'u2']);
  });
});
