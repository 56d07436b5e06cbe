import { describe, expect, it } from 'vitest';
import { holdsSlot, isUnconfirmed } from './bookingStatus.js';

describe('booking statuses', () => {
  it.each([
    ['REQUESTED', true, true],
    ['HELD', true, true],
    ['CONFIRMED', true, false],
    ['CANCELLED', false, false],
    ['DECLINED', false, false],
    ['LAPSED', false, false],
    ['RELEASED', false, false],
  ] as const)('%s holds its slot: %s, is not confirmed yet: %s', (status, holds, unconfirmed) => {
    expect(holdsSlot(status)).toBe(holds);
    expect(isUnconfirmed(status)).toBe(unconfirmed);
  });
});
