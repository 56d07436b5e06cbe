import { describe, expect, it } from 'vitest';
import { availabilityText, dayText, languagesText } from './coachingText.js';

describe('the words for a request’s data', () => {
  it('names languages in the reader’s language', () => {
    expect(languagesText(['ar', 'de'], 'de')).toBe('Arabisch und Deutsch');
    expect(languagesText(['uk'], 'en')).toBe('Ukrainian');
  });

  it('lists availability by weekday, times isolated left to right', () => {
    const text = availabilityText(
      [
        { weekday: 4, from: '10:00', to: '12:00' },
        { weekday: 2, from: '17:00', to: '20:00' },
      ],
      'de',
    );
    // short weekday names differ between ICU versions ("Di" or "Di.")
    expect(text).toMatch(/^Di\.? \u206617:00–20:00\u2069, Do\.? \u206610:00–12:00\u2069$/);
  });

  it('shows a deadline as the day in Leipzig', () => {
    // 22:00 UTC on 15 July is already 16 July in Leipzig
    expect(dayText('2026-07-15T22:00:00.000Z', 'de')).toBe('16.07.2026');
  });
});
