/// <reference lib="webworker" />
import {
  ASSETS_KEPT,
  CACHES,
  FETCHED_AT_HEADER,
  PAGE_NETWORK_WAIT_MS,
  assetsNamed,
  beyondShare,
  carriesAnswers,
  dataKey,
  keepsAsShell,
  operationOf,
  requestKind,
  saysSignedOut,
  shellOf,
  type GraphQLOperation,
  type RouteShell,
} from './offlineRules.js';

/**
 * The app's service worker (`/sw.js`). A phone on mobile data should not wait half a second for the page's
 * shell on every visit, and a member in a course room without signal should still read today's bookings:
 * - page shells come from the device at once and are refreshed in the background for the next visit; the
 *   calendar, whose page carries a signed-in member's first answers, from the network if it answers in time;
 * - hashed assets come from the device once fetched (they never change);
 * - the answers people read offline (`OFFLINE_OPERATIONS`) go to the network first; when it cannot be
 *   reached, the last answer comes from the device, marked with when it was fetched (`FETCHED_AT_HEADER`);
 * - signing in or out forgets every kept answer, so the next person on the device does not read them; so
 *   does an answer that says nobody is signed in (a session that expired).
 */
declare const self: ServiceWorkerGlobalScope;

let routes: RouteShell[] = [];

async function loadRoutes(fromNetwork: boolean): Promise<void> {
  const shellCache = await caches.open(CACHES.shell);
  const request = new Request('/routes.json');
  let response = fromNetwork ? await fetch(request, { cache: 'no-cache' }).catch(() => undefined) : undefined;
  if (response?.ok) await shellCache.put(request, response.clone());
  else response = await shellCache.match(request);
  routes = response ? ((await response.json()) as RouteShell[]) : [];
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      await loadRoutes(true);
      // the shells of the pages open now (about a kilobyte each): the next visit to them needs no network
      // before it paints; other pages' shells are kept when first visited, so mobile data pays for no page
      // nobody opens
      const open = await self.clients.matchAll({ type: 'window', includeUncontrolled: true });
      const shells = [...new Set(['/index.html', ...open.map((client) => shellOf(new URL(client.url).pathname, routes))])];
      const shellCache = await caches.open(CACHES.shell);
      const texts = await Promise.all(
        shells.map(async (shell) => {
          const response = await fetch(shell, { cache: 'no-cache' });
          await shellCache.put(shell, response.clone());
          return response.text();
        }),
      );
      // and the files those shells name, kept now rather than when next asked: the page fetched them a moment ago,
      // so they come from the browser's cache, and a script kept while the worker installs is kept compiled too,
      // which spares a phone's slow CPU the compiling on the next visit
      const assetCache = await caches.open(CACHES.assets);
      await Promise.all(
        assetsNamed(texts.join('\n')).map(async (file) => {
          if (await assetCache.match(file)) return;
          // a file not kept now (no space left, say) is kept when next fetched: the install goes on
          const response = await fetch(file).catch(() => null);
          if (response?.ok) await assetCache.put(file, response).catch(() => undefined);
        }),
      );
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      const kept = new Set<string>(Object.values(CACHES));
      await Promise.all((await caches.keys()).filter((name) => !kept.has(name)).map((name) => caches.delete(name)));
      await self.clients.claim();
    })(),
  );
});

async function page(request: Request): Promise<Response> {
  const shellCache = await caches.open(CACHES.shell);
  const shell = shellOf(new URL(request.url).pathname, routes);
  const refresh = fetch(request).then((response) => {
    if (response.ok) {
      // kept beside the page's answer, not before it: the page does not wait for the device's storage
      const keeping = keepsAsShell(response.headers.get('cache-control'))
        ? shellCache.put(shell, response.clone())
        : fetch(shell, { cache: 'no-cache' }).then((plain) => (plain.ok ? shellCache.put(shell, plain) : undefined));
      keeping.catch(() => undefined);
    }
    return response;
  });
  const kept = await shellCache.match(shell);
  if (!kept) return refresh;
  // the next visit gets the newer shell (a new release)
  refresh.catch(() => undefined);
  if (carriesAnswers(new URL(request.url).pathname)) {
    // the page's answers cost the round trip its first script would spend asking them; kept, it paints now
    const fromNetwork = await Promise.race([
      refresh.then((response) => (response.ok ? response : null)).catch(() => null),
      new Promise<null>((resolve) => setTimeout(() => resolve(null), PAGE_NETWORK_WAIT_MS)),
    ]);
    if (fromNetwork) return fromNetwork;
  }
  return kept;
}

async function asset(request: Request): Promise<Response> {
  const assetCache = await caches.open(CACHES.assets);
  const kept = await assetCache.match(request);
  if (kept) return kept;
  const response = await fetch(request);
  if (response.ok) {
    await assetCache.put(request, response.clone());
    const keys = await assetCache.keys();
    await Promise.all(keys.slice(0, Math.max(0, keys.length - ASSETS_KEPT)).map((key) => assetCache.delete(key)));
  }
  return response;
}

async function digest(text: string): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(text)));
  return [...bytes].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

async function query(request: Request, body: string, operation: GraphQLOperation): Promise<Response> {
  const dataCache = await caches.open(CACHES.data);
  const key = dataKey(operation.name, await digest(body));
  try {
    const response = await fetch(request);
    if (response.ok) {
      if (saysSignedOut(operation.name, await response.clone().text())) await forgetAnswers(dataCache);
      const headers = new Headers(response.headers);
      headers.set(FETCHED_AT_HEADER, new Date().toISOString());
      await dataCache.put(key, new Response(await response.clone().blob(), { status: response.status, headers }));
      const stale = beyondShare(
        (await dataCache.keys()).map((entry) => new URL(entry.url).pathname),
        operation.name,
      );
      await Promise.all(stale.map((entry) => dataCache.delete(entry)));
    }
    return response;
  } catch (error) {
    const kept = await dataCache.match(key);
    if (kept) return kept;
    throw error;
  }
}

async function forgetAnswers(dataCache: Cache): Promise<void> {
  await Promise.all((await dataCache.keys()).map((key) => dataCache.delete(key)));
}

async function sessionChange(request: Request): Promise<Response> {
  await forgetAnswers(await caches.open(CACHES.data));
  return fetch(request);
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin) return;
  if (request.method === 'POST' && url.pathname === '/graphql') {
    event.respondWith(
      (async () => {
        const body = await request.clone().text();
        const operation = operationOf(body);
        const kind = requestKind({ method: request.method, mode: request.mode, pathname: url.pathname, operation, routes });
        if (kind === 'query' && operation) return query(request, body, operation);
        if (kind === 'session-change') return sessionChange(request);
        return fetch(request);
      })(),
    );
    return;
  }
  if (request.method === 'GET' && request.mode === 'navigate') {
    event.respondWith(
      (async () => {
        if (routes.length === 0) await loadRoutes(false);
        const kind = requestKind({ method: request.method, mode: request.mode, pathname: url.pathname, operation: null, routes });
        return kind === 'page' ? page(request) : fetch(request);
      })(),
    );
  } else if (requestKind({ method: request.method, mode: request.mode, pathname: url.pathname, operation: null, routes }) === 'asset')
    event.respondWith(asset(request));
});
