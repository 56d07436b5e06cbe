import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { collect, createTestApp, healthWhile, responsiveBound, subscribed, until, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { BOOKING_CHANGED } from '../../test/documents.js';
import { loadConfig } from '../config.js';

const PROTOCOL = 'graphql-transport-ws';
const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SUBSCRIBE_FROM_START = 'subscription ($after: String) { bookingChanged(after: $after) { cursor } }';

/** Opens a raw WebSocket with the given headers; resolves with how the handshake ended. */
function handshake(url: string, headers: Record<string, string>): Promise<{ opened: boolean; status?: number; socket: WebSocket }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(url.replace(/^http/, 'ws') + '/graphql', PROTOCOL, { headers });
    socket.once('open', () => resolve({ opened: true, socket }));
    socket.once('unexpected-response', (_request, response) => resolve({ opened: false, status: response.statusCode, socket }));
    socket.once('error', () => resolve({ opened: false, socket }));
  });
}

function closed(socket: WebSocket): Promise<number> {
  return new Promise((resolve) => socket.once('close', (code) => resolve(code)));
}

describe('WebSocket handshake and protocol limits', () => {
  let app: TestApp;
  let cookie: string;
  let factory: Factory;

  beforeAll(async () => {
    app = await createTestApp({
      config: { operationLimits: { ...loadConfig({}).operationLimits, maxReplayChanges: 5 } },
    });
    factory = new Factory(app);
    cookie = (await factory.memberClient((await factory.organization()).id)).client.cookie!;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses a page from another origin that would use the session cookie (cross-site WebSocket hijacking)', async () => {
    const host = new URL(app.url).host;
    const foreign = await handshake(app.url, { cookie, origin: 'http://localhost:9999', host });
    expect(foreign).toMatchObject({ opened: false, status: 403 });
    const own = await handshake(app.url, { cookie, origin: `http://${host}` });
    expect(own.opened).toBe(true);
    own.socket.close();
  });

  it('lets clients that send no Origin, or no cookie, connect as before', async () => {
    const script = await handshake(app.url, { cookie });
    expect(script.opened).toBe(true);
    script.socket.close();
    const anonymousPage = await handshake(app.url, { origin: 'http://elsewhere.example' });
    expect(anonymousPage.opened).toBe(true);
    anonymousPage.socket.close();
  });

  it('closes a socket that sends a message over the size cap (64 KiB)', async () => {
    const { socket } = await handshake(app.url, {});
    const code = closed(socket);
    socket.send(JSON.stringify({ type: 'connection_init', payload: { padding: 'x'.repeat(70 * 1024) } }));
    expect(await code).toBe(1009);
  });

  it('closes a socket that never says connection_init', async () => {
    const { socket } = await handshake(app.url, {});
    expect(await closed(socket)).toBe(4408);
  });

  it('refuses queries and mutations over the WebSocket: they go over HTTP, where CSRF prevention applies', async () => {
    const client = app.client();
    client.cookie = cookie;
    const socket = client.subscriptions();
    const query = collect(socket, `query { me { id } }`);
    await query.waitFor(1).catch(() => undefined);
    expect(query.errors.flat()).toEqual([expect.objectContaining({ extensions: { code: 'BAD_REQUEST' } })]);
    await socket.dispose();
  });

  it('opens at most 10 subscriptions on one socket and refuses the rest by name, while /healthz stays quick', async () => {
    // the attacker runs in its own process, as it would: the server's answers are what is measured
    const attacker = spawn(
      process.execPath,
      ['--import', 'tsx', 'test/socket-attack.ts', `${app.url.replace(/^http/, 'ws')}/graphql`, '300', SUBSCRIBE_FROM_START],
      { cwd: serverRoot, stdio: ['pipe', 'pipe', 'inherit'] },
    );
    let report = '';
    attacker.stdout.on('data', (chunk: Buffer) => (report += chunk.toString()));
    await until(() => report.startsWith('connected'), 'the attacker is connected', 30_000);
    // the attacker's latest summary, asked for and awaited
    const summaryNow = async () => {
      const lines = report.split('\n').length;
      attacker.stdin.write('report\n');
      await until(() => report.split('\n').length > lines, 'the attacker reported', 30_000);
      return JSON.parse(report.split('\n').at(-2)!) as { errors: Record<string, number> };
    };
    let summary = { errors: {} as Record<string, number> };
    const { slowestHealthMs, quietHealthMs } = await healthWhile(app.url, async () => {
      attacker.stdin.write('go\n');
      // every subscribe answered: refused (the attacker saw it) or open (the server holds it)
      const answered = () => Object.values(summary.errors).reduce((sum, n) => sum + n, 0) + app.services.changeFanout.subscriberCount;
      await until(
        async () => {
          summary = await summaryNow();
          return answered() >= 300;
        },
        'every subscribe is answered',
        30_000,
      );
    });
    expect(summary.errors).toEqual({ 'QUERY_TOO_COMPLEX:subscriptions': 290 });
    expect(app.services.changeFanout.subscriberCount).toBe(10);
    console.log(`slowest health answer during the subscription burst: ${slowestHealthMs.toFixed(0)} ms`);
    expect(slowestHealthMs).toBeLessThan(responsiveBound({ quietHealthMs }));
    attacker.stdin.end();
    await until(() => app.services.changeFanout.subscriberCount === 0, 'the attacker is gone');
  });

  it('counts subscriptions per session across sockets', async () => {
    const client = app.client();
    client.cookie = cookie;
    const sockets = [client.subscriptions(), client.subscriptions(), client.subscriptions(), client.subscriptions()];
    const subscriptions = await subscribed(app, 30, () =>
      sockets.flatMap((socket) => Array.from({ length: 9 }, () => collect(socket, BOOKING_CHANGED))),
    );
    const refusals = () => subscriptions.filter((subscription) => subscription.errors.length > 0);
    await until(() => refusals().length >= 36 - 30, 'the subscriptions past 30 are refused');
    const refused = refusals();
    expect(refused).toHaveLength(36 - 30);
    expect(refused[0]!.errors.flat()[0]).toMatchObject({ extensions: { code: 'QUERY_TOO_COMPLEX', limit: 'subscriptions', max: 30 } });
    await client.closeSockets();
  });

  it('replays at most the configured number of changes; further back means RESYNC_REQUIRED', async () => {
    const roomId = (await factory.room()).id;
    const organizationId = (await factory.organization()).id;
    for (let hour = 10; hour < 18; hour++)
      await factory.booking({ roomId, organizationId, start: `2026-06-02T${hour}:00:00Z`, end: `2026-06-02T${hour}:30:00Z` });
    const socket = app.client().subscriptions();
    const fromStart = collect(socket, BOOKING_CHANGED, { after: '0' });
    await fromStart.waitFor(1).catch(() => undefined);
    expect(fromStart.errors.flat()).toEqual([
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'RESYNC_REQUIRED' }) }),
    ]);
    await socket.dispose();
  });
});

