import { WebSocketServer } from 'ws';
import type { RunningApp } from '../src/app/start.js';
import { ApiClient, until } from '../test/harness.js';
import { CALENDAR_SUBSCRIPTION, SocketClients } from './fanout.bench.js';
import { percentile } from './load.js';

const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;
const CREATE_SERIES = `mutation ($input: BookingSeriesInput!) { createBookingSeries(input: $input, onConflict: FAIL) { created { id } } }`;

export interface SeriesFigures {
  dates: number;
  subscribers: number;
  /** Round trip of one createBooking, and of one createBookingSeries of `dates` dates (one transaction). */
  write: { singleP50: number; seriesP50: number; ratio: number; perDateMs: number };
  /** From sending the mutation until every subscriber has all its changes. */
  delivery: { singleP50: number; seriesP50: number; ratio: number };
  /** A bare `ws` server sending `dates` messages of the same size to as many sockets: the transport's own cost. */
  bareWs: { p50: number; messageBytes: number; ratio: number };
}

/**
 * Weekly groups: a series of `dates` weekly dates booked in one transaction and delivered to `subscribers`
 * sockets, next to a single booking measured the same way in the same run. The ratios say what a season
 * costs against one rehearsal: far less than `dates` times as much when the write path and the fan-out
 * take a series as one unit.
 */
export async function benchSeries(options: {
  app: RunningApp;
  staffCookie: string;
  /** Subscribers' cookies in turn (null: anonymous). */
  cookies: Array<string | null>;
  locationId: string;
  roomIds: string[];
  organizationId: string;
  /** Mondays (winter time) on which series start; each round takes another room or evening slot. */
  firstDays: string[];
  dates: number;
  subscribers: number;
  rounds: number;
}): Promise<SeriesFigures> {
  const staff = new ApiClient(options.app.url);
  staff.cookie = options.staffCookie;
  // a season without gaps: the house stays open on public holidays for the benchmark
  await staff.data(`mutation ($id: ID!) { updateLocation(id: $id, input: { openOnPublicHolidays: true }) { id } }`, {
    id: options.locationId,
  });

  // slots no other benchmark uses: 21:00–21:45, a weekday and a room per series, a quarter hour per single
  let seriesIndex = 0;
  const seriesInput = () => {
    const index = seriesIndex++;
    const room = options.roomIds[index % options.roomIds.length]!;
    const weekday = Math.floor(index / options.roomIds.length) % 5;
    const firstDay = options.firstDays[Math.floor(index / (options.roomIds.length * 5))];
    if (!firstDay) throw new Error(`no series slot left for round ${index}`);
    const day = new Date(Date.parse(`${firstDay}T21:00:00+01:00`) + weekday * 86_400_000);
    return {
      roomId: room,
      organizationId: options.organizationId,
      title: `Saison ${index}`,
      category: 'CHOIR',
      visibility: 'PUBLIC',
      start: day.toISOString(),
      end: new Date(day.getTime() + 45 * 60_000).toISOString(),
      rrule: `FREQ=WEEKLY;COUNT=${options.dates}`,
    };
  };
  let singleIndex = 0;
  const singleInput = () => {
    const index = singleIndex++;
    const start = new Date(
      Date.parse(`${options.firstDays[0]}T08:00:00+01:00`) + (index % 48) * 15 * 60_000 + Math.floor(index / 48) * 7 * 86_400_000,
    );
    return {
      roomId: options.roomIds[0]!,
      organizationId: options.organizationId,
      title: `Einzeln ${index}`,
      category: 'MEETING',
      visibility: 'PUBLIC',
      start: start.toISOString(),
      end: new Date(start.getTime() + 15 * 60_000).toISOString(),
    };
  };
  const single = async () => void (await staff.data(CREATE, { input: singleInput() }));
  const series = async () => {
    const { createBookingSeries } = await staff.data<{ createBookingSeries: { created: unknown[] } }>(CREATE_SERIES, {
      input: seriesInput(),
    });
    if (createBookingSeries.created.length !== options.dates)
      throw new Error(`a series booked ${createBookingSeries.created.length} dates`);
  };
  const timed = async (work: () => Promise<void>) => {
    const started = performance.now();
    await work();
    return performance.now() - started;
  };

  // writes alone, no subscribers
  const singleWrites: number[] = [];
  const seriesWrites: number[] = [];
  for (let round = -2; round < options.rounds; round++) {
    const [singleMs, seriesMs] = [await timed(single), await timed(series)];
    if (round >= 0) {
      singleWrites.push(singleMs);
      seriesWrites.push(seriesMs);
    }
  }

  // delivery to the subscribers: every one must have every date
  const clients = new SocketClients();
  const singleDeliveries: number[] = [];
  const seriesDeliveries: number[] = [];
  const bareDeliveries: number[] = [];
  let messageBytes = 0;
  try {
    const fanout = options.app.services.changeFanout;
    const before = fanout.subscriberCount;
    await clients.ask(
      {
        cmd: 'connect',
        url: `${options.app.url.replace(/^http/, 'ws')}/graphql`,
        count: options.subscribers,
        graphql: { query: CALENDAR_SUBSCRIPTION, cookies: options.cookies },
      },
      'connected',
    );
    await until(() => fanout.subscriberCount === before + options.subscribers, 'every subscriber is registered', 60_000);
    for (let round = -1; round < options.rounds; round++) {
      const singleDelivery = await clients.timeDelivery(single);
      const seriesDelivery = await clients.timeDelivery(series, options.dates);
      messageBytes = seriesDelivery.bytes;
      if (round >= 0) {
        singleDeliveries.push(singleDelivery.elapsedMs);
        seriesDeliveries.push(seriesDelivery.elapsedMs);
      }
    }
    await clients.ask({ cmd: 'close' }, 'closed');

    // the floor for a season: the same number of messages of the same size from a bare ws server
    const server = new WebSocketServer({ port: 0, host: '127.0.0.1' });
    await new Promise<void>((resolve) => server.once('listening', () => resolve()));
    const { port } = server.address() as { port: number };
    await clients.ask({ cmd: 'connect', url: `ws://127.0.0.1:${port}`, count: options.subscribers, graphql: null }, 'connected');
    await until(() => server.clients.size === options.subscribers, 'every floor client is connected', 60_000);
    const message = Buffer.alloc(messageBytes, 'x');
    for (let round = -1; round < options.rounds; round++) {
      const delivery = await clients.timeDelivery(() => {
        for (let date = 0; date < options.dates; date++) for (const client of server.clients) client.send(message, { binary: false });
      }, options.dates);
      if (round >= 0) bareDeliveries.push(delivery.elapsedMs);
    }
    await clients.ask({ cmd: 'close' }, 'closed');
    await new Promise((resolve) => server.close(resolve));
  } finally {
    clients.stop();
  }

  const write = { singleP50: percentile(singleWrites, 50), seriesP50: percentile(seriesWrites, 50) };
  const delivery = { singleP50: percentile(singleDeliveries, 50), seriesP50: percentile(seriesDeliveries, 50) };
  return {
    dates: options.dates,
    subscribers: options.subscribers,
    write: { ...write, ratio: write.seriesP50 / write.singleP50, perDateMs: write.seriesP50 / options.dates },
    delivery: { ...delivery, ratio: delivery.seriesP50 / delivery.singleP50 },
    bareWs: { p50: percentile(bareDeliveries, 50), messageBytes, ratio: delivery.seriesP50 / percentile(bareDeliveries, 50) },
  };
}
