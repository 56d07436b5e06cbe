import { describe, expect, it } from 'vitest';
import { RateLimiter } from './rate-limiter.js';

function clockAt(start: number) {
  let now = start;
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => (now += ms) });
}

describe('RateLimiter', () => {
  it('allows a burst, then refuses with the time until the next token', () => {
    const clock = clockAt(0);
    const limiter = new RateLimiter(clock, 60, 5);
    for (let i = 0; i < 5; i++) expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('a')).toEqual({ allowed: false, retryAfterMs: 1000 });
    clock.advance(1000);
    expect(limiter.take('a').allowed).toBe(true);
  });

  it('keeps keys apart', () => {
    const limiter = new RateLimiter(clockAt(0), 60, 1);
    expect(limiter.take('a').allowed).toBe(true);
    expect(limiter.take('b').allowed).toBe(true);
    expect(limiter.take('a').allowed).toBe(false);
  });

  it('forgets the least recently used keys past its size, so memory stays bounded', () => {
    const limiter = new RateLimiter(clockAt(0), 60, 1, 2);
    limiter.take('a');
    limiter.take('b');
    limiter.take('c');
    expect(limiter.take('a').allowed).toBe(true);
  });
});
