import { describe, expect, it } from 'vitest';
import { formatOpening, hasEnded, openingState } from './opening.js';

// Monday 7 December 2026, 08:00–22:00 in Leipzig
const monday = { start: '2026-12-07T07:00:00.000Z', end: '2026-12-07T21:00:00.000Z' };

describe('openingState', () => {
  it.each([
    ['a Sunday afternoon before', '2026-12-06T14:00:00Z', { open: false, opensAt: monday.start }],
    ['the moment it opens', '2026-12-07T07:00:00Z', { open: true, until: monday.end }],
    ['during the day', '2026-12-07T12:00:00Z', { open: true, until: monday.end }],
    ['the moment it closes (half-open): the span says nothing more', '2026-12-07T21:00:00Z', null],
  ])('%s', (_why, now, expected) => {
    expect(openingState(monday, new Date(now))).toEqual(expected);
  });

  it('without a span the house is closed until further notice', () => {
    expect(openingState(null, new Date('2026-12-07T12:00:00Z'))).toEqual({ open: false, opensAt: null });
  });

  it('a span that has ended asks for the next one', () => {
    expect(hasEnded(monday, new Date('2026-12-07T20:59:59Z'))).toBe(false);
    expect(hasEnded(monday, new Date('2026-12-07T21:00:00Z'))).toBe(true);
    expect(hasEnded(null, new Date('2026-12-07T21:00:00Z'))).toBe(false);
  });
});

describe('formatOpening', () => {
  it('writes the day and the time in the reader’s language, Latin digits, the time isolated', () => {
    expect(formatOpening(monday.start, 'de')).toBe('Montag, 7. Dezember, \u206608:00\u2069');
    expect(formatOpening('2027-03-30T06:00:00Z', 'en')).toBe('Tuesday 30 March, \u206608:00\u2069');
    expect(formatOpening(monday.start, 'ar')).toMatch(/7.*\u206608:00\u2069$/);
  });
});
