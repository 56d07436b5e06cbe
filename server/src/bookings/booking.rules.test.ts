import { describe, expect, it } from 'vitest';
import { AppError, ErrorCode } from '../shared/errors.js';
import {
  checkAttendees,
  checkOrganizationQuota,
  weekOf,
  checkNotInPast,
  checkTimeRange,
  checkWithinHorizon,
  normalizeNotes,
  normalizeTitle,
} from './booking.rules.js';

function refusal(rule: () => void): { code: string; field: unknown } | null {
  try {
    rule();
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { code: error.code, field: (error.details as { field?: unknown }).field };
  }
}

describe('checkTimeRange', () => {
  it.each([
    ['a normal two-hour slot', '2026-06-01T08:00:00Z', '2026-06-01T10:00:00Z', null],
    ['exactly twelve hours', '2026-06-01T06:00:00Z', '2026-06-01T18:00:00Z', null],
    ['twelve hours and a quarter', '2026-06-01T06:00:00Z', '2026-06-01T18:15:00Z', 'end'],
    ['zero length', '2026-06-01T08:00:00Z', '2026-06-01T08:00:00Z', 'end'],
    ['end before start', '2026-06-01T10:00:00Z', '2026-06-01T08:00:00Z', 'end'],
    ['start off the 15-minute grid', '2026-06-01T08:10:00Z', '2026-06-01T09:00:00Z', 'start'],
    ['end off the 15-minute grid', '2026-06-01T08:00:00Z', '2026-06-01T09:05:00Z', 'end'],
    ['seconds off the grid', '2026-06-01T08:00:30Z', '2026-06-01T09:00:00Z', 'start'],
    // Autumn switch: 00:00–12:00 local on 25 Oct 2026 is 13 real hours.
    ['13 real hours on the autumn switch day', '2026-10-24T22:00:00Z', '2026-10-25T11:00:00Z', 'end'],
    // Spring switch: 00:00–13:00 local on 29 Mar 2026 is 12 real hours.
    ['12 real hours on the spring switch day', '2026-03-28T23:00:00Z', '2026-03-29T11:00:00Z', null],
  ])('%s', (_name, start, end, field) => {
    const result = refusal(() => checkTimeRange(new Date(start), new Date(end)));
    expect(result).toEqual(field === null ? null : { code: ErrorCode.BadUserInput, field });
  });
});

describe('normalizeTitle', () => {
  it('trims and keeps 1–120 characters', () => {
    expect(normalizeTitle('  Chorprobe  ')).toBe('Chorprobe');
    expect(normalizeTitle('x'.repeat(120))).toHaveLength(120);
    expect(refusal(() => normalizeTitle('   '))).toEqual({ code: ErrorCode.BadUserInput, field: 'title' });
    expect(refusal(() => normalizeTitle('x'.repeat(121)))).toEqual({ code: ErrorCode.BadUserInput, field: 'title' });
  });

  it('counts characters, not bytes, for non-Latin titles', () => {
    expect(normalizeTitle('بروفة الكورال')).toBe('بروفة الكورال');
  });
});

describe('normalizeNotes', () => {
  it('turns blank notes into null and refuses very long ones', () => {
    expect(normalizeNotes('  ')).toBeNull();
    expect(normalizeNotes(undefined)).toBeNull();
    expect(refusal(() => normalizeNotes('x'.repeat(2001)))).toEqual({ code: ErrorCode.BadUserInput, field: 'notes' });
  });
});

describe('checkAttendees', () => {
  it.each([
    [null, 10, null],
    [10, 10, null],
    [11, 10, 'expectedAttendees'],
    [0, 10, 'expectedAttendees'],
    [2.5, 10, 'expectedAttendees'],
  ])('%s people in a room for %s', (attendees, capacity, field) => {
    const result = refusal(() => checkAttendees(attendees, capacity));
    expect(result?.field ?? null).toBe(field);
  });
});

describe('checkNotInPast', () => {
  it('refuses a start before now and accepts now', () => {
    const now = new Date('2026-06-01T08:00:00Z');
    expect(refusal(() => checkNotInPast(new Date('2026-06-01T07:45:00Z'), now))?.field).toBe('start');
    expect(refusal(() => checkNotInPast(now, now))).toBeNull();
  });
});

describe('checkWithinHorizon', () => {
  it('accepts a start two years ahead and refuses one beyond', () => {
    const now = new Date('2026-06-01T08:00:00Z');
    expect(refusal(() => checkWithinHorizon(new Date('2028-05-31T08:00:00Z'), now, 730))).toBeNull();
    expect(refusal(() => checkWithinHorizon(new Date('2028-06-01T08:15:00Z'), now, 730))?.field).toBe('start');
    expect(refusal(() => checkWithinHorizon(new Date('9999-01-01T08:00:00Z'), now, 730))?.field).toBe('start');
  });
});

describe('checkOrganizationQuota', () => {
  const quota = { bookingsPerDay: 12, hoursPerDay: 12, hoursPerWeek: 40 };
  const reasonOf = (action: () => void) => {
    try {
      action();
      return null;
    } catch (error) {
      return (error as { details?: { reason?: string } }).details?.reason ?? 'not a refusal';
    }
  };

  it.each([
    ['below every quota', [{ day: '2026-12-08', bookings: 11, hours: 9 }], [{ day: '2026-12-08', hours: 3 }], null],
    [
      'the thirteenth booking of a day',
      [{ day: '2026-12-08', bookings: 12, hours: 6 }],
      [{ day: '2026-12-08', hours: 0.5 }],
      'DAILY_QUOTA_REACHED',
    ],
    [
      'the thirteenth hour of a day',
      [{ day: '2026-12-08', bookings: 2, hours: 10 }],
      [{ day: '2026-12-08', hours: 2.25 }],
      'DAILY_HOURS_REACHED',
    ],
    ['exactly twelve hours', [{ day: '2026-12-08', bookings: 2, hours: 9.75 }], [{ day: '2026-12-08', hours: 2.25 }], null],
    [
      'the forty-first hour of a week, Monday to Sunday',
      [
        { day: '2026-12-07', bookings: 3, hours: 12 },
        { day: '2026-12-09', bookings: 3, hours: 12 },
        { day: '2026-12-11', bookings: 3, hours: 12 },
      ],
      [{ day: '2026-12-13', hours: 4.5 }],
      'WEEKLY_HOURS_REACHED',
    ],
    ['the next week is a new week', [{ day: '2026-12-13', bookings: 4, hours: 40 }], [{ day: '2026-12-14', hours: 12 }], null],
    [
      'a daily series of six hours in Christmas week, judged date by date: the seventh date passes forty hours',
      [],
      Array.from({ length: 8 }, (_, index) => ({ day: `2026-12-${21 + index}`, hours: 6 })),
      'WEEKLY_HOURS_REACHED',
    ],
  ] as const)('%s', (_why, held, wanted, expected) => {
    expect(reasonOf(() => checkOrganizationQuota(held, wanted, quota))).toBe(expected);
  });

  it('counts a week from Monday, across the turn of a year and a leap day', () => {
    expect(weekOf('2026-12-31')).toBe('2026-12-28');
    expect(weekOf('2027-01-03')).toBe('2026-12-28');
    expect(weekOf('2027-01-04')).toBe('2027-01-04');
    expect(weekOf('2028-02-29')).toBe('2028-02-28');
    expect(weekOf('2027-03-28')).toBe('2027-03-22');
  });
});
