import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { BOOKINGS_IN_RANGE_SQL } from '../src/bookings/booking.repository.js';
import { measureThroughput, percentile } from './load.js';

/**
 * Read: one week of bookings across all houses, through the whole app (HTTP, Apollo, type-graphql,
 * TypeORM), against a floor that runs the app's own range SQL with `pg` and `JSON.stringify`s the rows.
 */
export const WEEK_QUERY = `query ($from: DateTime!, $to: DateTime!) {
  bookings(from: $from, to: $to) {
    id title category start end status visibility expectedAttendees notes version redacted canManage
    room { id name locationId } organization { id name shortName }
  }
}`;

export async function benchRead(options: {
  appUrl: string;
  cookie: string;
  databaseUrl: string;
  week: { from: string; to: string };
  concurrency: number;
  durationMs: number;
}) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  const floor = http.createServer(async (_request, response) => {
    const { rows } = await pool.query(BOOKINGS_IN_RANGE_SQL, [options.week.from, options.week.to, null, null, false]);
    const body = JSON.stringify({ data: { bookings: rows } });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  });
  await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', () => resolve()));
  const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}`;

  const body = JSON.stringify({ query: WEEK_QUERY, variables: options.week });
  const callApp = async () => {
    const response = await fetch(`${options.appUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: options.cookie },
      body,
    });
    if (!response.ok) throw new Error(String(response.status));
    await response.arrayBuffer();
  };
  const callFloor = async () => {
    const response = await fetch(floorUrl, { method: 'POST', body });
    if (!response.ok) throw new Error(String(response.status));
    await response.arrayBuffer();
  };

  const sample = (await (
    await fetch(`${options.appUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: options.cookie },
      body,
    })
  ).json()) as {
    data: { bookings: unknown[] };
  };
  // warm both, then measure in alternating short windows, so drift on a shared machine hits both alike;
  // the ratio is the median of the windows' ratios
  await measureThroughput(callFloor, { concurrency: options.concurrency, durationMs: 1000 });
  await measureThroughput(callApp, { concurrency: options.concurrency, durationMs: 1000 });
  const windows = 8;
  const windowMs = options.durationMs / windows;
  const floorRates: number[] = [];
  const appRates: number[] = [];
  let failures = 0;
  for (let window = 0; window < windows; window++) {
    // alternate which goes first, too
    const order = window % 2 === 0 ? ([callFloor, callApp] as const) : ([callApp, callFloor] as const);
    for (const call of order) {
      const run = await measureThroughput(call, { concurrency: options.concurrency, durationMs: windowMs });
      (call === callFloor ? floorRates : appRates).push(run.perSecond);
      failures += run.failures;
    }
  }
  const ratios = appRates.map((rate, index) => rate / floorRates[index]!);
  floor.close();
  await pool.end();
  return {
    bookingsPerWeek: sample.data.bookings.length,
    floorPerSecond: percentile(floorRates, 50),
    appPerSecond: percentile(appRates, 50),
    ratio: percentile(ratios, 50),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    failures,
  };
}
