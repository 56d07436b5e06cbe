import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import type { Log } from '../shared/log.js';
import type { Metrics } from '../shared/metrics.js';
import { inRequestScope, newRequestId } from '../shared/request-scope.js';

/** Routes that load balancers and Prometheus ask every few seconds: counted, logged only at debug level. */
const PROBES = new Set(['/healthz', '/readyz', '/metrics']);

/**
 * The route a request is counted and logged under: one of a few fixed names, never the path itself, which
 * can hold a calendar feed's token or an MO's name and would grow the metrics without bound.
 */
export function routeLabel(path: string): string {
  if (path === '/graphql' || PROBES.has(path)) return path;
  for (const prefix of ['/ical/', '/reports/', '/assets/', '/me/', '/admin/people/'])
    if (path.startsWith(prefix)) return prefix.slice(0, -1);
  return 'other';
}

/**
 * Gives each HTTP request an id (answered as `X-Request-Id`, carried by its log lines and GraphQL errors),
 * counts it by route, method and status with its duration, and writes one log line when it is answered.
 */
export function observeRequests(metrics: Metrics, log: Log): RequestHandler {
  return (request, response, next) => {
    const requestId = newRequestId();
    const started = process.hrtime.bigint();
    response.locals.requestId = requestId;
    response.setHeader('X-Request-Id', requestId);
    const route = routeLabel(request.path);
    const method = ['GET', 'POST', 'HEAD', 'OPTIONS'].includes(request.method) ? request.method : 'other';
    response.once('close', () => {
      // a client that left before the answer: nginx's 499
      const status = response.writableFinished ? String(response.statusCode) : '499';
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      metrics.httpRequests.inc({ route, method, status });
      metrics.httpDuration.observe({ route, method }, seconds);
      const level = PROBES.has(route) || route === '/assets' ? 'debug' : response.statusCode >= 500 ? 'warn' : 'info';
      log.record?.(level, 'http request', { requestId, method, route, status: Number(status), ms: Math.round(seconds * 1000) });
    });
    inRequestScope(requestId, next);
  };
}

/**
 * Enters the request's scope again: a body parser calls on from its stream's events, where the scope that
 * `observeRequests` opened is lost.
 */
export const rescopeRequest: RequestHandler = (_request, response, next) => {
  const requestId = (response.locals as { requestId?: string }).requestId;
  if (requestId === undefined) next();
  else inRequestScope(requestId, next);
};

/**
 * GET /metrics in Prometheus' text format, only for `Authorization: Bearer <METRICS_TOKEN>`. Without a
 * configured token it does not exist (404): figures about the installation are not for the public. The
 * token is compared as SHA-256 digests in constant time, so the answer's timing tells nothing about it.
 */
export function metricsRoute(metrics: Metrics, token: string | undefined): RequestHandler {
  const expected = token === undefined ? null : createHash('sha256').update(token).digest();
  return async (request, response) => {
    response.set('Cache-Control', 'no-store');
    if (expected === null) return void response.status(404).end();
    const given = /^Bearer +(\S+)$/i.exec(request.get('authorization') ?? '')?.[1];
    const digest = createHash('sha256')
      .update(given ?? '')
      .digest();
    if (given === undefined || !timingSafeEqual(digest, expected)) {
      response.set('WWW-Authenticate', 'Bearer realm="metrics"').status(401).end();
      return;
    }
    response.type(metrics.registry.contentType).send(await metrics.registry.metrics());
  };
}

/** Open WebSockets and the subscriptions they hold, read when `/metrics` is asked. */
export function observeWebSockets(metrics: Metrics, counts: () => { sockets: number; subscriptions: number }): void {
  metrics.gauge('kollektiv_websocket_connections', 'Open WebSocket connections on this node.', async () => counts().sockets);
  metrics.gauge('kollektiv_graphql_subscriptions', 'GraphQL subscriptions open on this node.', async () => counts().subscriptions);
}