describe('with a public address configured', () => {
  let app: TestApp;
  let cookie: string;

  beforeAll(async () => {
    app = await createTestApp({ config: { publicUrl: 'https://raum.kollektiv.example' } });
    const factory = new Factory(app);
    cookie = (await factory.staffClient()).client.cookie!;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('accepts cookie-authenticated sockets only from that origin', async () => {
    const fromPublic = await handshake(app.url, { cookie, origin: 'https://raum.kollektiv.example' });
    expect(fromPublic.opened).toBe(true);
    fromPublic.socket.close();
    const fromHost = await handshake(app.url, { cookie, origin: app.url });
    expect(fromHost).toMatchObject({ opened: false, status: 403 });
  });
});

describe('WebSocket operations under rate limits', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ config: { rateLimits: { perMinutePerAddress: 60, perMinutePerSession: 60 } } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('refuses subscribe messages past the address’s share with TOO_MANY_REQUESTS', async () => {
    const socket = app.client().subscriptions();
    const subscriptions: Array<ReturnType<typeof collect>> = [];
    // the handshake took one token of the burst of 15; each subscribe takes one
    for (let i = 0; i < 20; i++) {
      subscriptions.push(collect(socket, BOOKING_CHANGED));
    }
    const limited = () => subscriptions.flatMap((subscription) => subscription.errors.flat()) as Array<{ extensions?: { code?: string } }>;
    await until(() => limited().some((error) => error.extensions?.code === 'TOO_MANY_REQUESTS'), 'a subscribe is refused');
    expect(limited().some((error) => error.extensions?.code === 'TOO_MANY_REQUESTS')).toBe(true);
    await socket.dispose();
  });
});
