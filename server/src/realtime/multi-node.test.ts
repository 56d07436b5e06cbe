import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, collect, createTestApp, freshPostgresDatabase, subscribed, type TestApp } from '../../test/harness.js';
import { openDatabase } from '../db/database.js';
import { migrations } from '../db/entities.js';
import { Factory } from '../../test/factories.js';
import { BOOKING_CHANGED, CREATE_BOOKING } from '../../test/documents.js';

// Several app nodes share one PostgreSQL; the embedded engine is one process by design.
describe.runIf(ENGINE === 'postgres')('two app nodes on one PostgreSQL', () => {
  let nodeA: TestApp;
  let nodeB: TestApp;
  let roomId: string;
  let organizationId: string;

  beforeAll(async () => {
    nodeA = await createTestApp();
    nodeB = await createTestApp({ databaseUrl: nodeA.databaseUrl });
    const factory = new Factory(nodeA);
    roomId = (await factory.room()).id;
    organizationId = (await factory.organization()).id;
  });

  afterAll(async () => {
    await nodeB?.stop();
    await nodeA?.stop();
  });

  it('deliver each other’s committed changes to their subscribers', async () => {
    const factoryA = new Factory(nodeA);
    const { client: onA } = await factoryA.staffClient();
    const onB = nodeB.client();
    onB.cookie = onA.cookie; // sessions live in the shared database: the same login works on every node
    const streamOnB = await subscribed(nodeB, 1, () =>
      collect<{ bookingChanged: { bookingId: string } }>(onB.subscriptions(), BOOKING_CHANGED),
    );
    const streamOnA = await subscribed(nodeA, 1, () =>
      collect<{ bookingChanged: { bookingId: string } }>(onA.subscriptions(), BOOKING_CHANGED),
    );

    const input = (hour: number) => ({
      input: {
        roomId,
        organizationId,
        title: `Knoten ${hour}`,
        category: 'MEETING',
        start: `2026-06-02T${hour}:00:00+02:00`,
        end: `2026-06-02T${hour}:30:00+02:00`,
      },
    });
    const { createBooking: fromA } = await onA.data(CREATE_BOOKING, input(10));
    const { createBooking: fromB } = await onB.data(CREATE_BOOKING, input(11));

    const seenOnB = await streamOnB.waitFor(2);
    const seenOnA = await streamOnA.waitFor(2);
    expect(seenOnB.map((event) => event.bookingChanged.bookingId)).toEqual([fromA.id, fromB.id]);
    expect(seenOnA.map((event) => event.bookingChanged.bookingId)).toEqual([fromA.id, fromB.id]);
    await onA.closeSockets();
    await onB.closeSockets();
  });

  it('keep refusing double bookings across nodes', async () => {
    const { client: onA } = await new Factory(nodeA).staffClient();
    const onB = nodeB.client();
    onB.cookie = onA.cookie;
    const attempt = (client: typeof onA) =>
      client.request(CREATE_BOOKING, {
        input: {
          roomId,
          organizationId,
          title: 'Gleichzeitig',
          category: 'MEETING',
          start: '2026-06-03T10:00:00+02:00',
          end: '2026-06-03T11:00:00+02:00',
        },
      });
    const results = await Promise.all([attempt(onA), attempt(onB), attempt(onA), attempt(onB)]);
    expect(results.filter((result) => result.data?.createBooking)).toHaveLength(1);
    expect(results.flatMap((result) => result.errors?.map((error) => error.extensions?.code) ?? [])).toEqual([
      'BOOKING_CONFLICT',
      'BOOKING_CONFLICT',
      'BOOKING_CONFLICT',
    ]);
  });

  it('start together on an empty database: one migrates, the others wait and find it done', async () => {
    const database = await freshPostgresDatabase(process.env.DATABASE_URL!);
    try {
      const replicas = await Promise.all([1, 2, 3].map(() => openDatabase({ databaseUrl: database.url, dataDir: undefined })));
      const applied = await replicas[0]!.dataSource.query<Array<{ name: string }>>(`SELECT name FROM migrations ORDER BY id`);
      expect(applied).toHaveLength(migrations.length);
      await Promise.all(replicas.map((replica) => replica.close()));
    } finally {
      await database.drop();
    }
  });
});
