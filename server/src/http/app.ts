import fs from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import type { GraphQLSchema } from 'graphql';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Services } from '../app/services.js';
import { SESSION_COOKIE, SESSION_ENDED_CHANNEL } from '../auth/session.service.js';
import { credentialId } from '../auth/viewer.js';
import { createLoaders, NO_COOKIES, type GraphQLContext } from '../graphql/context.js';
import { CredentialsRefused, viewerForCredentials } from '../graphql/credentials.js';
import { formatError } from '../graphql/format-error.js';
import { readCookie, sessionCookies } from './cookies.js';

export interface HttpOptions {
  cookieSecure: boolean;
  clientDist: string | null;
  log: (message: string, error?: unknown) => void;
}

export interface HttpApp {
  server: http.Server;
  /** Stops accepting, closes sockets and drains Apollo. */
  stop(): Promise<void>;
}

/** Wires HTTP, WebSocket and Apollo on one server. No business rules live here. */
export async function createHttpApp(schema: GraphQLSchema, services: Services, options: HttpOptions): Promise<HttpApp> {
  const app = express();
  app.disable('x-powered-by');
  const server = http.createServer(app);

  const logUnexpected = (error: unknown) => options.log('unexpected error in a GraphQL operation', error);

  const wsServer = new WebSocketServer({ server, path: '/graphql' });
  const socketsBySession = new SessionSockets();
  const stopSessionListener = await services.database.listen(SESSION_ENDED_CHANNEL, (tokenHash) =>
    socketsBySession.closeSession(tokenHash),
  );
  const wsCleanup = useServer<Record<string, unknown>, { viewer?: GraphQLContext['viewer'] }>(
    {
      schema,
      async onConnect(context) {
        const displayToken = context.connectionParams?.displayToken;
        let viewer: GraphQLContext['viewer'];
        try {
          viewer = await viewerForCredentials(services, {
            sessionToken: readCookie(context.extra.request.headers.cookie, SESSION_COOKIE),
            displayToken: typeof displayToken === 'string' ? displayToken : undefined,
          });
        } catch (error) {
          // refused: graphql-ws closes with 4403 and the display says "not authorised";
          // anything else (database away) closes with 4500 and the client retries
          if (error instanceof CredentialsRefused) return false;
          throw error;
        }
        context.extra.viewer = viewer;
        const credential = credentialId(viewer);
        if (credential) socketsBySession.add(credential, context.extra.socket);
        return true;
      },
      onClose(context) {
        const credential = context.extra.viewer ? credentialId(context.extra.viewer) : null;
        if (credential) socketsBySession.remove(credential, context.extra.socket);
      },
      context: (context, operationId): GraphQLContext => ({
        viewer: context.extra.viewer ?? { kind: 'anonymous' },
        services,
        cookies: NO_COOKIES,
        loaders: createLoaders(services),
        transport: { socket: context.extra.socket, operationId },
      }),
      onError: (_context, _id, _payload, errors) => errors.map((error) => formatError(error.toJSON(), error, logUnexpected)) as never,
      onNext: (_context, _id, _payload, _args, result) => {
        if (!result.errors?.length) return result;
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, logUnexpected)) } as never;
      },
    },
    wsServer,
  );

  const apollo = new ApolloServer<GraphQLContext>({
    schema,
    includeStacktraceInErrorResponses: false,
    // main.ts stops everything in order on SIGINT/SIGTERM; Apollo's own handler would race it.
    stopOnTerminationSignals: false,
    formatError: (formatted, error) => formatError(formatted, error, logUnexpected),
    plugins: [
      ApolloServerPluginDrainHttpServer({ httpServer: server }),
      // no cache hints are used; the plugin would otherwise wrap every field resolver of every response
      ApolloServerPluginCacheControlDisabled(),
      {
        async serverWillStart() {
          return {
            async drainServer() {
              await wsCleanup.dispose();
            },
          };
        },
      },
    ],
  });
  await apollo.start();

  app.get('/healthz', async (_request, response) => {
    const databaseAnswers = await services.database.ping();
    response
      .status(databaseAnswers ? 200 : 503)
      .json({ status: databaseAnswers ? 'ok' : 'database unavailable', engine: services.database.engine });
  });

  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }): Promise<GraphQLContext> => ({
        viewer: await viewerForCredentials(services, {
          sessionToken: readCookie(req.headers.cookie, SESSION_COOKIE),
          displayToken: req.headers['x-display-token'] === undefined ? undefined : String(req.headers['x-display-token']),
        }),
        services,
        cookies: sessionCookies(res, options.cookieSecure),
        loaders: createLoaders(services),
      }),
    }),
  );

  if (options.clientDist && fs.existsSync(path.join(options.clientDist, 'index.html'))) {
    const clientDist = options.clientDist;
    app.use(express.static(clientDist, { index: false, maxAge: '1h' }));
    // The client routes in the browser: every other GET gets the app shell.
    app.get(/^(?!\/graphql|\/healthz).*/, (_request, response) => {
      response.sendFile(path.join(clientDist, 'index.html'));
    });
  }

  // Malformed JSON and other body errors: a typed answer, never a stack trace.
  app.use(
    (
      error: Error & { status?: number; type?: string },
      _request: express.Request,
      response: express.Response,
      _next: express.NextFunction,
    ) => {
      const status = error.status && error.status >= 400 && error.status < 500 ? error.status : 500;
      if (status === 500) options.log('unexpected HTTP error', error);
      response.status(status).json({
        errors: [
          {
            message: status === 500 ? 'Internal error' : 'Bad request',
            extensions: { code: status === 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_REQUEST' },
          },
        ],
      });
    },
  );

  return {
    server,
    async stop() {
      await stopSessionListener();
      await apollo.stop();
      await new Promise<void>((resolve) => {
        wsServer.close(() => resolve());
        for (const client of wsServer.clients) client.terminate();
      });
      if (server.listening) await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Close code for a socket whose session ended (logout, deactivation): the client must sign in again. */
export const SESSION_ENDED_CLOSE_CODE = 4401;

/** Open WebSockets per session, so a logout or deactivation closes them at once, on every node. */
class SessionSockets {
  private readonly sockets = new Map<string, Set<WebSocket>>();

  add(sessionId: string, socket: WebSocket): void {
    let set = this.sockets.get(sessionId);
    if (!set) this.sockets.set(sessionId, (set = new Set()));
    set.add(socket);
  }

  remove(sessionId: string, socket: WebSocket): void {
    const set = this.sockets.get(sessionId);
    set?.delete(socket);
    if (set?.size === 0) this.sockets.delete(sessionId);
  }

  closeSession(sessionId: string): void {
    for (const socket of this.sockets.get(sessionId) ?? []) socket.close(SESSION_ENDED_CLOSE_CODE, 'Session ended');
    this.sockets.delete(sessionId);
  }
}
