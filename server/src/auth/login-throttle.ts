import type { Clock } from '../shared/clock.js';

export interface LoginThrottleOptions {
  /** Failures allowed before any waiting. */
  freeFailures: number;
  /** The first wait; each further failure doubles it. */
  firstDelayMs: number;
  maxDelayMs: number;
}

interface Failures {
  count: number;
  lastAt: number;
}

/**
 * Exponential back-off after failed logins, kept per (account, address) pair, per account and per
 * address, each with its own allowance:
 * - the pair is throttled first (an attacker guessing one password from one place) and may wait long;
 * - the account alone waits at most a minute, so an attacker elsewhere cannot lock its owner out for long;
 * - the address alone is throttled only after many failures across accounts (credential stuffing), because
 *   a whole centre may share one address.
 * A successful login clears the pair and the account. Entries are forgotten a day after their last failure.
 */
export class LoginThrottle {
  private readonly failures = new Map<string, Failures>();

  constructor(
    private readonly clock: Clock,
    private readonly scopes = {
      pair: { freeFailures: 5, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 },
      account: { freeFailures: 10, firstDelayMs: 1000, maxDelayMs: 60_000 },
      address: { freeFailures: 50, firstDelayMs: 1000, maxDelayMs: 15 * 60_000 },
    } satisfies Record<string, LoginThrottleOptions>,
  ) {}

  private keys(account: string, address: string) {
    return {
      pair: `pair:${account}|${address}`,
      account: `account:${account}`,
      address: `address:${address}`,
    } as const;
  }

  /** Milliseconds until this account may try again from this address; 0 when it may now. */
  waitMs(account: string, address: string): number {
    const now = this.clock().getTime();
    let wait = 0;
    for (const [scope, key] of Object.entries(this.keys(account, address)) as Array<[keyof typeof this.scopes, string]>) {
      const entry = this.failures.get(key);
      if (!entry) continue;
      const options = this.scopes[scope];
      const over = entry.count - options.freeFailures;
      if (over < 0) continue;
      const delay = Math.min(options.firstDelayMs * 2 ** over, options.maxDelayMs);
      wait = Math.max(wait, entry.lastAt + delay - now);
    }
    return Math.max(0, wait);
  }

  failed(account: string, address: string): void {
    const now = this.clock().getTime();
    this.forgetOld(now);
    for (const key of Object.values(this.keys(account, address))) {
      const entry = this.failures.get(key) ?? { count: 0, lastAt: now };
      this.failures.set(key, { count: entry.count + 1, lastAt: now });
    }
  }

  succeeded(account: string, address: string): void {
    const keys = this.keys(account, address);
    this.failures.delete(keys.pair);
    this.failures.delete(keys.account);
  }

  private forgetOld(now: number): void {
    if (this.failures.size < 10_000) return;
    for (const [key, entry] of this.failures) if (now - entry.lastAt > 86_400_000) this.failures.delete(key);
  }
}
