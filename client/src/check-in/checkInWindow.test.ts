import { describe, expect, it } from 'vitest';
import { checkInState, releasedAt } from './checkInWindow.js';

const booking = { status: 'CONFIRMED', checkedInAt: null, start: '2026-06-01T08:00:00Z', end: '2026-06-01T10:00:00Z' };

describe('checkInState', () => {
  it.each([
    ['2026-06-01T07:44:59Z', 'early'],
    ['2026-06-01T07:45:00Z', 'open'],
    ['2026-06-01T09:59:59Z', 'open'],
    ['2026-06-01T10:00:00Z', 'over'],
  ])('at %s: %s', (now, state) => {
    expect(checkInState(booking, new Date(now))).toBe(state);
  });

  it('says done once checked in, none for a booking that no longer holds the room', () => {
    const now = new Date('2026-06-01T08:00:00Z');
    expect(checkInState({ ...booking, checkedInAt: '2026-06-01T07:50:00Z' }, now)).toBe('done');
    expect(checkInState({ ...booking, status: 'RELEASED' }, now)).toBe('none');
    expect(checkInState({ ...booking, status: 'REQUESTED' }, now)).toBe('none');
  });

  it('releases after the grace period', () => {
    expect(releasedAt(booking, 20).toISOString()).toBe('2026-06-01T08:20:00.000Z');
  });
});
