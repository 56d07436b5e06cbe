import WebSocket from 'ws';
import { messageText } from '../src/http/message-text.js';

/**
 * A separate process holding many WebSocket clients, so receiving does not share an event loop with
 * the server being measured. Driven over IPC by the fan-out benchmark; it treats the app and the bare
 * floor alike: every message after the handshake counts as a delivery, noted with a wall-clock time.
 */
export type ClientCommand =
  | { cmd: 'connect'; url: string; count: number; graphql: { query: string; cookies: Array<string | null> } | null }
  /** `perSocket`: how many messages each socket must have before the delivery counts as done (default 1). */
  | { cmd: 'arm'; perSocket?: number }
  | { cmd: 'count' }
  | { cmd: 'close' };

export type ClientReport =
  | { event: 'connected'; count: number }
  | { event: 'armed' }
  | { event: 'delivered'; first: number; last: number; bytes: number }
  | { event: 'counted'; received: number }
  | { event: 'closed' };

const now = () => performance.timeOrigin + performance.now();
let sockets: WebSocket[] = [];
let expected = 0;
let received = 0;
let first = 0;
let last = 0;
let bytes = 0;

function report(message: ClientReport): void {
  process.send?.(message);
}

function onDelivery(data: WebSocket.RawData): void {
  const at = now();
  if (received === 0) first = at;
  last = at;
  bytes = (data as Buffer).length;
  if (++received === expected) report({ event: 'delivered', first, last, bytes });
}

function open(url: string, index: number, graphql: { query: string; cookies: Array<string | null> } | null): Promise<WebSocket> {
  return new Promise((resolve, reject) => {
    const cookie = graphql?.cookies[index % graphql.cookies.length] ?? null;
    const socket = new WebSocket(url, graphql ? 'graphql-transport-ws' : undefined, { headers: cookie ? { cookie } : {} });
    socket.once('error', reject);
    socket.once('open', () => {
      if (!graphql) {
        socket.on('message', onDelivery);
        return resolve(socket);
      }
      socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
      socket.once('message', (data) => {
        const message = JSON.parse(messageText(data)) as { type: string };
        if (message.type !== 'connection_ack') return reject(new Error(`expected connection_ack, got ${message.type}`));
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: graphql.query, variables: {} } }));
        socket.on('message', onDelivery);
        resolve(socket);
      });
    });
  });
}

async function obey(command: ClientCommand): Promise<void> {
  switch (command.cmd) {
    case 'connect': {
      // in batches, so the listen backlog never overflows
      for (let start = 0; start < command.count; start += 250) {
        const batch = Array.from({ length: Math.min(250, command.count - start) }, (_, i) => open(command.url, start + i, command.graphql));
        sockets.push(...(await Promise.all(batch)));
      }
      report({ event: 'connected', count: sockets.length });
      return;
    }
    case 'arm':
      expected = sockets.length * (command.perSocket ?? 1);
      received = 0;
      report({ event: 'armed' });
      return;
    case 'count':
      report({ event: 'counted', received });
      return;
    case 'close':
      await Promise.all(
        sockets.map(
          (socket) =>
            new Promise<void>((resolve) => {
              socket.once('close', () => resolve());
              socket.terminate();
            }),
        ),
      );
      sockets = [];
      report({ event: 'closed' });
      return;
  }
}

process.on('message', (command: ClientCommand) => {
  obey(command).catch((error: unknown) => {
    // the parent waits for a report that will not come: fail loudly, as an unhandled rejection would
    console.error(error);
    process.exit(1);
  });
});
