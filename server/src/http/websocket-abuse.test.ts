import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import WebSocket from 'ws';
import { createTestApp, quietFor, subscribed, until, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { loadConfig } from '../config.js';
import { messageText } from './message-text.js';
import { IDLE_CLOSE_CODE, TOO_MANY_REQUESTS_CLOSE_CODE } from './websocket.js';

const SUBSCRIBE = `subscription { bookingChanged { cursor } }`;

/** A raw graphql-ws socket, as a script would open one: acknowledged, then whatever the test sends. */
async function openSocket(app: TestApp, cookie?: string): Promise<{ socket: WebSocket; closed: Promise<number>; messages: unknown[] }> {
  const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', { headers: cookie ? { cookie } : {} });
  const messages: unknown[] = [];
  const closed = new Promise<number>((resolve) => socket.on('close', (code) => resolve(code)));
  await new Promise<void>((resolve, reject) => {
    socket.on('error', reject);
    socket.on('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} })));
    socket.on('message', (data) => {
      const message = JSON.parse(messageText(data)) as { type: string };
      messages.push(message);
      if (message.type === 'connection_ack') resolve();
    });
  });
  return { socket, closed, messages };
}

const limits = loadConfig({}).operationLimits;
const opened: WebSocket[] = [];
// each test starts with this address's sockets closed on the server too: the next one counts from zero
afterEach(async () => {
  const closing = opened.splice(0);
  for (const socket of closing) socket.terminate();
  await new Promise((resolve) => setTimeout(resolve, 100));
});

describe('what a stranger can make the server log', () => {
  let app: TestApp;
  const lines: string[] = [];

  beforeAll(async () => {
    app = await createTestApp({ log: (message) => lines.push(message) });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('five sockets that ping and vanish, and an oversized frame, leave counted lines, never a stack per message', async () => {
    const printed = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      for (let round = 0; round < 5; round++) {
        const { socket, closed } = await openSocket(app);
        for (let ping = 0; ping < 2000; ping++) socket.send(JSON.stringify({ type: 'ping' }));
        socket.terminate();
        await closed;
      }
      const { socket, closed } = await openSocket(app);
      socket.send('x'.repeat(limits.maxMessageBytes + 1));
      expect(await closed).toBe(1009);
      // one more event after the minute lets the counted line out; here: at most the one line
      await quietFor(200); // a line per message would have been printed by now
      expect(printed).not.toHaveBeenCalled();
      expect(lines.length).toBeLessThanOrEqual(1);
      console.log(`log lines after 10,000 pings from vanishing sockets and an oversized frame: ${lines.length}`);
    } finally {
      printed.mockRestore();
    }
  });
});

describe('sockets held without reason', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({
      config: {
        operationLimits: { ...limits, maxSocketsPerAddress: 5, idleSeconds: 1, maxSubscriptionsPerSession: 3, maxReplaysPerMinute: 2 },
        rateLimits: { perMinutePerAddress: 300, perMinutePerSession: 300 },
      },
    });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('one address holds at most its share of sockets; the next is refused with 429', async () => {
    for (let index = 0; index < 5; index++) opened.push((await openSocket(app)).socket);
    const refused = await new Promise<number>((resolve) => {
      const socket = new WebSocket(`${app.url.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws');
      socket.on('unexpected-response', (_request, response) => resolve(response.statusCode ?? 0));
      socket.on('open', () => resolve(101));
    });
    expect(refused).toBe(429);
    opened.splice(0).forEach((socket) => socket.terminate());
    // once the server has seen them close, the address may open one again
    let again: WebSocket | undefined;
    await until(
      async () => (again = (await openSocket(app).catch(() => undefined))?.socket) !== undefined,
      'the address may open a socket',
    );
    opened.push(again!);
  });

  it('a socket without a subscription is closed when idle; one with a subscription stays', async () => {
    const idle = await openSocket(app);
    const busy = await openSocket(app);
    opened.push(idle.socket, busy.socket);
    busy.socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: SUBSCRIBE } }));
    expect(await idle.closed).toBe(IDLE_CLOSE_CODE);
    await quietFor(1200); // past another idle round (1 s): the busy socket must outlive it
    expect(busy.socket.readyState).toBe(WebSocket.OPEN);
  });

  it('subscriptions are capped per person, not per session: signing in again does not add to them', async () => {
    const factory = new Factory(app);
    const member = await factory.user('MEMBER', (await factory.organization()).id);
    const first = await app.client().login(member.email, 'correct horse battery');
    const second = await app.client().login(member.email, 'correct horse battery');
    const a = await openSocket(app, first.cookie);
    const b = await openSocket(app, second.cookie);
    opened.push(a.socket, b.socket);
    for (const [socket, id] of [
      [a.socket, 'a1'],
      [a.socket, 'a2'],
      [b.socket, 'b1'],
      [b.socket, 'b2'],
    ] as const)
      socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: SUBSCRIBE } }));
    // four at once for a cap of three: one of them is refused, whichever session sent it
    const errors = () =>
      [...a.messages, ...b.messages].filter((message) => (message as { type: string }).type === 'error') as Array<{
        payload: Array<{ extensions: { code: string; limit: string } }>;
      }>;
    await until(() => errors().length > 0, 'a subscription is refused');
    await quietFor(300); // a second refusal would have come by now
    expect(errors()).toHaveLength(1);
    expect(errors()[0]!.payload[0]!.extensions).toMatchObject({ code: 'QUERY_TOO_COMPLEX', limit: 'subscriptions' });
  });

  it('resumed subscriptions are counted per person: past the minute’s share the client reloads instead', async () => {
    const factory = new Factory(app);
    const member = await factory.user('MEMBER', (await factory.organization()).id);
    const sessions = [
      await app.client().login(member.email, 'correct horse battery'),
      await app.client().login(member.email, 'correct horse battery'),
    ];
    const sockets = await Promise.all(sessions.map((session) => openSocket(app, session.cookie)));
    opened.push(...sockets.map(({ socket }) => socket));
    const resume = (socket: WebSocket, id: string) =>
      socket.send(
        JSON.stringify({
          id,
          type: 'subscribe',
          payload: { query: `subscription ($after: String) { bookingChanged(after: $after) { cursor } }`, variables: { after: '0' } },
        }),
      );
    await subscribed(app, 2, () => {
      resume(sockets[0]!.socket, 'r1');
      resume(sockets[1]!.socket, 'r2');
    });
    // the third passes its cursor inline: a resume all the same
    sockets[1]!.socket.send(
      JSON.stringify({ id: 'r3', type: 'subscribe', payload: { query: `subscription { bookingChanged(after: "0") { cursor } }` } }),
    );
    await until(() => sockets[1]!.messages.some((message) => (message as { id?: string }).id === 'r3'), 'the third resume is answered');
    const third = sockets[1]!.messages.find((message) => (message as { id?: string }).id === 'r3') as {
      type: string;
      payload: Array<{ extensions: { code: string } }>;
    };
    expect(third.type).toBe('error');
    expect(third.payload[0]!.extensions.code).toBe('RESYNC_REQUIRED');
    for (const message of [...sockets[0]!.messages, ...sockets[1]!.messages].filter((message) =>
      ['r1', 'r2'].includes((message as { id?: string }).id ?? ''),
    ))
      expect((message as { type: string }).type).not.toBe('error');
  });

  it('pings count against the fair share: a stream of them closes the socket with 4429', async () => {
    const { socket, closed } = await openSocket(app);
    opened.push(socket);
    for (let ping = 0; ping < 400; ping++) socket.send(JSON.stringify({ type: 'ping' }));
    expect(await closed).toBe(TOO_MANY_REQUESTS_CLOSE_CODE);
  });
});
