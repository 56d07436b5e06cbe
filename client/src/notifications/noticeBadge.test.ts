import { describe, expect, it } from 'vitest';
import { isNoticeCue, noticeCount } from './noticeBadge.js';

describe('the header badge of notices', () => {
  it('refreshes after a change by someone else, not after one of the reader nor one whose actor is hidden', () => {
    expect(isNoticeCue({ actorId: 'staff-1' }, 'member-1')).toBe(true);
    expect(isNoticeCue({ actorId: 'member-1' }, 'member-1')).toBe(false);
    expect(isNoticeCue({ actorId: null }, 'member-1')).toBe(false);
  });

  it('counts the notices of every kind', () => {
    expect(noticeCount([1, 2], [], [3])).toBe(3);
    expect(noticeCount()).toBe(0);
  });
});
