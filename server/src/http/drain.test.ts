import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { HttpDrain } from './drain.js';

/** A server whose answers the test releases by hand, and a client that keeps its one connection alive. */
async function setUp() {
  const held: Array<() => void> = [];
  let connections = 0;
  const server = http.createServer((request, response) => {
    const answer = () => response.end(`answered ${request.url}`);
    if (request.url === '/held') held.push(answer);
    else answer();
  });
  server.on('connection', () => connections++);
  const drain = new HttpDrain(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const port = (server.address() as AddressInfo).port;
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  const get = (path: string) =>
    new Promise<{ status: number; connection: string | undefined; body: string }>((resolve, reject) => {
      http
        .get({ host: '127.0.0.1', port, path, agent }, (response) => {
          let body = '';
          response.on('data', (chunk: Buffer) => (body += chunk.toString()));
          response.on('end', () => resolve({ status: response.statusCode ?? 0, connection: response.headers.connection, body }));
        })
        .on('error', reject);
    });
  const refusesConnections = () =>
    new Promise<boolean>((resolve) => {
      const socket = net.connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(false);
      });
      socket.once('error', (error: Error & { code?: string }) => resolve(error.code === 'ECONNREFUSED'));
    });
  const waitForHeld = async (count: number) => {
    while (held.length < count) await new Promise((resolve) => setTimeout(resolve, 5));
  };
  return { server, drain, agent, get, refusesConnections, held, waitForHeld, connections: () => connections };
}

let cleanup: Array<() => void> = [];
afterEach(() => {
  cleanup.forEach((run) => run());
  cleanup = [];
});

async function started() {
  const setup = await setUp();
  cleanup.push(() => {
    setup.agent.destroy();
    setup.server.closeAllConnections();
    setup.server.close();
  });
  return setup;
}

describe('HttpDrain', () => {
  it('finishes a request in flight with Connection: close while refusing new connections', async () => {
    const setup = await started();
    const answer = setup.get('/held');
    await setup.waitForHeld(1);
    const drained = setup.drain.drain({ idleMs: 5000, timeoutMs: 10_000 });
    expect(setup.drain.active).toBe(true);
    // the listener closes right after the next poll phase
    while (setup.server.listening) await new Promise((resolve) => setImmediate(resolve));
    expect(await setup.refusesConnections()).toBe(true);
    expect(setup.drain.inFlight).toBe(1);
    setup.held[0]!();
    expect(await answer).toEqual({ status: 200, connection: 'close', body: 'answered /held' });
    // its connection closed after the answer, so the drain is over long before idleMs
    expect(await drained).toEqual({ cut: false });
  });

  it('answers a request that arrives on a kept-alive connection during the drain, then closes that connection', async () => {
    const setup = await started();
    expect((await setup.get('/first')).connection).toBe('keep-alive');
    const drained = setup.drain.drain({ idleMs: 5000, timeoutMs: 10_000 });
    expect(await setup.get('/second')).toEqual({ status: 200, connection: 'close', body: 'answered /second' });
    expect(setup.connections()).toBe(1);
    expect(await drained).toEqual({ cut: false });
  });

  it('closes a kept-alive connection that stays idle for idleMs', async () => {
    const setup = await started();
    await setup.get('/first');
    const began = Date.now();
    expect(await setup.drain.drain({ idleMs: 100, timeoutMs: 10_000 })).toEqual({ cut: false });
    expect(Date.now() - began).toBeGreaterThanOrEqual(90);
    expect(Date.now() - began).toBeLessThan(5000);
  });

  it('answers a WebSocket upgrade on a kept-alive connection with 503 once draining, which a proxy retries elsewhere', async () => {
    const setup = await started();
    const socket = net.connect((setup.server.address() as AddressInfo).port, '127.0.0.1');
    await new Promise((resolve) => socket.once('connect', resolve));
    const answered = new Promise<string>((resolve) => {
      let text = '';
      socket.on('data', (chunk: Buffer) => (text += chunk.toString()));
      socket.once('close', () => resolve(text));
    });
    void setup.drain.drain({ idleMs: 5000, timeoutMs: 10_000 });
    socket.write('GET /graphql HTTP/1.1\r\nHost: x\r\nConnection: Upgrade\r\nUpgrade: websocket\r\n\r\n');
    expect(await answered).toMatch(/^HTTP\/1\.1 503 /);
  });

  it('cuts a request that is still unanswered at the timeout', async () => {
    const setup = await started();
    const answer = setup.get('/held').then(
      () => 'answered',
      () => 'cut',
    );
    await setup.waitForHeld(1);
    expect(await setup.drain.drain({ idleMs: 0, timeoutMs: 100 })).toEqual({ cut: true });
    expect(await answer).toBe('cut');
  });
});
