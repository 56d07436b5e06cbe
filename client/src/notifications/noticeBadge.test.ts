import { describe, expect, it } from 'vitest';
import { isNoticeCue, noticeCount } from './noticeBadge.js';

describe('the header badge of notices', () => {
  it('refreshes after a change by someone else, not after one of the reader nor one whose actor is hidden', () => {
    expect(isNoticeCue({ actorId: 'staff-1' }, 'member-1')).toBe(true);
    expect(isNoticeCue({ actorId: 'member-1' }, 'member-1')).toBe(false);
    expect(isNoticeCue({ actorId: null }, 'member-1')).toBe(false);
    expect(isNoticeCue({ actorId: null, booking: { status: 'CONFIRMED' } }, 'member-1')).toBe(false);
  });

  it('refreshes after what the timers decided: a lapsed request or offer, a released room, an offer made', () => {
    for (const status of ['LAPSED', 'RELEASED', 'HELD'] as const)
      expect(isNoticeCue({ actorId: null, booking: { status } }, 'member-1')).toBe(true);
  });

  it('counts the notices of every kind', () => {
    expect(noticeCount([1, 2], [], [3])).toBe(3);
    expect(noticeCount()).toBe(0);
  });
});
