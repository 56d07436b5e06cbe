import { describe, expect, it } from 'vitest';
import { applyChange } from './bookingList.js';
import { makeBooking } from '../shared/testing.js';
import type { Booking } from '../shared/types.js';

const range = { from: '2026-06-01T22:00:00.000Z', to: '2026-06-02T22:00:00.000Z' };

describe('applyChange: cache updates from bookingChanged events', () => {
  it('adds a created booking in the range, sorted by start', () => {
    const early = makeBooking({ id: 'early', start: '2026-06-02T06:00:00.000Z', end: '2026-06-02T07:00:00.000Z' });
    const list = [makeBooking()];
    const next = applyChange(list, { cursor: '5', kind: 'CREATED', bookingId: 'early', booking: early }, range);
    expect(next.map((booking) => booking.id)).toEqual(['early', 'b1']);
  });

  it('ignores a booking outside the range', () => {
    const elsewhere = makeBooking({ id: 'x', start: '2026-06-05T06:00:00.000Z', end: '2026-06-05T07:00:00.000Z' });
    const list = [makeBooking()];
    expect(applyChange(list, { cursor: '5', kind: 'CREATED', bookingId: 'x', booking: elsewhere }, range)).toBe(list);
  });

  it('replaces a moved booking and removes one moved out of the range', () => {
    const list = [makeBooking()];
    const moved = makeBooking({
      version: 2,
      room: { __typename: 'Room', id: 'r2', name: 'Seminarraum', locationId: 'l1' } as Booking['room'],
    });
    expect(applyChange(list, { cursor: '6', kind: 'UPDATED', bookingId: 'b1', booking: moved }, range)[0]?.room.id).toBe('r2');
    const away = makeBooking({ version: 3, start: '2026-06-09T14:00:00.000Z', end: '2026-06-09T15:00:00.000Z' });
    expect(applyChange(list, { cursor: '7', kind: 'UPDATED', bookingId: 'b1', booking: away }, range)).toEqual([]);
  });

  it('removes a cancelled booking and one the viewer may no longer see', () => {
    const list = [makeBooking()];
    const cancelled = makeBooking({ version: 2, status: 'CANCELLED' });
    expect(applyChange(list, { cursor: '8', kind: 'CANCELLED', bookingId: 'b1', booking: cancelled }, range)).toEqual([]);
    expect(applyChange(list, { cursor: '9', kind: 'UPDATED', bookingId: 'b1', booking: null }, range)).toEqual([]);
  });

  it('keeps a newer version when an older event arrives late (replay after reconnect)', () => {
    const list = [makeBooking({ version: 3, title: 'neu' })];
    const old = makeBooking({ version: 2, title: 'alt' });
    expect(applyChange(list, { cursor: '4', kind: 'UPDATED', bookingId: 'b1', booking: old }, range)).toBe(list);
  });

  it('keeps a long list sorted by start and id when bookings arrive, move and leave', () => {
    const at = (hour: number) => `2026-06-02T${String(hour).padStart(2, '0')}:00:00.000Z`;
    let list: readonly Booking[] = [];
    const changes = [7, 3, 12, 3, 9, 1, 15, 9].map((hour, index) => ({
      cursor: String(index + 1),
      kind: 'CREATED' as const,
      bookingId: `b${index}`,
      booking: makeBooking({ id: `b${index}`, start: at(hour), end: at(hour + 1) }),
    }));
    for (const change of changes) list = applyChange(list, change, range);
    const moved = makeBooking({ id: 'b2', version: 2, start: at(0), end: at(1) });
    list = applyChange(list, { cursor: '9', kind: 'UPDATED', bookingId: 'b2', booking: moved }, range);
    list = applyChange(list, { cursor: '10', kind: 'CANCELLED', bookingId: 'b4', booking: null }, range);
    const expected = [...list].sort((a, b) => Date.parse(a.start) - Date.parse(b.start) || a.id.localeCompare(b.id));
    expect(list.map((booking) => booking.id)).toEqual(expected.map((booking) => booking.id));
    expect(list.map((booking) => booking.id)).toEqual(['b2', 'b5', 'b1', 'b3', 'b0', 'b7', 'b6']);
  });

  it('leaves out a booking in a house the list does not hold, and drops one moved there', () => {
    const houseRange = { ...range, locationIds: ['l1'] };
    const elsewhere = makeBooking({
      id: 'x',
      room: { __typename: 'Room', id: 'r9', name: 'Saal', locationId: 'l2' } as Booking['room'],
    });
    const list = [makeBooking()];
    expect(applyChange(list, { cursor: '5', kind: 'CREATED', bookingId: 'x', booking: elsewhere }, houseRange)).toBe(list);
    const movedAway = { ...elsewhere, id: 'b1', version: 2 };
    expect(applyChange(list, { cursor: '6', kind: 'UPDATED', bookingId: 'b1', booking: movedAway }, houseRange)).toEqual([]);
  });
});
