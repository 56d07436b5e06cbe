import v8 from 'node:v8';
import vm from 'node:vm';
import type { RunningApp } from '../src/app/start.js';
import { ApiClient } from '../test/harness.js';
import { CALENDAR_SUBSCRIPTION, SocketClients } from './fanout.bench.js';
import { quarterHourSlot } from './load.js';

const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id version } }`;
const MOVE = `mutation ($id: ID!, $expectedVersion: Int!, $roomId: ID!, $start: DateTime!, $end: DateTime!) {
  moveBooking(id: $id, expectedVersion: $expectedVersion, roomId: $roomId, start: $start, end: $end) { version }
}`;

v8.setFlagsFromString('--expose-gc');
const collectGarbage = vm.runInNewContext('gc') as () => void;

function heapAfterGc(): number {
  collectGarbage();
  collectGarbage();
  return process.memoryUsage().heapUsed;
}

/**
 * Soak: many thousand changes (bookings moved back and forth) streamed to open subscriptions; the server's
 * heap after a full GC, after a warm-up and at the end, shows whether anything accumulates per change.
 */
export async function benchSoak(options: {
  app: RunningApp;
  cookie: string;
  roomIds: string[];
  organizationId: string;
  days: string[];
  subscribers: number;
  movers: number;
  changes: number;
}): Promise<{
  changes: number;
  subscribers: number;
  heapBeforeMiB: number;
  heapAfterMiB: number;
  bytesPerChange: number;
  delivered: number;
  expectedDeliveries: number;
}> {
  const staff = new ApiClient(options.app.url);
  staff.cookie = options.cookie;
  const post = <T>(query: string, variables: Record<string, unknown>) => staff.data<T>(query, variables);
  const clients = new SocketClients();
  try {
    await clients.ask(
      {
        cmd: 'connect',
        url: `${options.app.url.replace(/^http/, 'ws')}/graphql`,
        count: options.subscribers,
        graphql: { query: CALENDAR_SUBSCRIPTION, cookies: [options.cookie] },
      },
      'connected',
    );
    // each mover owns one booking and moves it between two slots of its own
    const movers = await Promise.all(
      Array.from({ length: options.movers }, async (_, index) => {
        const slots = [
          quarterHourSlot(2 * index, options.roomIds, options.days),
          quarterHourSlot(2 * index + 1, options.roomIds, options.days),
        ];
        const { createBooking } = await post<{ createBooking: { id: string; version: number } }>(CREATE, {
          input: { ...slots[0], organizationId: options.organizationId, title: `Dauerlauf ${index}`, category: 'MEETING' },
        });
        return { id: createBooking.id, version: createBooking.version, slots, at: 0 };
      }),
    );
    let remaining = 0;
    const move = (count: number) => {
      remaining = count;
      return Promise.all(
        movers.map(async (mover) => {
          while (remaining-- > 0) {
            mover.at = 1 - mover.at;
            const { moveBooking } = await post<{ moveBooking: { version: number } }>(MOVE, {
              id: mover.id,
              expectedVersion: mover.version,
              ...mover.slots[mover.at],
            });
            mover.version = moveBooking.version;
          }
        }),
      );
    };
    await move(500);
    await options.app.services.changeFeed.settle();
    const heapBefore = heapAfterGc();
    await move(options.changes);
    await options.app.services.changeFeed.settle();
    await new Promise((resolve) => setTimeout(resolve, 500));
    const heapAfter = heapAfterGc();
    const { received } = await clients.ask({ cmd: 'count' }, 'counted');
    await clients.ask({ cmd: 'close' }, 'closed');
    const mib = (bytes: number) => Math.round((bytes / 2 ** 20) * 10) / 10;
    return {
      changes: options.changes,
      subscribers: options.subscribers,
      heapBeforeMiB: mib(heapBefore),
      heapAfterMiB: mib(heapAfter),
      bytesPerChange: Math.round((heapAfter - heapBefore) / options.changes),
      // every subscriber hears every change: the creations, the warm-up moves and the measured ones
      delivered: received,
      expectedDeliveries: options.subscribers * (options.movers + 500 + options.changes),
    };
  } finally {
    clients.stop();
  }
}
