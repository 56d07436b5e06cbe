import { describe, expect, it } from 'vitest';
import { availabilityText, formatDay, formatWhen, languagesText, weekdayName } from './coachingText.js';

describe('coaching text', () => {
  it('names weekdays from Monday (1) to Sunday (7) in the reader’s language, long or short', () => {
    expect(weekdayName(1, 'de')).toBe('Montag');
    expect(weekdayName(7, 'en')).toBe('Sunday');
    // short weekday names differ between ICU versions ("Di" or "Di.")
    expect(weekdayName(2, 'de', 'short')).toMatch(/^Di\.?$/);
  });

  it('lists availability by weekday, each time span kept left to right inside right-to-left text', () => {
    const spans = [
      { weekday: 4, from: '10:00', to: '12:00' },
      { weekday: 2, from: '17:00', to: '20:00' },
    ];
    expect(availabilityText(spans, 'de')).toBe('Dienstag \u206617:00–20:00\u2069 und Donnerstag \u206610:00–12:00\u2069');
    expect(availabilityText(spans, 'de', 'short')).toMatch(/^Di\.? \u206617:00–20:00\u2069 und Do\.? \u206610:00–12:00\u2069$/);
    expect(availabilityText([{ weekday: 2, from: '18:00', to: '20:00' }], 'ar')).toContain('\u206618:00–20:00\u2069');
  });

  it('shows a time in Leipzig with Latin digits, isolated', () => {
    expect(formatWhen('2026-06-02T16:30:00Z', 'ar')).toMatch(/، \u206618:30\u2069$/);
    expect(formatWhen('2026-06-02T16:30:00Z', 'de')).toBe('2. Juni 2026, \u206618:30\u2069');
  });

  it('shows a day as Leipzig sees it, long or medium', () => {
    // 22:00 UTC on 15 July is already 16 July in Leipzig
    expect(formatDay('2026-07-15T22:00:00.000Z', 'de')).toBe('16. Juli 2026');
    expect(formatDay('2026-07-15T22:00:00.000Z', 'de', 'medium')).toBe('16.07.2026');
  });

  it('names languages in the reader’s language, and the UI’s own in their own name, isolated', () => {
    expect(languagesText(['ar', 'de'], 'de')).toBe('Arabisch und Deutsch');
    expect(languagesText(['uk'], 'en')).toBe('Ukrainian');
    expect(languagesText(['ar', 'es', 'ku'], 'de', ['de', 'ar'])).toBe('\u2068العربية\u2069, Spanisch und Kurdisch');
    expect(languagesText(['ar', 'de'], 'ar', ['de', 'ar'])).toBe('\u2068العربية\u2069 و\u2068Deutsch\u2069');
  });
});
