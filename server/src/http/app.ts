import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { expressMiddleware } from '@as-integrations/express5';
import compression from 'compression';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import type { Services } from '../app/services.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import type { Viewer } from '../auth/viewer.js';
import type { AppError } from '../shared/errors.js';
import type { OperationLimits, RateLimits } from '../config.js';
import { createLoaders } from '../app/loaders.js';
import type { GraphQLContext } from '../graphql/context.js';
import { viewerForCredentials } from '../graphql/credentials.js';
import { MAX_BODY_BYTES, bodyParserAnswer, type FormatErrorOptions } from '../graphql/format-error.js';
import { OperationGate } from '../graphql/operation-gate.js';
import { PreShapedBookings } from '../bookings/bookings-answer.js';
import { SharedAnswers, sharedAnswerMiddleware, type PendingSharedAnswer } from '../graphql/shared-answers.js';
import type { Log } from '../shared/log.js';
import { clientAddressFor } from './client-address.js';
import { readCookie, sessionCookies } from './cookies.js';
import { RequestRates, credentialKey, rateLimitMiddleware } from './rate-limit.js';
import { securityHeaders } from './security-headers.js';
import { downloadRoutes } from './downloads.js';
import { staticFiles } from './static-files.js';
import { linkPreviewRoutes } from './link-previews.js';
import { HOUSES_TIME_ZONE, firstAnswerRoutes } from './first-answers.js';
import { startApollo } from './apollo.js';
import { healthRoute, readinessRoute } from './health.js';
import { metricsRoute, observeRequests, observeWebSockets, rescopeRequest } from './observability.js';
import { HttpDrain, type DrainTimes } from './drain.js';
import { listenForSessionSignals } from './session-signals.js';
import { createWebSocketServer } from './websocket.js';

export { SESSION_ENDED_CLOSE_CODE } from './websocket.js';

export interface HttpOptions {
  production: boolean;
  cookieSecure: boolean;
  clientDist: string | null;
  log: Log;
  publicUrl: string | undefined;
  /** Where links point: PUBLIC_URL, or this server's own address once it listens (`GraphQLContext.linkBase`). */
  linkBase: () => string;
  trustProxy: boolean | number | string;
  rateLimits: RateLimits | null;
  operationLimits: OperationLimits;
  /** `GET /metrics` answers only with this bearer token; none: no metrics. */
  metricsToken: string | undefined;
}

export interface HttpApp {
  server: http.Server;
  /**
   * Takes no new connections, tells every WebSocket to reconnect elsewhere (1012), lets requests in flight
   * and on kept-alive connections finish (`http/drain.ts`), then stops Apollo.
   */
  stop(times: DrainTimes): Promise<void>;
}

