import type { Clock } from './clock.js';

export type RateDecision = { allowed: true } | { allowed: false; retryAfterMs: number };

interface Bucket {
  tokens: number;
  updatedAt: number;
}

/**
 * Token buckets by key (a client address, a session): `perMinute` requests a minute on average, up to
 * `burst` at once. Memory stays bounded: past `maxKeys` the least recently used keys are forgotten,
 * which only ever makes a limit more lenient. Each app process keeps its own buckets; behind a proxy
 * with N replicas a client gets at most N times the rate, and nginx limits the total in front.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, Bucket>();
  private readonly refillPerMs: number;

  constructor(
    private readonly clock: Clock,
    readonly perMinute: number,
    readonly burst: number = Math.max(10, Math.ceil(perMinute / 4)),
    private readonly maxKeys = 50_000,
  ) {
    this.refillPerMs = perMinute / 60_000;
  }

  take(key: string, cost = 1): RateDecision {
    const now = this.clock().getTime();
    const bucket = this.buckets.get(key) ?? { tokens: this.burst, updatedAt: now };
    bucket.tokens = Math.min(this.burst, bucket.tokens + (now - bucket.updatedAt) * this.refillPerMs);
    bucket.updatedAt = now;
    // re-inserting moves the key to the end, so the first keys are the least recently used
    this.buckets.delete(key);
    this.buckets.set(key, bucket);
    if (this.buckets.size > this.maxKeys) this.buckets.delete(this.buckets.keys().next().value as string);
    if (bucket.tokens >= cost) {
      bucket.tokens -= cost;
      return { allowed: true };
    }
    return { allowed: false, retryAfterMs: Math.ceil((cost - bucket.tokens) / this.refillPerMs) };
  }
}
