import { describe, expect, it } from 'vitest';
import { newBookingSlot } from './newBookingSlot.js';
import { LOCATIONS } from '../shared/testing.js';

// LOCATIONS[0] opens Tuesdays 08:00–22:00
describe('"New booking" starts', () => {
  it('on the day on screen at opening time, in the first room shown', () => {
    expect(newBookingSlot('2026-06-09', LOCATIONS, new Date('2026-06-01T08:00:00Z'))).toEqual({
      roomId: 'r1',
      start: '2026-06-09T08:00:00.000+02:00',
      end: '2026-06-09T09:00:00.000+02:00',
    });
  });

  it('today at the next full quarter hour, never in the past', () => {
    // Tuesday 2 June 2026, 14:07 in Leipzig
    expect(newBookingSlot('2026-06-02', LOCATIONS, new Date('2026-06-02T12:07:30Z')).start).toBe('2026-06-02T14:15:00.000+02:00');
    expect(newBookingSlot('2026-06-02', LOCATIONS, new Date('2026-06-02T12:15:00Z')).start).toBe('2026-06-02T14:15:00.000+02:00');
  });

  it('at 10:00 on a day the house has no opening hours', () => {
    expect(newBookingSlot('2026-06-03', LOCATIONS, new Date('2026-06-01T08:00:00Z')).start).toBe('2026-06-03T10:00:00.000+02:00');
  });
});
