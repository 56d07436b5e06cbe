import type { IncomingMessage } from 'node:http';

/**
 * Whether a browser request comes from the app's own pages: its `Origin` must be PUBLIC_URL's origin
 * when that is set, else the origin of the host it was sent to. A request without `Origin` is not from
 * a browser page (a script, a wall display's own client), and authenticates by token, not by cookie.
 */
export function isOwnOrigin(request: IncomingMessage, publicUrl: string | undefined): boolean {
  const origin = request.headers.origin;
  if (origin === undefined) return true;
  let parsed: URL;
  try {
    parsed = new URL(origin);
  } catch {
    return false;
  }
  if (publicUrl) return parsed.origin === new URL(publicUrl).origin;
  return parsed.host === request.headers.host;
}
