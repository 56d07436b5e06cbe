import type { Loaders } from '../app/loaders.js';
import type { Services } from '../app/services.js';
import type { Viewer } from '../auth/viewer.js';
import type { AppError } from '../shared/errors.js';
import type { PendingSharedAnswer } from './shared-answers.js';
import type { SubscriptionTransport } from './transport.js';

/** Sets or clears the session cookie on the HTTP response; a no-op on WebSocket operations. */
export interface SessionCookies {
  setSession(token: string, expiresAt: Date): void;
  clearSession(): void;
}

export interface GraphQLContext {
  viewer: Viewer;
  services: Services;
  cookies: SessionCookies;
  loaders: Loaders;
  /** The client's address (behind a trusted proxy: from X-Forwarded-For), for rate limits and login throttling. */
  clientAddress: string;
  /**
   * Where links in e-mails, invitations and feed addresses point: PUBLIC_URL, or in development this server's
   * own address. Never the request's Host header, which whoever sends the request chooses.
   */
  linkBase: string;
  /** Names this HTTP request or WebSocket operation in log lines and errors' `extensions.requestId`. */
  requestId?: string;
  /** Set on operations that arrive over a WebSocket. */
  transport?: SubscriptionTransport;
  /** Set when this operation's answer may be kept for others of the same visibility class (`shared-answers.ts`). */
  sharedAnswer?: PendingSharedAnswer;
  /**
   * The pre-shaped path already read this request's range and found it over the bound (`bookings-answer.ts`):
   * the `bookings` resolver throws this rather than reading thousands of rows a second time to refuse them.
   */
  bookingsRefusal?: AppError;
}

export const NO_COOKIES: SessionCookies = { setSession() {}, clearSession() {} };
