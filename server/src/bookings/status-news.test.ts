import { describe, expect, it } from 'vitest';
import { statusNews } from './status-news.js';

describe('statusNews', () => {
  it.each([
    [null, 'HELD', 'OFFERED'],
    ['REQUESTED', 'CONFIRMED', 'APPROVED'],
    ['REQUESTED', 'DECLINED', 'DECLINED'],
    ['REQUESTED', 'LAPSED', 'LAPSED'],
    ['HELD', 'LAPSED', 'LAPSED'],
    ['CONFIRMED', 'RELEASED', 'RELEASED'],
  ] as const)('tells the MO of %s → %s as %s', (before, after, news) => {
    expect(statusNews(before, after)).toBe(news);
  });

  it.each([
    [null, 'CONFIRMED'],
    [null, 'REQUESTED'],
    ['HELD', 'CONFIRMED'],
    ['CONFIRMED', 'CONFIRMED'],
    ['CONFIRMED', 'CANCELLED'],
    ['REQUESTED', 'REQUESTED'],
  ] as const)('has no news of %s → %s (a booking, a cancellation, the MO taking up an offer)', (before, after) => {
    expect(statusNews(before, after)).toBeNull();
  });
});
