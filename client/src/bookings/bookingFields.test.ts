import { describe, expect, it } from 'vitest';
import { makeBooking } from '../shared/testing.js';
import { bookingValues, seriesChanges, type BookingValues } from './bookingFields.js';

const booking = makeBooking({ notes: 'Noten mitbringen', expectedAttendees: 12 });
const unchanged = bookingValues(booking)!;
const times = { startTime: '16:00', endTime: '18:00' };

describe('seriesChanges', () => {
  it('sends nothing for a form that changed nothing', () => {
    expect(seriesChanges(booking, unchanged, times)).toEqual({});
  });

  it('sends only the fields that differ from this date, times as wall-clock', () => {
    const values: BookingValues = { ...unchanged, title: 'Generalprobe', roomId: 'r2' };
    expect(seriesChanges(booking, values, { startTime: '16:30', endTime: '24:00' })).toEqual({
      title: 'Generalprobe',
      roomId: 'r2',
      startTime: '16:30',
      endTime: '24:00',
    });
  });

  it('sends a cleared optional field as null, so every date loses it', () => {
    expect(seriesChanges(booking, { ...unchanged, notes: null, expectedAttendees: null }, times)).toEqual({
      notes: null,
      expectedAttendees: null,
    });
  });
});
