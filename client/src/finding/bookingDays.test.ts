import { describe, expect, it } from 'vitest';
import { makeBooking } from '../shared/testing.js';
import { bookingsByDay } from './bookingDays.js';

describe('bookings by day', () => {
  it('groups by the day in Berlin, not in UTC, in time order', () => {
    const late = makeBooking({ id: 'late', start: '2026-06-02T22:30:00.000Z', end: '2026-06-02T23:00:00.000Z' });
    const morning = makeBooking({ id: 'morning', start: '2026-06-02T07:00:00.000Z', end: '2026-06-02T08:00:00.000Z' });
    const noon = makeBooking({ id: 'noon', start: '2026-06-02T10:00:00.000Z', end: '2026-06-02T11:00:00.000Z' });
    expect(bookingsByDay([late, noon, morning]).map(({ day, bookings }) => [day, bookings.map((booking) => booking.id)])).toEqual([
      ['2026-06-02', ['morning', 'noon']],
      ['2026-06-03', ['late']],
    ]);
  });
});
