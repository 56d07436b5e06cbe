import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import WebSocket from 'ws';
import { afterAll, describe, expect, it } from 'vitest';
import {
  ApiClient,
  ENGINE,
  ResumingSubscriber,
  createTestApp,
  freshPostgresDatabase,
  quietFor,
  until,
  type TestApp,
} from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { freePort, spawnNode } from '../../test/node-process.js';
import { nginxAvailable, startNginx, type RunningNginx } from '../../test/nginx.js';
import { BOOKING_CHANGED, CREATE_BOOKING } from '../../test/documents.js';
import { REFERENCE_NOW, houseDate, houseTime, plusDays, unusualBecause } from '../../test/dates.js';
import { RESTART_CLOSE_CODE } from '../http/websocket.js';

const SUBSCRIBERS = 4;
const WRITERS = 2;
/** Between one writer's bookings: two writers stay well below nginx's 20 requests a second per address. */
const PAUSE_MS = 150;

/** The next date every house is open on (no weekend, holiday or clock change). */
function ordinaryDayAfter(date: string): string {
  let day = plusDays(date, 1);
  while (unusualBecause(day) !== null) day = plusDays(day, 1);
  return day;
}

/** Free half-hour slots, one after another: every room, then the next half hour, then the next ordinary day. */
function slots(roomIds: string[]) {
  let day = ordinaryDayAfter(houseDate(REFERENCE_NOW));
  let index = 0;
  return () => {
    if (index === roomIds.length * 48) {
      day = ordinaryDayAfter(day);
      index = 0;
    }
    const roomId = roomIds[index % roomIds.length]!;
    const half = Math.floor(index / roomIds.length);
    index++;
    const start = houseTime(day, `${String(Math.floor(half / 2)).padStart(2, '0')}:${half % 2 ? '30' : '00'}`);
    return { roomId, start, end: new Date(Date.parse(start) + 30 * 60_000).toISOString() };
  };
}

/** graphql-ws as it comes, its own retry policy included: whether it reconnects after the close code a stopping node sends. */
function stockClient(url: string, cookie?: string) {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: cookie ? { cookie } : {} });
    }
  }
  const seen = { connected: 0, closeCodes: [] as number[], failures: [] as unknown[] };
  const client: Client = createClient({
    url: `${url.replace(/^http/, 'ws')}/graphql`,
    webSocketImpl: CookieWebSocket,
    lazy: false,
    onNonLazyError: (error) => seen.failures.push(error),
    on: {
      connected: () => seen.connected++,
      closed: (event) => seen.closeCodes.push((event as { code?: number }).code ?? 0),
    },
  });
  client.subscribe(
    { query: BOOKING_CHANGED, variables: {} },
    { next: () => {}, error: (error) => seen.failures.push(error), complete: () => {} },
  );
  return { client, seen };
}

