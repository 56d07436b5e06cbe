import type http from 'node:http';
import { Kind, OperationTypeNode, type GraphQLFormattedError, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import type { Context } from 'graphql-ws';
import { WebSocketServer, type WebSocket } from 'ws';
import type { Services } from '../app/services.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { credentialId, type Viewer } from '../auth/viewer.js';
import type { OperationLimits } from '../config.js';
import { createLoaders } from '../app/loaders.js';
import { NO_COOKIES, type GraphQLContext } from '../graphql/context.js';
import { CredentialsRefused, viewerForCredentials } from '../graphql/credentials.js';
import { formatError, type FormatErrorOptions } from '../graphql/format-error.js';
import { asGraphQLError, type OperationGate } from '../graphql/operation-gate.js';
import { AppError, ErrorCode, queryTooComplex, tooManyRequests } from '../shared/errors.js';
import { CountedLog, type Log } from '../shared/log.js';
import type { Metrics } from '../shared/metrics.js';
import type { ClientAddress } from './client-address.js';
import { readCookie } from './cookies.js';
import { isOwnOrigin } from './origin.js';
import { credentialKey, type RequestRates } from './rate-limit.js';
import { serveGraphQLWebSocket, type SocketExtra } from './ws-adapter.js';
import { operationRequestId } from '../shared/request-scope.js';
import { resultLabel } from '../graphql/operation-metrics.js';

/** Close code for a socket whose session ended (logout, deactivation): the client must sign in again. */
export const SESSION_ENDED_CLOSE_CODE = 4401;
/** Close code for a socket whose person changed role or MO: "service restart", the client reconnects as who they are now. */
export const SESSION_CHANGED_CLOSE_CODE = 1012;
/**
 * Close code for every socket of a node that stops: "service restart", which graphql-ws clients retry (1000-1999
 * are fatal to them but 1000, 1001, 1005, 1006, 1012, 1013, 1014). Through the proxy they reach another node and
 * resume by cursor.
 */
export const RESTART_CLOSE_CODE = 1012;

/** graphql-ws closes a socket that sends no `connection_init` within this time. */
const CONNECTION_INIT_TIMEOUT_MS = 3000;
/** Close code for a socket that held no subscription for `WS_IDLE_SECONDS`: a client with nothing to hear needs none. */
export const IDLE_CLOSE_CODE = 4002;
/** Close code for a socket whose pings passed its address's or person's fair share. */
export const TOO_MANY_REQUESTS_CLOSE_CODE = 4429;

type SocketState = {
  viewer?: Viewer;
  address?: string;
  /** Whose subscriptions this socket counts against: a person (all their sessions), a display link, or an anonymous address. */
  owner?: string;
  /** Closes the socket when it holds no subscription for a while. */
  idle?: NodeJS.Timeout;
  rateKey?: string;
  /** The socket's subscribe messages, handled one after another. */
  turns?: Promise<void>;
};

type SocketContext = Context<Record<string, unknown>, SocketState & SocketExtra>;

export interface WebSocketOptions {
  schema: GraphQLSchema;
  services: Services;
  gate: OperationGate;
  limits: OperationLimits;
  rates: RequestRates | null;
  clientAddress: ClientAddress;
  publicUrl: string | undefined;
  /** Where links point (`GraphQLContext.linkBase`). */
  linkBase: () => string;
  format: FormatErrorOptions;
  log: Log;
  metrics: Metrics;
}

/**
 * graphql-ws on /graphql, guarded like HTTP: a browser page from another origin cannot use the
 * session cookie (cross-site WebSocket hijacking), messages are size-capped, every operation passes the
 * same gate as on HTTP and counts against the same rate limits, only subscriptions run here (queries and
 * mutations go over HTTP, where CSRF prevention applies), and subscriptions are capped per socket and
 * per session.
 */
export function createWebSocketServer(server: http.Server, options: WebSocketOptions) {
  const { services, gate, limits, rates, clientAddress } = options;
  const sockets = new SessionSockets();
  const byOwner = new Map<string, Set<SocketContext>>();
  // open sockets per client address: one address cannot hold hundreds of idle ones
  const byAddress = new Map<string, number>();
  // when each owner's recent replays started: signing in again does not buy more of them
  const replaysOf = new Map<string, number[]>();
  const mayReplay = (owner: string): boolean => {
    const now = services.clock().getTime();
    // forget the minutes gone by, so the map holds only owners who resumed lately
    for (const [key, starts] of replaysOf) if (starts.every((started) => now - started >= 60_000)) replaysOf.delete(key);
    const recent = (replaysOf.get(owner) ?? []).filter((started) => now - started < 60_000);
    if (recent.length >= limits.maxReplaysPerMinute) return false;
    replaysOf.set(owner, [...recent, now]);
    return true;
  };

  const wsServer = new WebSocketServer({
    server,
    path: '/graphql',
    maxPayload: limits.maxMessageBytes,
    verifyClient: ({ req }, accept) => {
      const cookieAuthenticated = readCookie(req.headers.cookie, SESSION_COOKIE) !== undefined;
      if (cookieAuthenticated && !isOwnOrigin(req, options.publicUrl)) return accept(false, 403, 'Origin not allowed');
      const address = clientAddress(req);
      if ((byAddress.get(address) ?? 0) >= limits.maxSocketsPerAddress) return accept(false, 429, 'Too many sockets');
      const decision = rates?.take(address, credentialKey(req));
      if (decision && !decision.allowed) return accept(false, 429, 'Too many requests');
      accept(true);
    },
  });
  wsServer.on('connection', (socket, request) => {
    const address = clientAddress(request);
    byAddress.set(address, (byAddress.get(address) ?? 0) + 1);
    socket.once('close', () => {
      const left = (byAddress.get(address) ?? 1) - 1;
      if (left > 0) byAddress.set(address, left);
      else byAddress.delete(address);
    });
  });
  // one timer per socket that never stops: when it rings, a socket holding no subscription is closed, any
  // other waits another round (no path through refusals and completions can leave an idle socket without it)
  const watchIdle = (context: SocketContext) => {
    context.extra.idle = setTimeout(() => {
      if (Object.keys(context.subscriptions).length === 0) context.extra.socket.close(IDLE_CLOSE_CODE, 'Idle');
      else watchIdle(context);
    }, limits.idleSeconds * 1000);
    context.extra.idle.unref();
  };

  // a subscription is counted when it is admitted or refused; its deliveries are the fan-out's figures
  const countSubscription = (name: string | null | undefined, errors: ReadonlyArray<GraphQLFormattedError>) =>
    options.metrics.graphqlOperations.inc({
      operation: options.metrics.operationLabel(name),
      type: OperationTypeNode.SUBSCRIPTION,
      result: resultLabel(errors),
    });

  const subscriptionsOf = (owner: string) => {
    let count = 0;
    for (const context of byOwner.get(owner) ?? []) count += Object.keys(context.subscriptions).length;
    return count;
  };

  const cleanup = serveGraphQLWebSocket<SocketState>(
    {
      schema: options.schema,
      connectionInitWaitTimeout: CONNECTION_INIT_TIMEOUT_MS,
      async onConnect(context) {
        const displayToken = context.connectionParams?.displayToken;
        const token = typeof displayToken === 'string' ? displayToken : undefined;
        let viewer: Viewer;
        try {
          viewer = await viewerForCredentials(services, {
            sessionToken: readCookie(context.extra.request.headers.cookie, SESSION_COOKIE),
            displayToken: token,
          });
        } catch (error) {
          // refused: graphql-ws closes with 4403 and the display says "not authorised";
          // anything else (database away) closes with 4500 and the client retries
          if (error instanceof CredentialsRefused) return false;
          throw error;
        }
        const address = clientAddress(context.extra.request);
        const credential = credentialId(viewer);
        context.extra.viewer = viewer;
        context.extra.address = address;
        // caps count per person, not per session: signing in three times does not triple them
        context.extra.owner = 'userId' in viewer ? `person:${viewer.userId}` : (credential ?? `address:${address}`);
        watchIdle(context);
        context.extra.rateKey = credentialKey(context.extra.request, token);
        let owned = byOwner.get(context.extra.owner);
        if (!owned) byOwner.set(context.extra.owner, (owned = new Set()));
        owned.add(context);
        if (credential) sockets.add(credential, context.extra.socket);
        return true;
      },
      onClose(context) {
        clearTimeout(context.extra.idle);
        const { owner, viewer } = context.extra;
        if (owner) {
          byOwner.get(owner)?.delete(context);
          if (byOwner.get(owner)?.size === 0) byOwner.delete(owner);
        }
        const credential = viewer ? credentialId(viewer) : null;
        if (credential) sockets.remove(credential, context.extra.socket);
      },
      async onSubscribe(context, _id, payload) {
        // A burst of messages arrives in one read and would be handled in one go: a socket's subscriptions
        // are taken one per turn of the event loop, between everyone else's requests.
        const turn = (context.extra.turns ?? Promise.resolve()).then(() => new Promise<void>((resolve) => setImmediate(resolve)));
        context.extra.turns = turn;
        await turn;
        const decision = rates?.take(context.extra.address ?? 'unknown', context.extra.rateKey);
        if (decision && !decision.allowed) return [asGraphQLError(tooManyRequests(decision.retryAfterMs))];
        // the new subscription is already registered when graphql-ws asks
        if (Object.keys(context.subscriptions).length > limits.maxSubscriptionsPerSocket)
          return [asGraphQLError(queryTooComplex('subscriptions', limits.maxSubscriptionsPerSocket))];
        if (subscriptionsOf(context.extra.owner ?? '') > limits.maxSubscriptionsPerSession)
          return [asGraphQLError(queryTooComplex('subscriptions', limits.maxSubscriptionsPerSession))];
        // queries and mutations go over HTTP, where CSRF prevention applies
        const admitted = gate.admit(payload.query, payload.variables, payload.operationName, OperationTypeNode.SUBSCRIPTION);
        if (Array.isArray(admitted)) return admitted;
        // past its owner's replays for the minute, a resuming client reloads its range instead (RESYNC_REQUIRED)
        if (resumes(admitted.operation, payload.variables) && !mayReplay(context.extra.owner ?? ''))
          return [asGraphQLError(new AppError(ErrorCode.ResyncRequired, { oldestCursor: null }))];
        return {
          schema: options.schema,
          document: admitted.document,
          operationName: payload.operationName,
          variableValues: payload.variables,
        };
      },
      // a ping costs like any message: a stream of them counts against the same fair share
      onPing(context) {
        const decision = rates?.take(clientAddress(context.extra.request), context.extra.rateKey ?? credentialKey(context.extra.request));
        if (decision && !decision.allowed) context.extra.socket.close(TOO_MANY_REQUESTS_CLOSE_CODE, 'Too many requests');
      },
      context: (context, operationId): GraphQLContext => ({
        viewer: context.extra.viewer ?? { kind: 'anonymous' },
        services,
        cookies: NO_COOKIES,
        loaders: createLoaders(services),
        clientAddress: context.extra.address ?? 'unknown',
        linkBase: options.linkBase(),
        transport: { socket: context.extra.socket, operationId },
        requestId: operationRequestId(context.extra.connectionId, operationId),
      }),
      // a subscription is counted once it started (OK) or was refused at its start (its first error's code)
      onOperation: async (context, id, payload, _args, result) => {
        const settled = await result;
        const refused = Symbol.asyncIterator in settled ? [] : (settled.errors ?? []);
        const requestId = operationRequestId(context.extra.connectionId, id);
        const quiet = { ...options.format, requestId, logUnexpected: () => {} };
        countSubscription(
          payload.operationName,
          refused.map((error) => formatError(error.toJSON(), error, quiet)),
        );
      },
      onError: (context, id, payload, errors) => {
        const requestId = operationRequestId(context.extra.connectionId, id);
        const formatted = errors.map((error) => formatError(error.toJSON(), error, { ...options.format, requestId }));
        countSubscription(payload.operationName, formatted);
        return formatted;
      },
      onNext: (context, id, _payload, _args, result) => {
        if (!result.errors?.length) return result;
        const requestId = operationRequestId(context.extra.connectionId, id);
        return { ...result, errors: result.errors.map((error) => formatError(error.toJSON(), error, { ...options.format, requestId })) };
      },
    },
    wsServer,
    { expected: new CountedLog(options.log, 'WebSocket errors caused by clients (counted, last minute)'), log: options.log },
  );

  return {
    wsServer,
    closeSession: (credential: string) => sockets.closeSession(credential, SESSION_ENDED_CLOSE_CODE, 'Session ended'),
    refreshSession: (credential: string) => sockets.closeSession(credential, SESSION_CHANGED_CLOSE_CODE, 'Permissions changed; reconnect'),
    /** Open sockets and the subscriptions they hold, for `/metrics`. */
    counts() {
      let subscriptions = 0;
      for (const contexts of byOwner.values()) for (const context of contexts) subscriptions += Object.keys(context.subscriptions).length;
      return { sockets: wsServer.clients.size, subscriptions };
    },
    /** Tells every socket to reconnect elsewhere and takes no new ones. */
    dispose: () => cleanup.dispose(RESTART_CLOSE_CODE, 'Service restart'),
    /** Waits up to `graceMs` for the sockets to finish their closing handshake, then cuts the silent ones. */
    async close(graceMs = 0) {
      const open = [...wsServer.clients].map((client) => new Promise<void>((resolve) => client.once('close', () => resolve())));
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([Promise.all(open), new Promise<void>((resolve) => (timer = setTimeout(resolve, graceMs)))]);
      clearTimeout(timer);
      await new Promise<void>((resolve) => {
        wsServer.close(() => resolve());
        for (const client of wsServer.clients) client.terminate();
      });
    },
  };
}

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

  closeSession(sessionId: string, code: number, reason: string): void {
    for (const socket of this.sockets.get(sessionId) ?? []) socket.close(code, reason);
    this.sockets.delete(sessionId);
  }
}

/**
 * Whether a subscription resumes from a cursor (and so replays what was missed): `after` given to
 * `bookingChanged` under any alias, as a literal or through any variable.
 */
function resumes(operation: OperationDefinitionNode, variables: Record<string, unknown> | null | undefined): boolean {
  for (const selection of operation.selectionSet.selections) {
    if (selection.kind !== Kind.FIELD || selection.name.value !== 'bookingChanged') continue;
    const after = selection.arguments?.find((argument) => argument.name.value === 'after')?.value;
    if (!after || after.kind === Kind.NULL) continue;
    if (after.kind !== Kind.VARIABLE || variables?.[after.name.value] != null) return true;
  }
  return false;
}
