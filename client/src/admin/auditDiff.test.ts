import { describe, expect, it } from 'vitest';
import { changedFields, describeValue } from './auditDiff.js';

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
