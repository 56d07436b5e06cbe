import type { Response } from 'express';
import { SESSION_COOKIE } from '../auth/session.service.js';
import type { SessionCookies } from '../graphql/context.js';

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

export function sessionCookies(response: Response, secure: boolean): SessionCookies {
  const base = { httpOnly: true, sameSite: 'lax' as const, secure, path: '/' };
  return {
    setSession(token, expiresAt) {
      response.cookie(SESSION_COOKIE, token, { ...base, expires: expiresAt });
    },
    clearSession() {
      response.clearCookie(SESSION_COOKIE, base);
    },
  };
}
