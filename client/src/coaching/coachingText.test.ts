import { describe, expect, it } from 'vitest';
import { availabilityText, formatWhen, languagesText, weekdayName } from './coachingText.js';

describe('coaching text', () => {
  it('names weekdays from Monday (1) to Sunday (7) in the reader’s language', () => {
    expect(weekdayName(1, 'de')).toBe('Montag');
    expect(weekdayName(7, 'en')).toBe('Sunday');
  });

  it('keeps each time span left to right inside right-to-left text', () => {
    const text = availabilityText([{ weekday: 2, from: '18:00', to: '20:00' }], 'ar');
    expect(text).toContain('\u206618:00–20:00\u2069');
  });

  it('shows a time in Leipzig with Latin digits, isolated', () => {
    expect(formatWhen('2026-06-02T16:30:00Z', 'ar')).toMatch(/، \u206618:30\u2069$/);
    expect(formatWhen('2026-06-02T16:30:00Z', 'de')).toBe('2. Juni 2026, \u206618:30\u2069');
  });

  it('names the UI’s languages in their own name and others in the reader’s, each isolated', () => {
    expect(languagesText(['ar', 'es', 'ku'], ['de', 'ar'], 'de')).toBe(
      '\u2068العربية\u2069, \u2068Spanisch\u2069 und \u2068Kurdisch\u2069',
    );
    expect(languagesText(['ar', 'de'], ['de', 'ar'], 'ar')).toBe('\u2068العربية\u2069 و\u2068Deutsch\u2069');
  });
});
