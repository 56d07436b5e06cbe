import { describe, expect, it } from 'vitest';
import { ADVISORY_LOCK } from './advisory-locks.js';

describe('advisory lock registry', () => {
  it('gives every lock its own number', () => {
    const numbers = Object.values(ADVISORY_LOCK);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it('keeps every number a 32-bit integer, usable as the first key of the two-key form', () => {
    for (const key of Object.values(ADVISORY_LOCK)) {
      expect(Number.isInteger(key)).toBe(true);
      expect(key).toBeGreaterThanOrEqual(-(2 ** 31));
      expect(key).toBeLessThan(2 ** 31);
    }
  });
});
