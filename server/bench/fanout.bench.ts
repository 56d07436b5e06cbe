import { fork, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocketServer } from 'ws';
import type { RunningApp } from '../src/app/start.js';
import { ApiClient, until } from '../test/harness.js';
import { percentile, quarterHourSlot } from './load.js';
import type { ClientCommand, ClientReport } from './socket-clients.js';

const benchDir = path.dirname(fileURLToPath(import.meta.url));
const now = () => performance.timeOrigin + performance.now();

/** The calendar's own subscription, selection and all. */
export const CALENDAR_SUBSCRIPTION = `
  subscription BookingChanged($after: String) {
    bookingChanged(after: $after) {
      cursor kind bookingId batchRemaining
      booking {
        id title category start end status visibility expectedAttendees notes version redacted canManage occurrenceStart
        series { id rrule }
        room { id name locationId }
        organization { id name shortName }
      }
    }
  }`;

const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

/** The process that holds the receiving sockets. */
export class SocketClients {
  private readonly child: ChildProcess;
  private waiting: { event: ClientReport['event']; resolve: (report: ClientReport) => void } | undefined;

  constructor() {
    this.child = fork(path.join(benchDir, 'socket-clients.ts'), [], { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
    this.child.on('message', (report: ClientReport) => {
      if (this.waiting?.event === report.event) {
        const { resolve } = this.waiting;
        this.waiting = undefined;
        resolve(report);
      }
    });
  }

  /** Sends a command and resolves with the report of `event`; `during` runs once the wait is set up. */
  async ask<E extends ClientReport['event']>(
    command: ClientCommand | null,
    event: E,
    during?: () => void,
  ): Promise<Extract<ClientReport, { event: E }>> {
    const report = new Promise<ClientReport>((resolve) => {
      this.waiting = { event, resolve };
    });
    if (command) this.child.send(command);
    during?.();
    return (await report) as Extract<ClientReport, { event: E }>;
  }

  /**
   * Arms the receivers, runs `trigger`, and resolves with the time from just before the trigger until the
   * last socket had its `perSocket` messages (both clocks are wall clocks on this machine).
   */
  async timeDelivery(trigger: () => Promise<void> | void, perSocket = 1): Promise<{ elapsedMs: number; bytes: number }> {
    await this.ask({ cmd: 'arm', perSocket }, 'armed');
    let started = 0;
    const triggered: Array<Promise<void>> = [];
    const delivered = await this.ask(null, 'delivered', () => {
      started = now();
      triggered.push(Promise.resolve(trigger()));
    });
    await Promise.all(triggered);
    return { elapsedMs: delivered.last - started, bytes: delivered.bytes };
  }

  stop(): void {
    this.child.kill();
  }
}

export interface FanoutFigures {
  subscribers: number;
  groups: number;
  messageBytes: number;
  app: { p50: number; p99: number };
  floor: { p50: number; p99: number };
  ratioP50: number;
  ratioP99: number;
}

/**
 * Fan-out: one committed change until the last of N graphql-ws subscribers has it, against a bare `ws`
 * server sending a message of the same size to N clients. The app's clock starts when the mutation is
 * sent, so its figure also holds validation, the transaction and the NOTIFY round trip.
 */
export async function benchFanout(options: {
  app: RunningApp;
  /** Session cookies the subscribers take in turn (null: anonymous); each distinct viewer class is one group. */
  cookies: Array<string | null>;
  staffCookie: string;
  roomIds: string[];
  organizationId: string;
  /** Weekdays (winter time) whose slots the benchmark may fill. */
  days: string[];
  sizes: number[];
  rounds: number;
}): Promise<FanoutFigures[]> {
  const clients = new SocketClients();
  const staff = new ApiClient(options.app.url);
  staff.cookie = options.staffCookie;
  let slot = 0;
  const book = async () => {
    const index = slot++;
    await staff.data(CREATE, {
      input: {
        ...quarterHourSlot(index, options.roomIds, options.days),
        organizationId: options.organizationId,
        title: `Fan-out ${index}`,
        category: 'MEETING',
        visibility: 'PUBLIC',
      },
    });
  };

  const figures: FanoutFigures[] = [];
  try {
    for (const size of options.sizes) {
      // the app: N graphql-ws subscriptions, one change per round
      const fanout = options.app.services.changeFanout;
      const before = fanout.subscriberCount;
      await clients.ask(
        {
          cmd: 'connect',
          url: `${options.app.url.replace(/^http/, 'ws')}/graphql`,
          count: size,
          graphql: { query: CALENDAR_SUBSCRIPTION, cookies: options.cookies },
        },
        'connected',
      );
      await until(() => fanout.subscriberCount === before + size, 'every subscriber is registered', 60_000);
      const groups = fanout.groupCount;
      const appTimes: number[] = [];
      let messageBytes = 0;
      for (let round = -2; round < options.rounds; round++) {
        const delivery = await clients.timeDelivery(book);
        messageBytes = delivery.bytes;
        if (round >= 0) appTimes.push(delivery.elapsedMs);
      }
      await clients.ask({ cmd: 'close' }, 'closed');

      // the floor: a bare ws server broadcasting a message of the same size
      const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
      await new Promise<void>((resolve) => server.once('listening', () => resolve()));
      const { port } = server.address() as { port: number };
      await clients.ask({ cmd: 'connect', url: `ws://127.0.0.1:${port}`, count: size, graphql: null }, 'connected');
      await until(() => server.clients.size === size, 'every floor client is connected', 60_000);
      const message = Buffer.alloc(messageBytes, 'x');
      const floorTimes: number[] = [];
      for (let round = -2; round < options.rounds; round++) {
        const delivery = await clients.timeDelivery(() => {
          for (const client of server.clients) client.send(message, { binary: false });
        });
        if (round >= 0) floorTimes.push(delivery.elapsedMs);
      }
      await clients.ask({ cmd: 'close' }, 'closed');
      await new Promise((resolve) => server.close(resolve));

      const app = { p50: percentile(appTimes, 50), p99: percentile(appTimes, 99) };
      const floor = { p50: percentile(floorTimes, 50), p99: percentile(floorTimes, 99) };
      figures.push({ subscribers: size, groups, messageBytes, app, floor, ratioP50: app.p50 / floor.p50, ratioP99: app.p99 / floor.p99 });
    }
  } finally {
    clients.stop();
  }
  return figures;
}
