import net from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { ApiClient, ENGINE, collect, createTestApp, until, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { BOOKING_CHANGED } from '../../test/documents.js';
import { SLOW_CONSUMER_CLOSE_CODE } from './booking-change-fanout.js';
import { loadConfig } from '../config.js';
import { messageText } from '../http/message-text.js';

interface ChangeEvent {
  bookingChanged: {
    cursor: string;
    booking: { title: string | null; notes: string | null; redacted: boolean } | null;
  };
}

/**
 * A graphql-transport-ws client on a TCP connection the test can stop reading from, like a phone
 * whose browser froze. It records every `next` in arrival order.
 */
class PausableSubscriber {
  readonly received: Array<{ id: string; cursor: string }> = [];
  closeCode: number | undefined;
  private constructor(
    private readonly socket: WebSocket,
    private readonly tcp: net.Socket,
  ) {}

  static async connect(baseUrl: string, cookie: string | undefined): Promise<PausableSubscriber> {
    let tcp: net.Socket | undefined;
    const socket = new WebSocket(`${baseUrl.replace(/^http/, 'ws')}/graphql`, 'graphql-transport-ws', {
      headers: cookie ? { cookie } : {},
      createConnection: (options: { port?: number | string | null; host?: string | null }) => {
        tcp = net.connect(Number(options.port), String(options.host));
        return tcp;
      },
    });
    await new Promise((resolve, reject) => socket.once('open', resolve).once('error', reject));
    const subscriber = new PausableSubscriber(socket, tcp!);
    const acknowledged = new Promise<void>((resolve) =>
      socket.on('message', (data) => {
        const message = JSON.parse(messageText(data)) as { id?: string; type: string; payload?: { data?: ChangeEvent } };
        if (message.type === 'connection_ack') resolve();
        if (message.type === 'next' && message.id && message.payload?.data)
          subscriber.received.push({ id: message.id, cursor: message.payload.data.bookingChanged.cursor });
      }),
    );
    socket.on('close', (code) => {
      subscriber.closeCode = code;
    });
    socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    await acknowledged;
    return subscriber;
  }

  subscribe(id: string, variables: Record<string, unknown> = {}): void {
    this.socket.send(JSON.stringify({ id, type: 'subscribe', payload: { query: BOOKING_CHANGED, variables } }));
  }

  stopReading(): void {
    this.tcp.pause();
  }

  startReading(): void {
    this.tcp.resume();
  }

  cursorsOf(id: string): string[] {
    return this.received.filter((message) => message.id === id).map((message) => message.cursor);
  }

  close(): void {
    this.socket.terminate();
  }
}

describe(`fan-out on ${ENGINE}`, () => {
  let app: TestApp;
  let factory: Factory;
  let roomId: string;
  let organizationA: string;
  let organizationB: string;
  let slot = 0;
  const nextSlot = () => {
    const minutes = 8 * 60 + 15 * slot++;
    const at = (value: number) => `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
    return { start: `2026-06-02T${at(minutes)}:00+02:00`, end: `2026-06-02T${at(minutes + 15)}:00+02:00` };
  };

  beforeAll(async () => {
    app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
    factory = new Factory(app);
    const locationId = (await factory.location()).id;
    roomId = (await factory.room({ locationId })).id;
    organizationA = (await factory.organization()).id;
    organizationB = (await factory.organization()).id;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('executes each change once per visibility group, not once per socket, and still applies each group’s rules', async () => {
    const fanout = app.services.changeFanout;
    const viewers: Array<{ group: string; client: ApiClient }> = [];
    for (let i = 0; i < 8; i++) {
      viewers.push({ group: 'anonymous', client: app.client() });
      viewers.push({ group: 'staff', client: (await factory.staffClient()).client });
      viewers.push({ group: 'memberA', client: (await factory.memberClient(organizationA)).client });
      viewers.push({ group: 'memberB', client: (await factory.memberClient(organizationB)).client });
    }
    const streams = viewers.map(({ group, client }) => ({
      group,
      client,
      stream: collect<ChangeEvent>(client.subscriptions(), BOOKING_CHANGED),
    }));
    await until(() => fanout.subscriberCount === streams.length, 'every socket has subscribed');
    expect(fanout.groupCount).toBe(4);

    const executionsBefore = fanout.stats.executions;
    await factory.booking({
      roomId,
      organizationId: organizationA,
      title: 'Offene Sprechstunde',
      visibility: 'PUBLIC',
      notes: 'Schlüssel bei Frau K.',
      ...nextSlot(),
    });
    await Promise.all(streams.map(({ stream }) => stream.waitFor(1)));
    expect(fanout.stats.executions - executionsBefore).toBe(4);
    for (const { group, stream } of streams) {
      const booking = stream.events[0]?.bookingChanged.booking;
      expect(booking?.title).toBe('Offene Sprechstunde');
      expect(booking?.notes).toBe(group === 'memberA' || group === 'staff' ? 'Schlüssel bei Frau K.' : null);
    }

    // a private booking: anonymous viewers do not learn of it, other MOs see only that the room is taken
    await factory.booking({
      roomId,
      organizationId: organizationA,
      title: 'Vorstandssitzung',
      visibility: 'PRIVATE',
      notes: 'Kasse',
      ...nextSlot(),
    });
    const signedIn = streams.filter(({ group }) => group !== 'anonymous');
    await Promise.all(signedIn.map(({ stream }) => stream.waitFor(2)));
    expect(fanout.stats.executions - executionsBefore).toBe(4 + 3);
    for (const { group, stream } of signedIn) {
      const booking = stream.events[1]?.bookingChanged.booking;
      if (group === 'memberB') expect(booking).toMatchObject({ title: null, notes: null, redacted: true });
      else expect(booking).toMatchObject({ title: 'Vorstandssitzung', notes: 'Kasse', redacted: false });
    }
    await factory.booking({ roomId, organizationId: organizationB, title: 'Chor', visibility: 'PUBLIC', ...nextSlot() });
    await Promise.all(streams.map(({ stream, group }) => stream.waitFor(group === 'anonymous' ? 2 : 3)));
    for (const { group, stream } of streams) expect(stream.events).toHaveLength(group === 'anonymous' ? 2 : 3);

    for (const { stream, client } of streams) {
      stream.dispose();
      await client.closeSockets();
    }
    await until(() => fanout.groupCount === 0, 'the groups are gone with their subscribers');
  });

  it('keeps subscribers apart who send one document but name different operations in it', async () => {
    const document = `
      subscription Titles { bookingChanged { cursor booking { title } } }
      subscription Notes { bookingChanged { cursor booking { notes } } }`;
    const staff = (await factory.staffClient()).client;
    const titles = collect<{ bookingChanged: { booking: Record<string, unknown> } }>(staff.subscriptions(), document, {}, 'Titles');
    const notes = collect<{ bookingChanged: { booking: Record<string, unknown> } }>(staff.subscriptions(), document, {}, 'Notes');
    await until(() => app.services.changeFanout.subscriberCount === 2, 'both have subscribed');
    expect(app.services.changeFanout.groupCount).toBe(2);
    await factory.booking({ roomId, organizationId: organizationA, title: 'Chor', notes: 'Noten mitbringen', ...nextSlot() });
    await Promise.all([titles.waitFor(1), notes.waitFor(1)]);
    expect(titles.events[0]?.bookingChanged.booking).toEqual({ title: 'Chor' });
    expect(notes.events[0]?.bookingChanged.booking).toEqual({ notes: 'Noten mitbringen' });
    await staff.closeSockets();
  });
});

describe(`a stuck consumer on ${ENGINE}`, () => {
  let app: TestApp;
  let factory: Factory;
  const roomIds: string[] = [];
  let organizationId: string;

  beforeAll(async () => {
    // a small send buffer, so a stuck socket reaches it after a few dozen changes
    app = await createTestApp({
      now: '2026-06-01T08:00:00Z',
      fanoutLimits: { maxBufferedBytes: 64 * 1024, maxBacklog: 1000, closeGraceMs: 20_000 },
      // fifty subscriptions on one socket: above the production caps, which have their own test
      config: { operationLimits: { ...loadConfig({}).operationLimits, maxSubscriptionsPerSocket: 60, maxSubscriptionsPerSession: 60 } },
    });
    factory = new Factory(app);
    const locationId = (await factory.location()).id;
    for (let i = 0; i < 10; i++) roomIds.push((await factory.room({ locationId })).id);
    organizationId = (await factory.organization()).id;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('is closed with 1013 once its send buffer is full, never delays the others, and resumes without a gap', async () => {
    const fanout = app.services.changeFanout;
    const staff = (await factory.staffClient()).client;
    const healthy = collect<ChangeEvent>(staff.subscriptions(), BOOKING_CHANGED);
    const stuck = await PausableSubscriber.connect(app.url, staff.cookie);
    // fifty subscriptions on one socket fill its buffers fifty times as fast
    for (let i = 0; i < 50; i++) stuck.subscribe(`s${i}`);
    await until(() => fanout.subscriberCount === 51, 'all subscriptions are open');
    stuck.stopReading();

    const notes = 'Bitte Stühle hochstellen. '.repeat(70);
    const created: string[] = [];
    const book = async () => {
      // 48 quarter hours from 08:00 on Tuesday 2 June, room after room
      const slot = created.length;
      const start = new Date(Date.parse('2026-06-02T08:00:00+02:00') + (slot % 48) * 15 * 60_000);
      const roomId = roomIds[Math.floor(slot / 48)]!;
      await factory.booking({
        roomId,
        organizationId,
        notes,
        start: start.toISOString(),
        end: new Date(start.getTime() + 15 * 60_000).toISOString(),
      });
      created.push(String(created.length));
    };
    while (fanout.stats.slowSocketsClosed === 0) {
      if (created.length >= 400) throw new Error('the stuck socket was never closed');
      await book();
      // the healthy subscriber keeps up while the stuck one holds megabytes unread
      await healthy.waitFor(created.length);
    }
    for (let i = 0; i < 5; i++) await book();
    await healthy.waitFor(created.length);
    expect(healthy.events).toHaveLength(created.length);
    expect(healthy.errors).toEqual([]);

    stuck.startReading();
    await until(() => stuck.closeCode !== undefined, 'the stuck socket has read up to its close');
    expect(stuck.closeCode).toBe(SLOW_CONSUMER_CLOSE_CODE);
    const all = healthy.events.map((event) => event.bookingChanged.cursor);
    const got = stuck.cursorsOf('s0');
    expect(got.length).toBeLessThan(all.length);
    expect(got).toEqual(all.slice(0, got.length));

    // the client reconnects and resumes from the last change it got: the rest, no gap, no duplicate
    const resumed = collect<ChangeEvent>(staff.subscriptions(), BOOKING_CHANGED, { after: got.at(-1) ?? null });
    await resumed.waitFor(all.length - got.length);
    expect(resumed.events.map((event) => event.bookingChanged.cursor)).toEqual(all.slice(got.length));
    resumed.dispose();
    healthy.dispose();
    stuck.close();
    await staff.closeSockets();
  });
});
