import { describe, expect, it } from 'vitest';
import { eventLabel } from './eventLabel.js';
import { makeBooking } from '../shared/testing.js';

const words = (language: string) => ({
  sentence: (values: Record<string, string>) =>
    `${values.title}, ${values.organization}, ${values.room}, ${values.house}, ${values.date}, ${values.time}`,
  booked: 'belegt',
  language,
  houseName: () => 'KolLEktiv Zschochersche Straße',
});

describe('eventLabel', () => {
  it('names title, MO, room, house, date and time', () => {
    expect(eventLabel(makeBooking(), words('de'))).toBe(
      'Chorprobe, Ukrainischer Chor Kalyna, Großer Saal, KolLEktiv Zschochersche Straße, Dienstag, 2. Juni, 16:00–18:00',
    );
  });

  it('says only "booked" for another MO’s private booking, and leaves out the MO it may not name', () => {
    expect(eventLabel(makeBooking({ redacted: true, title: null, organization: null }), words('de'))).toBe(
      'belegt, Großer Saal, KolLEktiv Zschochersche Straße, Dienstag, 2. Juni, 16:00–18:00',
    );
  });

  it('writes the date in the reader’s language, with Latin digits', () => {
    expect(eventLabel(makeBooking(), words('ar'))).toMatch(/الثلاثاء، 2 يونيو|2 يونيو/);
    expect(eventLabel(makeBooking(), words('uk'))).toContain('2 червня');
  });
});
