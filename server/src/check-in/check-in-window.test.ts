import { describe, expect, it } from 'vitest';
import { checkInRefusal, releaseDue, type CheckInFacts } from './check-in-window.js';

const booking = (overrides: Partial<CheckInFacts> = {}): CheckInFacts => ({
  status: 'CONFIRMED',
  checkedInAt: null,
  start: new Date('2026-06-01T08:00:00Z'),
  end: new Date('2026-06-01T10:00:00Z'),
  ...overrides,
});
const at = (iso: string) => new Date(iso);

describe('when a booking may be checked in', () => {
  it.each([
    ['16 minutes before the start', '2026-06-01T07:44:00Z', 'CHECK_IN_NOT_OPEN'],
    ['15 minutes before the start', '2026-06-01T07:45:00Z', null],
    ['during it', '2026-06-01T09:59:59Z', null],
    ['at its end (half-open)', '2026-06-01T10:00:00Z', 'PAST_BOOKING'],
  ])('%s', (_name, now, refusal) => {
    expect(checkInRefusal(booking(), at(now))).toBe(refusal);
  });

  it.each([
    [{ checkedInAt: at('2026-06-01T07:50:00Z') }, 'ALREADY_CHECKED_IN'],
    [{ status: 'CANCELLED' as const }, 'ALREADY_CANCELLED'],
    [{ status: 'RELEASED' as const }, 'WRONG_STATUS'],
    [{ status: 'REQUESTED' as const }, 'WRONG_STATUS'],
    [{ status: 'HELD' as const }, 'WRONG_STATUS'],
  ])('refuses %o', (overrides, refusal) => {
    expect(checkInRefusal(booking(overrides), at('2026-06-01T08:00:00Z'))).toBe(refusal);
  });
});

describe('when a no-show is released', () => {
  it('after the grace period from the start, or from its making when that was later', () => {
    const start = at('2026-06-01T08:00:00Z');
    expect(releaseDue(start, at('2026-05-01T08:00:00Z'), 20)).toEqual(at('2026-06-01T08:20:00Z'));
    expect(releaseDue(start, at('2026-06-01T08:10:00Z'), 20)).toEqual(at('2026-06-01T08:30:00Z'));
  });

  it('on the timeline across the switch to summer time', () => {
    // 01:45 CET + 20 minutes = 03:05 CEST on 28 March 2027
    expect(releaseDue(at('2027-03-28T00:45:00Z'), at('2027-03-01T00:00:00Z'), 20)).toEqual(at('2027-03-28T01:05:00Z'));
  });
});