/** Wires HTTP, WebSocket and Apollo on one server. No business rules live here. */
export async function createHttpApp(schema: GraphQLSchema, services: Services, options: HttpOptions): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy);
  const server = http.createServer(app);
  const drain = new HttpDrain(server);
  const clientAddress = clientAddressFor(options.trustProxy);
  const rates = options.rateLimits ? new RequestRates(services.clock, options.rateLimits) : null;
  const gate = new OperationGate(schema, { limits: options.operationLimits, production: options.production });
  const format: FormatErrorOptions = {
    logUnexpected: (error) => options.log('unexpected error in a GraphQL operation', error),
    hideSchemaDetails: options.production,
  };

  const websocket = createWebSocketServer(server, {
    schema,
    services,
    gate,
    limits: options.operationLimits,
    rates,
    clientAddress,
    publicUrl: options.publicUrl,
    linkBase: options.linkBase,
    format,
    log: options.log,
    metrics: services.metrics,
  });
  observeWebSockets(services.metrics, websocket.counts);
  const stopSessionSignals = await listenForSessionSignals(services, websocket);

  const sharedAnswers = new SharedAnswers(services.database.dataSource, gate.parseOptions);
  // the calendar's bookings without executing ~8,000 GraphQL fields a week (bookings/bookings-answer.ts)
  const preShaped = new PreShapedBookings(schema, gate, (viewer, range) => services.bookings.listBookingRows(viewer, range));
  const viewerOf = (request: express.Request) =>
    viewerForCredentials(services, {
      sessionToken: readCookie(request.headers.cookie, SESSION_COOKIE),
      displayToken: request.headers['x-display-token'] === undefined ? undefined : String(request.headers['x-display-token']),
    });
  const apollo = await startApollo({
    schema,
    gate,
    sharedAnswers,
    format,
    production: options.production,
    metrics: services.metrics,
  });

  const contextFor = async (req: express.Request, res: express.Response): Promise<GraphQLContext> => ({
    // the shared-answer middleware may have found the viewer already
    viewer: (res.locals as { viewer?: Viewer }).viewer ?? (await viewerOf(req)),
    sharedAnswer: (res.locals as { sharedAnswer?: PendingSharedAnswer }).sharedAnswer,
    bookingsRefusal: (res.locals as { bookingsRefusal?: AppError }).bookingsRefusal,
    services,
    cookies: sessionCookies(res, options.cookieSecure, services.clock),
    loaders: createLoaders(services),
    clientAddress: clientAddress(req),
    linkBase: options.linkBase(),
    requestId: (res.locals as { requestId?: string }).requestId,
  });

  app.use(observeRequests(services.metrics, options.log));
  app.use(securityHeaders({ production: options.production, tls: options.cookieSecure }));

  app.get('/healthz', healthRoute(services));
  app.get('/readyz', readinessRoute(services));
  app.get('/metrics', metricsRoute(services.metrics, options.metricsToken));

  app.use(
    '/graphql',
    ...(rates ? [rateLimitMiddleware(rates, clientAddress)] : []),
    // a week of bookings is tens of kilobytes of JSON: compressed, a phone gets it several times faster
    compression({ threshold: 1024 }),
    express.json({ limit: MAX_BODY_BYTES }),
    rescopeRequest,
    // a week of bookings asked again by someone who sees the same: the kept answer, without executing it again
    sharedAnswerMiddleware(sharedAnswers, viewerOf, services.metrics, preShaped),
    expressMiddleware(apollo, { context: async ({ req, res }) => contextFor(req, res) }),
  );

  app.use(...(rates ? [rateLimitMiddleware(rates, clientAddress)] : []), downloadRoutes(services, options.log));

  if (options.clientDist && fs.existsSync(path.join(options.clientDist, 'index.html')))
    app.use(
      linkPreviewRoutes(services, options.clientDist, options.log),
      firstAnswerRoutes({
        clientDist: options.clientDist,
        apollo,
        contextFor,
        // the answers count as the requests the page would have sent to /graphql
        spend: (req, operations) => {
          for (let spent = 0; spent < operations; spent += 1)
            if (rates && !rates.take(clientAddress(req), credentialKey(req)).allowed) return false;
          return true;
        },
        timeZone: HOUSES_TIME_ZONE,
        now: services.clock,
        log: options.log,
      }),
      staticFiles(options.clientDist, { hideSourceMaps: options.production }),
    );

  // Malformed JSON and other body errors: a typed answer, never a stack trace. The parser calls on from its
  // stream, outside the request's scope: entered again, so the answer and the log line name the request.
  app.use((error: Error & { status?: number }, request: express.Request, response: express.Response, _next: express.NextFunction) =>
    rescopeRequest(request, response, () => {
      const answer = bodyParserAnswer(error.status);
      if (answer.status === 500) options.log('unexpected HTTP error', error);
      response.status(answer.status).json(answer.body);
    }),
  );

  return {
    server,
    async stop(times) {
      // the listener closes first: a socket told to reconnect must reach another node, not this one again
      const drained = drain.drain(times);
      await websocket.dispose();
      await websocket.close(times.timeoutMs);
      await drained;
      await stopSessionSignals();
      await apollo.stop();
    },
  };
}
