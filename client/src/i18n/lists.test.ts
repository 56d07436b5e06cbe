import { describe, expect, it } from 'vitest';
import { formatTimeRange } from '../shared/localTime.js';
import { commaList, listSeparator } from './lists.js';

describe('lists in a sentence', () => {
  it('separate with the Arabic comma in Arabic and Farsi, with a Latin comma elsewhere', () => {
    expect(commaList(['بيانو', 'نظام صوت'], 'ar')).toBe('بيانو، نظام صوت');
    expect(commaList(['پیانو', 'بدون پله'], 'fa-IR')).toBe('پیانو، بدون پله');
    expect(commaList(['Klavier', 'Beamer'], 'de')).toBe('Klavier, Beamer');
    expect(listSeparator('uk')).toBe(', ');
  });

  it('leave a single item and no item as they are', () => {
    expect(commaList(['بيانو'], 'ar')).toBe('بيانو');
    expect(commaList([], 'fa')).toBe('');
  });

  it('separate a booking’s day from its time in the reader’s comma', () => {
    const when = formatTimeRange('2027-06-15T10:00:00+02:00', '2027-06-15T12:00:00+02:00', 'ar');
    expect(when).toContain('،');
    expect(when).not.toContain(',');
    expect(formatTimeRange('2027-06-15T10:00:00+02:00', '2027-06-15T12:00:00+02:00', 'de')).toBe('Di., 15. Juni, \u206610:00–12:00\u2069');
  });
});
