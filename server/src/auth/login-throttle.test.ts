import { describe, expect, it } from 'vitest';
import { LoginThrottle } from './login-throttle.js';

function fakeClock() {
  let now = Date.parse('2026-06-01T08:00:00Z');
  const clock = () => new Date(now);
  return Object.assign(clock, { advance: (ms: number) => (now += ms) });
}

describe('LoginThrottle', () => {
  it('lets five wrong passwords pass, then doubles the wait with every further failure', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 5; i++) {
      expect(throttle.waitMs('a@x', '1.2.3.4')).toBe(0);
      throttle.failed('a@x', '1.2.3.4');
    }
    expect(throttle.waitMs('a@x', '1.2.3.4')).toBe(1000);
    clock.advance(1000);
    throttle.failed('a@x', '1.2.3.4');
    expect(throttle.waitMs('a@x', '1.2.3.4')).toBe(2000);
    clock.advance(2000);
    throttle.failed('a@x', '1.2.3.4');
    expect(throttle.waitMs('a@x', '1.2.3.4')).toBe(4000);
  });

  it('caps the wait of the guessing address at 15 minutes', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 40; i++) throttle.failed('a@x', '1.2.3.4');
    expect(throttle.waitMs('a@x', '1.2.3.4')).toBe(15 * 60_000);
  });

  it('does not lock the real person out for more than a minute from another address', () => {
    const clock = fakeClock();
    const throttle = new LoginThrottle(clock);
    for (let i = 0; i < 200; i++) throttle.failed('a@x', '6.6.6.6');
    expect(throttle.waitMs('a@x', '10.0.0.1')).toBeLessThanOrEqual(60_000);
    clock.advance(60_000);
    expect(throttle.waitMs('a@x', '10.0.0.1')).toBe(0);
  });

  it('throttles one address that tries many accounts', () => {
    const throttle = new LoginThrottle(fakeClock());
    for (let i = 0; i < 60; i++) throttle.failed(`user${i}@x`, '6.6.6.6');
    expect(throttle.waitMs('fresh@x', '6.6.6.6')).toBeGreaterThan(0);
    expect(throttle.waitMs('fresh@x', '10.0.0.1')).toBe(0);
  });

  it('forgets the account’s failures after a successful login', () => {
    const throttle = new LoginThrottle(fakeClock());
    for (let i = 0; i < 7; i++) throttle.failed('a@x', '1.2.3.4');
    throttle.succeeded('a@x', '1.2.3.4');
    expect(throttle.waitMs('a@x', '1.2.3.4')).toBe(0);
  });
});
