/**
 * What the service worker keeps on the device and when it answers from it: pure rules, tested without a
 * worker. The worker (`serviceWorker.ts`) imports this file only; the app does not, so the worker's build
 * stays one file.
 */

/**
 * The shells' cache is v2: the worker of the releases before kept whatever page it was answered, and since the
 * calendar's page carries one person's answers, a shell it kept may hold them; a new name has the new worker's
 * activation drop the old cache.
 */
export const CACHES = { shell: 'kollektiv-shell-v2', assets: 'kollektiv-assets-v1', data: 'kollektiv-data-v1' } as const;

/** On an answer read from the device instead of the network: when it was fetched (ISO instant). */
export const FETCHED_AT_HEADER = 'x-kollektiv-fetched-at';

/**
 * The answers worth reading offline: who is signed in, the installation's facts, the calendar's directory,
 * the range's bookings and closed time, and one's own bookings. Everything else needs the network.
 */
export const OFFLINE_OPERATIONS: Readonly<Record<string, number>> = {
  Me: 1,
  AppInfo: 1,
  CalendarDirectory: 1,
  ClosedPeriods: 3,
  // the last few ranges looked at: today's day or week, and the one before or after
  BookingsInRange: 4,
  MyBookings: 2,
};

/** Writes that change who is signed in: what the device kept for the last person must go. */
export const SESSION_CHANGES = new Set(['Login', 'Logout', 'AcceptInvitation', 'ResetPassword']);

/** An entry of the build's `routes.json` (client/route-shells.ts): an address pattern and its shell. */
export interface RouteShell {
  pattern: string;
  shell: string;
}

/** The file a page's shell is kept under on the device: the route's own shell, else `index.html`. */
export function shellOf(pathname: string, routes: readonly RouteShell[]): string {
  return `/${routes.find((route) => new RegExp(route.pattern).test(pathname))?.shell ?? 'index.html'}`;
}

/**
 * Whether a page's answer may be kept as its shell. A signed-in member's calendar carries their first answers
 * (`server/src/http/first-answers.ts`, `no-store`): kept, it would show the next person on the device the last
 * one's bookings, and days old. The route's plain shell is kept instead.
 */
export function keepsAsShell(cacheControl: string | null): boolean {
  return !/\b(?:no-store|private)\b/i.test(cacheControl ?? '');
}

/**
 * The pages the server answers a signed-in member's first questions into (the calendar and the start page that
 * leads to it): from the network such a page costs one round trip, and its first script then asks nothing, so a
 * visit waits that long for the network before it takes the kept shell. Other pages' shells hold nothing the
 * network would add. (`server/src/http/first-answers.ts` and `first-answers/firstPaint.ts` name the same addresses.)
 */
export function carriesAnswers(pathname: string): boolean {
  return /^\/(?:calendar\/?)?$/.test(pathname);
}

/** How long a visit to such a page waits for the network: longer, and the link is too poor to be worth it (or gone). */
export const PAGE_NETWORK_WAIT_MS = 1500;

export type RequestKind = 'page' | 'asset' | 'query' | 'session-change' | 'other';

/**
 * How the worker treats a request of its own origin. A page is a navigation to one of the app's routes; other
 * addresses (a report's CSV, a calendar feed, the data download, /admin) go to the network as they are.
 */
export function requestKind(request: {
  method: string;
  mode: string;
  pathname: string;
  operation: GraphQLOperation | null;
  routes: readonly RouteShell[];
}): RequestKind {
  if (request.method === 'GET' && request.mode === 'navigate')
    return request.routes.some((route) => new RegExp(route.pattern).test(request.pathname)) ? 'page' : 'other';
  if (request.method === 'GET' && request.pathname.startsWith('/assets/')) return 'asset';
  if (request.method === 'POST' && request.pathname === '/graphql' && request.operation) {
    if (request.operation.type === 'mutation' && SESSION_CHANGES.has(request.operation.name)) return 'session-change';
    if (request.operation.type === 'query' && request.operation.name in OFFLINE_OPERATIONS) return 'query';
  }
  return 'other';
}

export interface GraphQLOperation {
  type: 'query' | 'mutation' | 'subscription';
  name: string;
}

/** The operation a GraphQL request body asks for; null for what is no such body. */
export function operationOf(body: string): GraphQLOperation | null {
  try {
    const parsed = JSON.parse(body) as { query?: unknown; operationName?: unknown };
    if (typeof parsed.query !== 'string') return null;
    const head = /^\s*(query|mutation|subscription)\s+(\w+)/.exec(parsed.query);
    if (!head) return null;
    const name = typeof parsed.operationName === 'string' ? parsed.operationName : head[2]!;
    return { type: head[1] as GraphQLOperation['type'], name };
  } catch {
    return null;
  }
}

/**
 * Whether an answer says nobody is signed in (`Me` answered null): a session that ended without signing out
 * (it expired, or was ended elsewhere). What the device kept for that person must go then too.
 */
export function saysSignedOut(operation: string, answer: string): boolean {
  if (operation !== 'Me') return false;
  try {
    return (JSON.parse(answer) as { data?: { me?: unknown } }).data?.me === null;
  } catch {
    return false;
  }
}

/** The address a query's answer is kept under: its operation, then a digest of the whole body (variables included). */
export function dataKey(operation: string, digestHex: string): string {
  return `/__offline/${operation}/${digestHex}`;
}

/** The kept answers of one operation to drop so that at most its share stays (the oldest first). */
export function beyondShare(keys: readonly string[], operation: string): string[] {
  const mine = keys.filter((key) => key.startsWith(`/__offline/${operation}/`));
  const share = OFFLINE_OPERATIONS[operation] ?? 0;
  return mine.slice(0, Math.max(0, mine.length - share));
}

/** The build's files a shell names (its scripts, preloads and styles), each once. */
export function assetsNamed(shell: string): string[] {
  return [...new Set([...shell.matchAll(/(?:src|href)="(\/assets\/[^"]+)"/g)].map((match) => match[1]!))];
}

/** Kept assets beyond this many go, the oldest first: each release adds its own hashed files. */
export const ASSETS_KEPT = 200;
