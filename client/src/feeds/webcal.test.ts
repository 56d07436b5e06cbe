import { describe, expect, it } from 'vitest';
import { webcalUrl } from './webcal.js';

describe('a feed as a subscribe link', () => {
  it('opens the same address in the calendar app, whether served over HTTPS or plain HTTP', () => {
    expect(webcalUrl('https://raum.kollektiv.example/ical/feed/Ab3_x-9.ics')).toBe('webcal://raum.kollektiv.example/ical/feed/Ab3_x-9.ics');
    expect(webcalUrl('http://127.0.0.1:3000/ical/house/abc.ics')).toBe('webcal://127.0.0.1:3000/ical/house/abc.ics');
    // only the scheme at the start changes
    expect(webcalUrl('https://x.example/ical/feed/https.ics')).toBe('webcal://x.example/ical/feed/https.ics');
  });
});
