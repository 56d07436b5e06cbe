import type { IncomingMessage } from 'node:http';
import type { RequestHandler } from 'express';
import { SESSION_COOKIE } from '../auth/session.service.js';
import type { RateLimits } from '../config.js';
import type { Clock } from '../shared/clock.js';
import { errorBody } from '../graphql/format-error.js';
import { tooManyRequests } from '../shared/errors.js';
import { RateLimiter, type RateDecision } from '../shared/rate-limiter.js';
import type { ClientAddress } from './client-address.js';
import { readCookie } from './cookies.js';

const DISPLAY_TOKEN_HEADER = 'x-display-token';

/**
 * Fair shares of the server, per client address and per credential (session cookie or display token),
 * for HTTP requests and WebSocket operations alike: one stranger cannot slow everyone else down.
 */
export class RequestRates {
  private readonly byAddress: RateLimiter;
  private readonly byCredential: RateLimiter;

  constructor(clock: Clock, limits: RateLimits) {
    this.byAddress = new RateLimiter(clock, limits.perMinutePerAddress);
    this.byCredential = new RateLimiter(clock, limits.perMinutePerSession);
  }

  take(address: string, credential: string | undefined): RateDecision {
    const byAddress = this.byAddress.take(address);
    if (!byAddress.allowed) return byAddress;
    return credential === undefined ? byAddress : this.byCredential.take(credential);
  }
}

/** The credential a request carries, as a rate-limit key (never logged). */
export function credentialKey(request: IncomingMessage, displayToken?: string): string | undefined {
  const session = readCookie(request.headers.cookie, SESSION_COOKIE);
  if (session) return `session:${session}`;
  const header = request.headers[DISPLAY_TOKEN_HEADER];
  const token = displayToken ?? (typeof header === 'string' ? header : undefined);
  return token ? `display:${token}` : undefined;
}

/** 429 with `Retry-After` and a typed body, before the request reaches Apollo. */
export function rateLimitMiddleware(rates: RequestRates, clientAddress: ClientAddress): RequestHandler {
  return (request, response, next) => {
    const decision = rates.take(clientAddress(request), credentialKey(request));
    if (decision.allowed) return next();
    const refusal = tooManyRequests(decision.retryAfterMs);
    response.status(429).set('retry-after', String(refusal.details.retryAfterSeconds)).json(errorBody(refusal));
  };
}
