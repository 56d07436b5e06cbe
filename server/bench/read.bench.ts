import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { measureThroughput, percentile } from './load.js';

/**
 * Read: one week of bookings across all houses, asked as the calendar asks (its BookingsInRange selection),
 * through the whole app (HTTP, session, Apollo, type-graphql, TypeORM), against a lean floor: a bare `http`
 * handler that runs one query for the booking columns the calendar shows plus the room's, house's and MO's
 * names, and `JSON.stringify`s the rows. Both are asked for gzip, as browsers do; the floor ignores it.
 */
export const WEEK_QUERY = `query BookingsInRange($from: DateTime!, $to: DateTime!) {
  bookings(from: $from, to: $to) {
    id title category start end status visibility expectedAttendees notes version redacted canManage occurrenceStart
    series { id rrule }
    room { id name locationId }
    organization { id name shortName }
  }
}`;

/** The lean floor's one query: what the calendar shows of a week, nothing more. */
const LEAN_WEEK_SQL = `
  SELECT b.id, b.title, b.category, b.starts_at AS start, b.ends_at AS end, b.status, b.visibility,
         b.expected_attendees, b.notes, b.version, b.occurrence_start, b.series_id,
         b.room_id, r.name AS room_name, r.location_id, l.name AS location_name,
         b.organization_id, o.name AS organization_name, o.short_name
    FROM booking b
    JOIN room r ON r.id = b.room_id
    JOIN location l ON l.id = r.location_id
    JOIN organization o ON o.id = b.organization_id
   WHERE b.status <> 'CANCELLED' AND tstzrange(b.starts_at, b.ends_at, '[)') && tstzrange($1, $2, '[)')
   ORDER BY b.starts_at, b.id`;

export async function benchRead(options: {
  appUrl: string;
  cookie: string;
  databaseUrl: string;
  week: { from: string; to: string };
  concurrency: number;
  durationMs: number;
}) {
  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  const answerFloor = async (response: http.ServerResponse) => {
    const { rows } = await pool.query(LEAN_WEEK_SQL, [options.week.from, options.week.to]);
    const body = JSON.stringify({ data: { bookings: rows } });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  };
  // a failed query answers 500, which the bench counts as a failed request
  const floor = http.createServer((_request, response) => {
    answerFloor(response).catch(() => response.writeHead(500).end());
  });
  await new Promise<void>((resolve) => floor.listen(0, '127.0.0.1', () => resolve()));
  const floorUrl = `http://127.0.0.1:${(floor.address() as AddressInfo).port}`;

  const body = JSON.stringify({ query: WEEK_QUERY, variables: options.week });
  const callApp = async () => {
    const response = await fetch(`${options.appUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: options.cookie },
      body,
    });
    if (!response.ok) throw new Error(String(response.status));
    await response.arrayBuffer();
  };
  // every request a week that starts a second later than the one before: never a kept answer, so this is
  // the executing path (session from memory, SQL, Apollo, serialisation, compression)
  let shift = 0;
  const callAppExecuting = async () => {
    shift += 1;
    const from = new Date(Date.parse(options.week.from) + shift * 1000).toISOString();
    const response = await fetch(`${options.appUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: options.cookie },
      body: JSON.stringify({ query: WEEK_QUERY, variables: { from, to: options.week.to } }),
    });
    if (!response.ok) throw new Error(String(response.status));
    await response.arrayBuffer();
  };
  const callFloor = async () => {
    const response = await fetch(floorUrl, { method: 'POST', headers: { 'accept-encoding': 'gzip' }, body });
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
    data?: { bookings: unknown[] };
    errors?: unknown[];
  };
  // a refused week would make every figure below a measure of refusals
  if (!sample.data) throw new Error(`the week query was refused: ${JSON.stringify(sample.errors)}`);
  // warm both, then measure in alternating short windows, so drift on a shared machine hits both alike;
  // the ratio is the median of the windows' ratios
  await measureThroughput(callFloor, { concurrency: options.concurrency, durationMs: 1000 });
  await measureThroughput(callApp, { concurrency: options.concurrency, durationMs: 1000 });
  const windows = 8;
  const windowMs = options.durationMs / windows;
  const floorRates: number[] = [];
  const appRates: number[] = [];
  const executingRates: number[] = [];
  const executingLatencies: number[] = [];
  const floorLatencies: number[] = [];
  const appLatencies: number[] = [];
  let failures = 0;
  for (let window = 0; window < windows; window++) {
    // alternate which goes first, too
    const order = window % 2 === 0 ? [callFloor, callApp, callAppExecuting] : [callAppExecuting, callApp, callFloor];
    for (const call of order) {
      const run = await measureThroughput(call, { concurrency: options.concurrency, durationMs: windowMs });
      (call === callFloor ? floorRates : call === callApp ? appRates : executingRates).push(run.perSecond);
      (call === callFloor ? floorLatencies : call === callApp ? appLatencies : executingLatencies).push(...run.latenciesMs);
      failures += run.failures;
    }
  }
  const ratios = appRates.map((rate, index) => rate / floorRates[index]!);
  const executingRatios = executingRates.map((rate, index) => rate / floorRates[index]!);
  floor.close();
  await pool.end();
  return {
    bookingsPerWeek: sample.data.bookings.length,
    floorPerSecond: percentile(floorRates, 50),
    appPerSecond: percentile(appRates, 50),
    ratio: percentile(ratios, 50),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    executingPerSecond: percentile(executingRates, 50),
    executingRatio: percentile(executingRatios, 50),
    executingP99Ms: percentile(executingLatencies, 99),
    floorP99Ms: percentile(floorLatencies, 99),
    appP99Ms: percentile(appLatencies, 99),
    failures,
  };
}
