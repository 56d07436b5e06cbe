import { describe, expect, it } from 'vitest';
import { dayRange, pages, roomNow } from './nowNext.js';

const BERLIN = 'Europe/Berlin';
const booking = (id: string, start: string, end: string) => ({ id, start, end });

describe('dayRange', () => {
  it('is midnight to midnight in Berlin', () => {
    expect(dayRange(new Date('2026-06-01T21:59:00Z'), BERLIN)).toEqual({
      from: '2026-06-01T00:00:00.000+02:00',
      to: '2026-06-02T00:00:00.000+02:00',
      day: '2026-06-01',
    });
  });

  it('rolls over at local midnight, not at UTC midnight', () => {
    expect(dayRange(new Date('2026-06-01T22:00:00Z'), BERLIN).day).toBe('2026-06-02');
  });

  it('is 23 hours on the spring switch and 25 on the autumn switch', () => {
    const spring = dayRange(new Date('2026-03-29T10:00:00Z'), BERLIN);
    expect(Date.parse(spring.to) - Date.parse(spring.from)).toBe(23 * 3600_000);
    const autumn = dayRange(new Date('2026-10-25T10:00:00Z'), BERLIN);
    expect(Date.parse(autumn.to) - Date.parse(autumn.from)).toBe(25 * 3600_000);
  });
});

describe('roomNow', () => {
  const dayEnd = '2026-06-02T00:00:00+02:00';
  const bookings = [
    booking('a', '2026-06-01T10:00:00+02:00', '2026-06-01T12:00:00+02:00'),
    booking('b', '2026-06-01T12:00:00+02:00', '2026-06-01T13:00:00+02:00'),
    booking('c', '2026-06-01T18:00:00+02:00', '2026-06-01T20:00:00+02:00'),
  ];

  it('is free until the next booking before it starts', () => {
    expect(roomNow(bookings, new Date('2026-06-01T07:00:00Z'), dayEnd)).toMatchObject({
      current: null,
      next: { id: 'a' },
      freeUntil: '2026-06-01T10:00:00+02:00',
      freeRestOfDay: false,
    });
  });

  it('shows the current booking with its progress, and the next one', () => {
    expect(roomNow(bookings, new Date('2026-06-01T08:30:00Z'), dayEnd)).toMatchObject({
      current: { id: 'a' },
      progress: 0.25,
      next: { id: 'b' },
      freeUntil: null,
    });
  });

  it('switches exactly at the end: [10, 12) then [12, 13)', () => {
    expect(roomNow(bookings, new Date('2026-06-01T10:00:00Z'), dayEnd)).toMatchObject({
      current: { id: 'b' },
      progress: 0,
      next: { id: 'c' },
    });
  });

  it('is free for the rest of the day after the last booking', () => {
    expect(roomNow(bookings, new Date('2026-06-01T18:00:00Z'), dayEnd)).toMatchObject({ current: null, next: null, freeRestOfDay: true });
  });

  it('does not count a booking of tomorrow as "next" late in the evening', () => {
    const tomorrow = [booking('t', '2026-06-02T09:00:00+02:00', '2026-06-02T10:00:00+02:00')];
    expect(roomNow(tomorrow, new Date('2026-06-01T21:30:00Z'), dayEnd)).toMatchObject({ next: null, freeRestOfDay: true });
  });

  it('counts progress in real time across the spring switch', () => {
    // 01:00 CET to 04:00 CEST is two real hours; at 03:00 CEST one hour has passed
    const night = [booking('n', '2026-03-29T01:00:00+01:00', '2026-03-29T04:00:00+02:00')];
    expect(roomNow(night, new Date('2026-03-29T01:00:00Z'), '2026-03-30T00:00:00+02:00').progress).toBe(0.5);
  });
});

describe('pages', () => {
  it('splits rooms into pages that fit', () => {
    expect(pages([1, 2, 3, 4, 5], 2)).toEqual([[1, 2], [3, 4], [5]]);
    expect(pages([], 4)).toEqual([[]]);
  });
});

describe('roomNow with closed time', () => {
  const dayEnd = '2026-06-02T00:00:00+02:00';
  const closed = [
    { start: '2026-06-01T00:00:00+02:00', end: '2026-06-01T09:00:00+02:00' },
    { start: '2026-06-01T12:00:00+02:00', end: '2026-06-01T14:00:00+02:00' },
    { start: '2026-06-01T14:00:00+02:00', end: '2026-06-01T15:00:00+02:00' },
    { start: '2026-06-01T21:00:00+02:00', end: dayEnd },
  ];
  const evening = [booking('e', '2026-06-01T19:00:00+02:00', '2026-06-01T20:00:00+02:00')];

  it('is free only until closed time begins, even with a booking later', () => {
    expect(roomNow(evening, new Date('2026-06-01T10:00:00+02:00'), dayEnd, closed)).toMatchObject({
      closed: false,
      freeUntil: '2026-06-01T12:00:00+02:00',
      freeRestOfDay: false,
      next: { id: 'e' },
    });
  });

  it('is closed until the last of the stretches that meet, and never "free"', () => {
    expect(roomNow(evening, new Date('2026-06-01T12:30:00+02:00'), dayEnd, closed)).toMatchObject({
      closed: true,
      closedUntil: '2026-06-01T13:00:00.000Z',
      freeUntil: null,
      freeRestOfDay: false,
    });
  });

  it('is closed for the rest of the day after closing time', () => {
    expect(roomNow([], new Date('2026-06-01T21:30:00+02:00'), dayEnd, closed)).toMatchObject({
      closed: true,
      closedUntil: null,
      freeRestOfDay: false,
    });
  });

  it('shows a booking kept inside closed time as going on', () => {
    const kept = [booking('k', '2026-06-01T12:00:00+02:00', '2026-06-01T13:00:00+02:00')];
    expect(roomNow(kept, new Date('2026-06-01T12:30:00+02:00'), dayEnd, closed)).toMatchObject({ current: { id: 'k' }, closed: false });
  });

  it('is free until closing time, not for the rest of the day', () => {
    expect(roomNow([], new Date('2026-06-01T16:00:00+02:00'), dayEnd, closed)).toMatchObject({
      freeUntil: '2026-06-01T21:00:00+02:00',
      freeRestOfDay: false,
    });
  });
});
