import { execSync } from 'node:child_process';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, ResumingSubscriber, createTestApp, until, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { BOOKING_CHANGED, BOOKINGS, CREATE_BOOKING } from '../../test/documents.js';
import { spawnNode } from '../../test/node-process.js';
import { TcpProxy } from '../../test/tcp-proxy.js';

async function healthStatus(baseUrl: string): Promise<number> {
  try {
    return (await fetch(`${baseUrl}/healthz`)).status;
  } catch {
    return 0;
  }
}

describe.runIf(ENGINE === 'postgres')('faults with PostgreSQL', () => {
  let writer: TestApp;
  let factory: Factory;
  let roomId: string;
  let organizationId: string;
  let hour = 8;
  const cleanups: Array<() => Promise<void> | void> = [];

  /** A booking written through `node`'s API with the given session. */
  function bookThrough(node: { url: string }, cookie: string | undefined) {
    const client = new ApiClient(node.url);
    client.cookie = cookie;
    const slot = `2026-06-02T${String(hour++).padStart(2, '0')}`;
    const input = {
      roomId,
      organizationId,
      title: `Termin ${slot}`,
      category: 'MEETING',
      start: `${slot}:00:00+02:00`,
      end: `${slot}:30:00+02:00`,
    };
    return client.request<{ createBooking: { id: string } }>(CREATE_BOOKING, { input });
  }

  beforeAll(async () => {
    // the spawned node runs on the system clock; sessions made here must be valid there
    writer = await createTestApp({ now: new Date().toISOString() });
    factory = new Factory(writer);
    roomId = (await factory.room()).id;
    organizationId = (await factory.organization()).id;
  });

  afterEach(async () => {
    for (const cleanup of cleanups.splice(0).reverse()) await cleanup();
  });

  afterAll(async () => {
    await writer?.stop();
  });

  it('survives a PostgreSQL restart mid-stream: /healthz says so, the node reconnects, the subscriber loses nothing', async () => {
    const proxy = new TcpProxy('127.0.0.1', Number(new URL(writer.databaseUrl!).port || 5432));
    await proxy.start();
    cleanups.push(() => proxy.stop());
    const node = await createTestApp({ databaseUrl: proxy.urlFor(writer.databaseUrl!) });
    cleanups.push(() => node.stop());
    const { client: staff } = await factory.staffClient();
    const subscriber = new ResumingSubscriber([node.url], BOOKING_CHANGED, staff.cookie);
    cleanups.push(() => subscriber.stop());

    expect((await bookThrough(writer, staff.cookie)).errors).toBeUndefined();
    await subscriber.waitFor(1);

    await proxy.cut();
    await until(async () => (await healthStatus(node.url)) === 503, '/healthz reports the outage');
    expect(await (await fetch(`${node.url}/healthz`)).json()).toMatchObject({ status: 'database unavailable' });
    // while the database is away the node answers with a typed error, not a stack trace
    const refused = await bookThrough(node, staff.cookie);
    expect(refused.status).toBe(503);
    expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    const anonymousRead = await new ApiClient(node.url).request(BOOKINGS, { from: '2026-06-01T00:00:00Z', to: '2026-06-08T00:00:00Z' });
    expect(anonymousRead.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
    // other nodes keep writing meanwhile
    await bookThrough(writer, staff.cookie);
    await bookThrough(writer, staff.cookie);

    await proxy.restore();
    await until(async () => (await healthStatus(node.url)) === 200, '/healthz is green again');
    await subscriber.waitFor(3);
    expect((await bookThrough(node, staff.cookie)).errors).toBeUndefined();
    await subscriber.waitFor(4);

    const logged = await writer.services.database.dataSource.query<Array<{ cursor: string }>>(
      `SELECT cursor::text AS cursor FROM change_log ORDER BY change_log.cursor`,
    );
    expect(subscriber.cursors).toEqual(logged.map((row) => row.cursor).slice(-4));
    expect(subscriber.errors).toEqual([]);
    // the subscriber's socket to the node never dropped: the node rode out the outage
    expect(subscriber.connections).toEqual([node.url]);
  });

  it('a killed node: its clients reconnect to another node and catch up with no gap and no duplicate', async () => {
    const doomed = await spawnNode(writer.databaseUrl!);
    cleanups.push(() => void doomed.process.kill('SIGKILL'));
    const survivor = writer;
    const { client: staff } = await factory.staffClient();
    const before = await writer.services.database.dataSource.query<Array<{ cursor: string }>>(
      `SELECT coalesce(max(cursor), 0)::text AS cursor FROM change_log`,
    );
    const subscriber = new ResumingSubscriber([doomed.url, survivor.url], BOOKING_CHANGED, staff.cookie, before[0]!.cursor);
    cleanups.push(() => subscriber.stop());

    expect((await bookThrough(survivor, staff.cookie)).errors).toBeUndefined();
    await subscriber.waitFor(1).catch((error: unknown) => {
      throw new Error(`${String(error)}; ${JSON.stringify({ errors: subscriber.errors, connections: subscriber.connections })}`);
    });
    expect(subscriber.connections).toEqual([doomed.url]);

    doomed.process.kill('SIGKILL');
    await bookThrough(survivor, staff.cookie);
    await bookThrough(survivor, staff.cookie);
    await subscriber.waitFor(3);
    await bookThrough(survivor, staff.cookie);
    await subscriber.waitFor(4);

    const logged = await writer.services.database.dataSource.query<Array<{ cursor: string }>>(
      `SELECT cursor::text AS cursor FROM change_log WHERE cursor > $1 ORDER BY change_log.cursor`,
      [before[0]!.cursor],
    );
    expect(subscriber.cursors).toEqual(logged.map((row) => row.cursor));
    expect(subscriber.connections).toEqual([doomed.url, survivor.url]);
    expect(subscriber.errors).toEqual([]);
  });

  // Stops and starts the real server, so it runs only where asked to: CI's last step, with nothing else running.
  it.runIf(process.env.POSTGRES_STOP_COMMAND && process.env.POSTGRES_START_COMMAND)(
    'rides out a real PostgreSQL restart: pool and LISTEN come back on their own, the subscriber loses nothing',
    async () => {
      const node = writer;
      const { client: staff } = await factory.staffClient();
      const before = await node.services.database.dataSource.query<Array<{ cursor: string }>>(
        `SELECT coalesce(max(cursor), 0)::text AS cursor FROM change_log`,
      );
      const subscriber = new ResumingSubscriber([node.url], BOOKING_CHANGED, staff.cookie, before[0]!.cursor);
      cleanups.push(() => subscriber.stop());
      await bookThrough(node, staff.cookie);
      await subscriber.waitFor(1);

      execSync(process.env.POSTGRES_STOP_COMMAND!, { stdio: 'inherit' });
      try {
        await until(async () => (await healthStatus(node.url)) === 503, '/healthz reports the outage');
        const refused = await bookThrough(node, staff.cookie);
        expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      } finally {
        execSync(process.env.POSTGRES_START_COMMAND!, { stdio: 'inherit' });
      }
      await until(async () => (await healthStatus(node.url)) === 200, '/healthz is green again', 60_000);
      // written at once, very likely before the listening connection is back: caught up on its reconnect
      await until(async () => !(await bookThrough(node, staff.cookie)).errors, 'a write succeeds again');
      await bookThrough(node, staff.cookie);
      await subscriber.waitFor(3, 30_000);

      const logged = await node.services.database.dataSource.query<Array<{ cursor: string }>>(
        `SELECT cursor::text AS cursor FROM change_log WHERE cursor > $1 ORDER BY change_log.cursor`,
        [before[0]!.cursor],
      );
      expect(subscriber.cursors).toEqual(logged.map((row) => row.cursor));
      expect(subscriber.errors).toEqual([]);
      expect(subscriber.connections).toEqual([node.url]);
    },
    120_000,
  );
});
