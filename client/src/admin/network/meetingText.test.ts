import { describe, expect, it } from 'vitest';
import { meetingWhen, momentText } from './meetingText.js';

describe('meeting dates', () => {
  it('says the day and the times in the house’s zone, the times kept left to right', () => {
    expect(meetingWhen('2026-06-02T16:00:00.000Z', '2026-06-02T18:00:00.000Z', 'Europe/Berlin', 'de')).toBe(
      'Di., 2. Juni 2026, \u206618:00–20:00\u2069',
    );
    expect(meetingWhen('2026-06-02T16:00:00.000Z', '2026-06-02T18:00:00.000Z', 'Europe/Berlin', 'ar')).toContain('\u206618:00–20:00\u2069');
  });

  it('says a deadline with Latin digits in every language', () => {
    expect(momentText('2026-05-30T16:00:00.000Z', 'Europe/Berlin', 'de')).toBe('30. Mai um 18:00');
    expect(momentText('2026-05-30T16:00:00.000Z', 'Europe/Berlin', 'fa')).toMatch(/18:00/);
  });
});
