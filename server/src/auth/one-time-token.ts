import { randomBytes } from 'node:crypto';
import { hashToken } from './session.service.js';

/** A long random token for a link (invitation, password reset); only its hash is stored. */
export function newOneTimeToken(): { token: string; tokenHash: string } {
  const token = randomBytes(32).toString('base64url');
  return { token, tokenHash: hashToken(token) };
}

/** Tokens look like base64url of 32 bytes; anything else is not worth a database lookup. */
export function isWellFormedToken(token: string): boolean {
  return /^[A-Za-z0-9_-]{43}$/.test(token);
}
