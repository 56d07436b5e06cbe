import { describe, expect, it } from 'vitest';
import { changedFields, codeKey, describeValue, FIELD_WORDS } from './auditDiff.js';

describe('changedFields', () => {
  it('lists only the fields that changed', () => {
    expect(changedFields({ id: 'r1', name: 'Saal', capacity: 40 }, { id: 'r1', name: 'Großer Saal', capacity: 40 })).toEqual([
      { field: 'name', before: 'Saal', after: 'Großer Saal' },
    ]);
  });

  it('lists every field of a creation, without its id', () => {
    expect(changedFields(null, { id: 'o1', name: 'Kalyna', active: true }).map((change) => change.field)).toEqual(['name', 'active']);
  });

  it('compares lists and nested values by content', () => {
    expect(changedFields({ features: ['PIANO'] }, { features: ['PIANO'] })).toEqual([]);
    expect(changedFields({ features: ['PIANO'] }, { features: ['PIANO', 'STEP_FREE'] })).toHaveLength(1);
  });
});

describe('describeValue', () => {
  it('writes opening hours, lists and nothing readably', () => {
    expect(describeValue([{ weekday: 1, opens: '09:00', closes: '13:00' }], { weekdayName: (day) => ['', 'Mo'][day]! })).toBe(
      'Mo 09:00–13:00',
    );
    expect(describeValue(['ar', 'de'])).toBe('ar, de');
    expect(describeValue(null)).toBe('—');
    expect(describeValue(false)).toBe('false');
  });

  it('names what an id stands for, and writes instants the reader’s way', () => {
    const words = { nameOf: (id: string) => ({ r1: 'Großer Saal' })[id], formatInstant: () => 'Di., 1.12., 18:00' };
    expect(describeValue('r1', words)).toBe('Großer Saal');
    expect(describeValue('2026-12-01T17:00:00.000Z', words)).toBe('Di., 1.12., 18:00');
    expect(describeValue('CHOIR', words)).toBe('CHOIR');
  });
});

describe('words instead of codes', () => {
  it('names every field of the entities staff change, and hides links only a program reads', () => {
    expect(changedFields(null, { invitationId: 'i1', role: 'MEMBER', sessionId: 's1' }).map((change) => change.field)).toEqual(['role']);
    for (const field of ['title', 'start', 'roomId', 'role', 'capacity', 'reason', 'locationId', 'keptBookings'])
      expect(FIELD_WORDS[field]).toBeTruthy();
  });

  it('finds the words for a code by its field, and none for free text', () => {
    expect(codeKey('role', 'MEMBER')).toBe('roles.MEMBER');
    expect(codeKey('features', 'PIANO')).toBe('features.PIANO');
    expect(codeKey('status', 'CANCELLED')).toBe('auditTexts.status.CANCELLED');
    expect(codeKey('title', 'CHOIR')).toBeNull();
    expect(codeKey('role', 'not a code')).toBeNull();
  });

  it('writes codes, lists of codes and yes or no in words', () => {
    const words = {
      codeName: (code: string) => ({ PIANO: 'Klavier', STEP_FREE: 'Stufenlos' })[code],
      yesNo: (yes: boolean) => (yes ? 'ja' : 'nein'),
    };
    expect(describeValue(['PIANO', 'STEP_FREE'], words)).toBe('Klavier, Stufenlos');
    expect(describeValue(false, words)).toBe('nein');
  });
});
