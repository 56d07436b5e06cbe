import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, ResumingSubscriber, createTestApp, freshPostgresDatabase, quietFor, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { nginxAvailable, startNginx } from '../../test/nginx.js';
import { BOOKING_CHANGED, CREATE_BOOKING } from '../../test/documents.js';

describe.runIf(ENGINE === 'postgres' && nginxAvailable)('the reverse proxy in front of two nodes (deploy/nginx.conf)', () => {
  let nodeA: TestApp;
  let nodeB: TestApp;
  let nginx: { url: string; stop: () => void };
  let proxyUrl: string;
  let database: { url: string; drop: () => Promise<void> };

  beforeAll(async () => {
    // the database outlives the nodes, which the test stops one by one
    database = await freshPostgresDatabase(process.env.DATABASE_URL!);
    nodeA = await createTestApp({ databaseUrl: database.url, now: new Date().toISOString() });
    nodeB = await createTestApp({ databaseUrl: database.url, now: new Date().toISOString() });
    nginx = await startNginx([`127.0.0.1:${nodeA.port}`, `127.0.0.1:${nodeB.port}`]);
    proxyUrl = nginx.url;
  });

  afterAll(async () => {
    nginx?.stop();
    await nodeB?.stop();
    await nodeA?.stop();
    await database?.drop();
  });

  it('passes the app’s security headers once, and answers a burst on /graphql with a typed 429', async () => {
    const page = await fetch(`${proxyUrl}/graphql?query=%7B__typename%7D`, { headers: { 'apollo-require-preflight': 'true' } });
    expect(page.headers.get('content-security-policy')).toMatch(/^default-src 'self'.*script-src 'self'/);
    expect(page.headers.get('x-content-type-options')).toBe('nosniff');
    const responses = await Promise.all(
      Array.from({ length: 150 }, () =>
        fetch(`${proxyUrl}/graphql`, {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: '{"query":"{ __typename }"}',
        }),
      ),
    );
    const limited = responses.find((response) => response.status === 429);
    expect(limited).toBeDefined();
    expect(limited!.headers.get('retry-after')).toBe('1');
    expect(await limited!.json()).toMatchObject({ errors: [{ extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    await quietFor(3000); // the address's rate-limit budget refills with time, before the next test
  });

  it('passes the WebSocket through, and a client whose node goes away resumes on the other with nothing lost', async () => {
    const factory = new Factory(nodeA);
    const roomId = (await factory.room()).id;
    const organizationId = (await factory.organization()).id;
    const { client: staff } = await factory.staffClient();
    let hour = 8;
    const throughProxy = new ApiClient(proxyUrl);
    throughProxy.cookie = staff.cookie;
    const book = () => {
      const slot = `2026-06-02T${String(hour++).padStart(2, '0')}`;
      return throughProxy.request(CREATE_BOOKING, {
        input: {
          roomId,
          organizationId,
          title: `Über den Proxy ${slot}`,
          category: 'MEETING',
          start: `${slot}:00:00+02:00`,
          end: `${slot}:30:00+02:00`,
        },
      });
    };
    const subscriber = new ResumingSubscriber([proxyUrl], BOOKING_CHANGED, staff.cookie);
    try {
      expect((await book()).data).toBeTruthy();
      await subscriber.waitFor(1);

      // whichever node holds the subscriber's socket goes away; the proxy sends everything to the other
      const holder = nodeA.services.changeFanout.subscriberCount > 0 ? nodeA : nodeB;
      await holder.stop();
      expect((await book()).data).toBeTruthy();
      expect((await book()).data).toBeTruthy();
      await subscriber.waitFor(3);
      expect(subscriber.connections).toHaveLength(2);

      // with no node left, a typed error instead of nginx's HTML page
      const survivor = holder === nodeA ? nodeB : nodeA;
      await survivor.stop();
      const refused = await book();
      expect(refused.status).toBe(503);
      expect(refused.errors?.[0]?.extensions?.code).toBe('SERVICE_UNAVAILABLE');
      // nginx's own answer carries the security headers the app would have sent
      const unavailable = await fetch(`${proxyUrl}/calendar`);
      expect(unavailable.status).toBe(503);
      expect(unavailable.headers.get('content-security-policy')).toContain("frame-ancestors 'none'");
      expect(unavailable.headers.get('x-frame-options')).toBe('DENY');

      const client = new pg.Client({ connectionString: database.url });
      await client.connect();
      const logged = (
        await client.query<{ cursor: string }>(`SELECT cursor::text AS cursor FROM change_log ORDER BY change_log.cursor`)
      ).rows.map((row) => row.cursor);
      await client.end();
      expect(subscriber.cursors).toEqual(logged);
      expect(subscriber.errors).toEqual([]);
    } finally {
      await subscriber.stop();
    }
  });
});