describe.runIf(ENGINE === 'postgres' && nginxAvailable)('a rolling restart behind nginx (deploy/nginx.conf)', () => {
  const nodes: TestApp[] = [];
  let nginx: RunningNginx | undefined;
  let database: { url: string; drop: () => Promise<void> } | undefined;

  afterAll(async () => {
    nginx?.stop();
    for (const node of nodes) await node.stop();
    await database?.drop();
  });

  it('loses no request and no change while each node in turn drains and comes back', async () => {
    database = await freshPostgresDatabase(process.env.DATABASE_URL!);
    const ports = [await freePort(), await freePort()];
    // the node drains as on SIGTERM (main.ts calls the same drain), with a second of "not ready" first
    const start = (port: number) =>
      createTestApp({ databaseUrl: database!.url, now: REFERENCE_NOW, config: { port, drain: { delaySeconds: 1, timeoutSeconds: 10 } } });
    nodes.push(await start(ports[0]!), await start(ports[1]!));
    nginx = await startNginx(ports.map((port) => `127.0.0.1:${port}`));
    const proxyUrl = nginx.url;

    const factory = new Factory(nodes[0]!);
    const location = await factory.location({ openingHours: ALWAYS_OPEN });
    const roomIds = await Promise.all([1, 2, 3, 4].map(async () => (await factory.room({ locationId: location.id })).id));
    const organizationId = (await factory.organization()).id;
    const { client: staff } = await factory.staffClient();
    const cookie = staff.cookie!;

    const subscribers = Array.from({ length: SUBSCRIBERS }, () => new ResumingSubscriber([proxyUrl], BOOKING_CHANGED, cookie));
    const stock = stockClient(proxyUrl, cookie);
    const subscriberCount = () => nodes.reduce((sum, node) => sum + node.services.changeFanout.subscriberCount, 0);
    await until(() => subscriberCount() === SUBSCRIBERS + 1, 'every subscriber is connected');

    const next = slots(roomIds);
    const failures: string[] = [];
    let booked = 0;
    let writing = true;
    const writer = async () => {
      const client = new ApiClient(proxyUrl);
      client.cookie = cookie;
      while (writing) {
        const slot = next();
        const answer = await client
          .request(CREATE_BOOKING, {
            input: { ...slot, organizationId, title: 'Neustart ohne Folgen', category: 'MEETING' },
          })
          .catch((error: unknown) => ({ status: 0, data: undefined, errors: [{ message: String(error) }] }));
        if (answer.status === 200 && answer.data?.createBooking && !answer.errors) booked++;
        else failures.push(`${answer.status} ${JSON.stringify(answer.errors)}`);
        await quietFor(PAUSE_MS);
      }
    };
    const writers = Array.from({ length: WRITERS }, () => writer());

    const bookedWhileRestarting: number[] = [];
    const drainMs: number[] = [];
    for (const index of [0, 1]) {
      await quietFor(1500);
      const before = booked;
      const began = Date.now();
      const drained = nodes[index]!.drain();
      // not ready while it still serves: a balancer that polls /readyz sends elsewhere
      expect((await fetch(`http://127.0.0.1:${ports[index]}/readyz`, { headers: { connection: 'close' } })).status).toBe(503);
      await drained;
      drainMs.push(Date.now() - began);
      nodes[index] = await start(ports[index]!);
      bookedWhileRestarting.push(booked - before);
    }
    await quietFor(1500);
    writing = false;
    await Promise.all(writers);

    const client = new pg.Client({ connectionString: database.url });
    await client.connect();
    const logged = (
      await client.query<{ cursor: string }>(`SELECT cursor::text AS cursor FROM change_log ORDER BY change_log.cursor`)
    ).rows.map((row) => row.cursor);
    for (const subscriber of subscribers) await subscriber.waitFor(logged.length, 30_000);

    const stored = await client.query<{ count: string }>(`SELECT count(*)::text AS count FROM booking`);
    await client.end();
    console.log(
      `rolling restart: ${booked} bookings (${bookedWhileRestarting.join(' and ')} while each node drained and restarted), ` +
        `${failures.length} failed; ${logged.length} changes to each of ${SUBSCRIBERS} subscribers; drains took ${drainMs.join(' and ')} ms`,
    );
    expect(failures, `nginx said:\n${nginx.errorLog()}`).toEqual([]);
    // each answered booking stored once, none stored for a request that seemed to fail
    expect(Number(stored.rows[0]!.count)).toBe(booked);
    // the writers went on through both restarts
    for (const count of bookedWhileRestarting) expect(count).toBeGreaterThan(0);
    for (const subscriber of subscribers) {
      expect(subscriber.cursors).toEqual(logged);
      expect(subscriber.errors).toEqual([]);
      // each socket sat on one of the nodes, and both restarted
      expect(subscriber.connections.length).toBeGreaterThanOrEqual(2);
      expect(new Set(subscriber.closeCodes)).toEqual(new Set([RESTART_CLOSE_CODE]));
    }
    await until(() => subscriberCount() === SUBSCRIBERS + 1, 'the stock client is back too');
    expect(stock.seen.connected).toBeGreaterThanOrEqual(2);
    expect(new Set(stock.seen.closeCodes)).toEqual(new Set([RESTART_CLOSE_CODE]));
    expect(stock.seen.failures).toEqual([]);

    for (const subscriber of subscribers) await subscriber.stop();
    await stock.client.dispose();
  }, 120_000);

  it('drains a node process on SIGTERM, as main.ts is started in production, and exits with 0', async () => {
    const own = await freshPostgresDatabase(process.env.DATABASE_URL!);
    const node = await spawnNode(own.url, 'test', { DRAIN_DELAY_SECONDS: '1' });
    // anyone may hear of public bookings: the socket needs no session
    const socket = stockClient(node.url);
    await until(() => socket.seen.connected === 1, 'the socket is open');
    const exited = new Promise<number | null>((resolve) => node.process.once('exit', (code) => resolve(code)));
    node.process.kill('SIGTERM');
    const readiness = () =>
      fetch(`${node.url}/readyz`).then(
        (response) => response.status,
        () => 0,
      );
    await until(async () => (await readiness()) === 503, 'the node says it is draining');
    expect(await exited).toBe(0);
    expect(socket.seen.closeCodes[0]).toBe(RESTART_CLOSE_CODE);
    // it is retrying against the stopped node by now: dispose rejects with that attempt's failure
    await Promise.resolve(socket.client.dispose()).catch(() => undefined);
    await own.drop();
  }, 150_000);
});
