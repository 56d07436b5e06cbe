import { GraphQLError } from 'graphql';
import type { Services } from '../app/services.js';
import type { Viewer } from '../auth/viewer.js';
import { isDatabaseUnavailable } from '../shared/database-errors.js';
import { AppError, ErrorCode, serviceUnavailable } from '../shared/errors.js';

/** A display token that is unknown or revoked: an answer, unlike a database that does not answer. */
export class CredentialsRefused extends GraphQLError {}

/**
 * Who a request is: a display token, when one is sent, must be valid (a wrong or revoked one is
 * refused, never silently downgraded to anonymous); otherwise the session cookie decides.
 */
export async function viewerForCredentials(
  services: Services,
  credentials: { sessionToken: string | undefined; displayToken: string | undefined },
): Promise<Viewer> {
  try {
    return await lookUpViewer(services, credentials);
  } catch (error) {
    if (!isDatabaseUnavailable(error)) throw error;
    // HTTP answers 503 rather than Apollo's 500 for a failed context; WebSockets close with 4500 and retry
    const unavailable = serviceUnavailable();
    throw new GraphQLError(unavailable.message, { originalError: unavailable, extensions: { http: { status: 503 } } });
  }
}

async function lookUpViewer(
  services: Services,
  credentials: { sessionToken: string | undefined; displayToken: string | undefined },
): Promise<Viewer> {
  if (credentials.displayToken !== undefined) {
    const display = await services.displayLinks.viewerForToken(credentials.displayToken);
    if (display) return display;
    const refusal = new AppError(ErrorCode.Unauthenticated, {}, 'display link unknown or revoked');
    throw new CredentialsRefused(refusal.message, { originalError: refusal, extensions: { http: { status: 401 } } });
  }
  return services.sessions.viewerForToken(credentials.sessionToken);
}
