import type { Response } from 'express';
import { SESSION_COOKIE } from '../auth/session.service.js';
import type { SessionCookies } from '../graphql/context.js';
import type { Clock } from '../shared/clock.js';

export function readCookie(header: string | undefined, name: string): string | undefined {
  if (!header) return undefined;
  for (const part of header.split(';')) {
    const separator = part.indexOf('=');
    if (separator < 0) continue;
    if (part.slice(0, separator).trim() !== name) continue;
    try {
      return decodeURIComponent(part.slice(separator + 1).trim());
    } catch {
      return undefined;
    }
  }
  return undefined;
}

export function sessionCookies(response: Response, secure: boolean, clock: Clock): SessionCookies {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    setSession(token, expiresAt) {
      // a lifetime rather than a date: the browser counts it from its own clock, which need not be the server's
      response.cookie(SESSION_COOKIE, token, { ...base, maxAge: Math.max(0, expiresAt.getTime() - clock().getTime()) });
    },
    clearSession() {
      response.clearCookie(SESSION_COOKIE, base);
    },
  };
}
