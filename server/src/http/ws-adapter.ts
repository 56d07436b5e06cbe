import type http from 'node:http';
import { CloseCode, handleProtocols, makeServer, type ServerOptions } from 'graphql-ws';
import type { WebSocket, WebSocketServer } from 'ws';
import type { CountedLog, Log } from '../shared/log.js';
import { inRequestScope, newRequestId, operationRequestId } from '../shared/request-scope.js';
import { messageText } from './message-text.js';

/** How often a socket is pinged, and how long its pong may take, before it is dropped. */
const KEEP_ALIVE_MS = 12_000;

/** The `id` of a graphql-ws message, read without parsing it twice; only to name the operation in logs. */
const MESSAGE_ID = /"id"\s*:\s*"([\w-]{1,36})"/;

/** What the adapter hands graphql-ws as `extra` for each socket. */
export interface SocketExtra {
  socket: WebSocket;
  request: http.IncomingMessage;
  /** Names the connection in logs and errors (`shared/request-scope.ts`); each operation adds its own id. */
  connectionId: string;
}

/**
 * graphql-ws over `ws`, as the library's own `useServer` does it, except for what strangers can trigger:
 * a reply to a socket that closed meanwhile is dropped quietly, and errors the socket layer raises for bad
 * frames (too large, invalid) are counted (`CountedLog`) instead of written with a stack each — 75,000 lines in
 * six seconds from five sockets, otherwise. Only errors in our own handlers are logged as they are.
 */
export function serveGraphQLWebSocket<E extends Record<PropertyKey, unknown>>(
  options: ServerOptions<Record<string, unknown>, E & SocketExtra>,
  wsServer: WebSocketServer,
  logs: { expected: CountedLog; log: Log },
): { dispose(code: number, reason: string): Promise<void> } {
  const server = makeServer(options);
  // what was counted goes out once a minute even when nothing new arrives after a burst
  const flushing = setInterval(() => logs.expected.flush(), 60_000);
  flushing.unref();
  // only the graphql-transport-ws subprotocol is spoken here, as in the library's own binding
  wsServer.options.handleProtocols = handleProtocols;
  wsServer.on('error', (error) => logs.log('WebSocket server error', error));
  wsServer.on('connection', (socket, request) => {
    const connectionId = newRequestId();
    socket.on('error', (error: Error & { code?: string }) => {
      // ws has already chosen the close code (1009 too large, 1002 invalid frame) and closes the socket
      logs.expected.count(error.code ?? error.name);
    });
    let pongWait: NodeJS.Timeout | null = null;
    const keepAlive = setInterval(() => {
      if (socket.readyState !== socket.OPEN) return;
      pongWait = setTimeout(() => socket.terminate(), KEEP_ALIVE_MS);
      socket.once('pong', () => {
        if (pongWait) clearTimeout(pongWait);
        pongWait = null;
      });
      socket.ping();
    }, KEEP_ALIVE_MS);
    const closed = server.opened(
      {
        protocol: socket.protocol,
        send: (data) =>
          new Promise<void>((resolve) => {
            if (socket.readyState !== socket.OPEN) return resolve();
            socket.send(data, (error) => {
              // the peer left between the check and the write: nobody is there to read it
              if (error) logs.expected.count('reply after close');
              resolve();
            });
          }),
        close: (code, reason) => socket.close(code, reason),
        onMessage: (handle) =>
          socket.on('message', (data) => {
            const text = messageText(data);
            // everything this message sets off (a subscription's start, its errors) logs under the operation's id
            void inRequestScope(operationRequestId(connectionId, MESSAGE_ID.exec(text)?.[1]), () =>
              handle(text).catch((error: unknown) => {
                logs.log('unexpected error handling a WebSocket message', error);
                socket.close(CloseCode.InternalServerError, 'Internal server error');
              }),
            );
          }),
      },
      { socket, request, connectionId } as E & SocketExtra,
    );
    socket.once('close', (code, reason) => {
      if (pongWait) clearTimeout(pongWait);
      clearInterval(keepAlive);
      void closed(code, String(reason));
    });
  });
  return {
    /** Closes every socket with `code` and stops taking new ones. */
    async dispose(code, reason) {
      clearInterval(flushing);
      logs.expected.flush();
      for (const client of wsServer.clients) client.close(code, reason);
      wsServer.removeAllListeners();
      await new Promise<void>((resolve, reject) => wsServer.close((error) => (error ? reject(error) : resolve())));
    },
  };
}
