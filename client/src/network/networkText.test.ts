import { describe, expect, it } from 'vitest';
import { formatDate, formatInstant, formatMeetingTime, languageList } from './networkText.js';

describe('formatMeetingTime', () => {
  it('shows the time of the house’s zone, summer and winter', () => {
    expect(formatMeetingTime('2026-06-17T16:00:00Z', '2026-06-17T18:00:00Z', 'de')).toContain('\u206618:00–20:00\u2069');
    expect(formatMeetingTime('2026-12-02T17:00:00Z', '2026-12-02T19:00:00Z', 'de')).toContain('\u206618:00–20:00\u2069');
    expect(formatMeetingTime('2026-12-02T17:00:00Z', '2026-12-02T19:00:00Z', 'en', 'Europe/London')).toContain('17:00–19:00');
  });

  it('names the day in the reader’s language, with the Arabic comma in Arabic', () => {
    expect(formatMeetingTime('2026-06-17T16:00:00Z', '2026-06-17T18:00:00Z', 'de')).toMatch(/^Mi\., 17\. Juni 2026, /);
    expect(formatMeetingTime('2026-06-17T16:00:00Z', '2026-06-17T18:00:00Z', 'ar')).toContain('، \u2066');
  });
});

describe('formatInstant', () => {
  it('shows a deadline as date and time where the house is', () => {
    expect(formatInstant('2026-06-14T21:59:00Z', 'de')).toBe('So., 14. Juni 2026, \u206623:59\u2069');
  });
});

describe('formatDate', () => {
  it('names the day as Leipzig sees it, also just before midnight UTC', () => {
    expect(formatDate('2026-12-07T23:30:00Z', 'de')).toBe('Di., 8. Dez. 2026');
  });
});

describe('languageList', () => {
  it('names the languages for the reader', () => {
    expect(languageList(['uk', 'fa'], 'de')).toBe('Ukrainisch und Persisch');
  });
});
