import http from 'node:http';
import zlib from 'node:zlib';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { measureThroughput, percentile } from './load.js';

/**
 * Read: one week of bookings across all houses, asked as the calendar asks (its BookingsInRange selection),
 * through the whole app (HTTP, session, shared answers, the pre-shaped or the executed answer), against lean
 * floors: a bare `http` handler that runs one query for the booking columns the calendar shows plus the
 * room's, house's and MO's names, and `JSON.stringify`s the rows. Two questions, each against its own floor:
 *
 * - the same week asked again (the shared answer): against a floor that caches the same way, under the same
 *   key (query text + variables + the change log's newest cursor, read per request), sending the kept bytes
 *   gzipped as the app does;
 * - every request a new range (the executing path): against the floor that does not cache, asked the same
 *   shifted ranges. All are asked for gzip, as browsers do; the non-caching floor ignores it.
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
  const weekOf = async (request: http.IncomingMessage) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString();
    const { variables } = JSON.parse(body) as { variables: { from: string; to: string } };
    return { body, variables };
  };
  const answerFloor = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const { variables } = await weekOf(request);
    const { rows } = await pool.query(LEAN_WEEK_SQL, [variables.from, variables.to]);
    const body = JSON.stringify({ data: { bookings: rows } });
    response.writeHead(200, { 'content-type': 'application/json' }).end(body);
  };
  // the floor that caches as the app's shared answers do: per request the change log's newest cursor, then
  // the kept gzipped bytes under query + variables + cursor, or the lean query, kept and sent
  let keptCursor: string | null = null;
  const kept = new Map<string, Buffer>();
  const answerCachingFloor = async (request: http.IncomingMessage, response: http.ServerResponse) => {
    const { body, variables } = await weekOf(request);
    const cursor =
      (await pool.query<{ cursor: string | null }>('SELECT max(cursor)::text AS cursor FROM change_log')).rows[0]?.cursor ?? '0';
    if (cursor !== keptCursor) {
      keptCursor = cursor;
      kept.clear();
    }
    const key = `${cursor}\n${body}`;
    let bytes = kept.get(key);
    if (!bytes) {
      const { rows } = await pool.query(LEAN_WEEK_SQL, [variables.from, variables.to]);
      bytes = zlib.gzipSync(JSON.stringify({ data: { bookings: rows } }));
      kept.set(key, bytes);
    }
    response.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip' }).end(bytes);
  };
  // a failed query answers 500, which the bench counts as a failed request
  const serve = async (answer: (request: http.IncomingMessage, response: http.ServerResponse) => Promise<void>) => {
    const server = http.createServer((request, response) => {
      answer(request, response).catch(() => response.writeHead(500).end());
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
    return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
  };
  const floor = await serve(answerFloor);
  const cachingFloor = await serve(answerCachingFloor);

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
  // the executing path (session from memory, SQL, shaping, serialisation, compression)
  let shift = 0;
  const shiftedBody = () => {
    shift += 1;
    const from = new Date(Date.parse(options.week.from) + shift * 1000).toISOString();
    return JSON.stringify({ query: WEEK_QUERY, variables: { from, to: options.week.to } });
  };
  const callAppExecuting = async () => {
    const response = await fetch(`${options.appUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie: options.cookie },
      body: shiftedBody(),
    });
    if (!response.ok) throw new Error(String(response.status));
    await response.arrayBuffer();
  };
  const callFloor = async () => {
    const response = await fetch(floor.url, { method: 'POST', headers: { 'accept-encoding': 'gzip' }, body: shiftedBody() });
    if (!response.ok) throw new Error(String(response.status));
    await response.arrayBuffer();
  };
  const callCachingFloor = async () => {
    const response = await fetch(cachingFloor.url, { method: 'POST', headers: { 'accept-encoding': 'gzip' }, body });
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
  const series = [callFloor, callCachingFloor, callApp, callAppExecuting];
  for (const call of series) await measureThroughput(call, { concurrency: options.concurrency, durationMs: 1000 });
  const windows = 8;
  const windowMs = options.durationMs / windows;
  const rates = new Map(series.map((call) => [call, [] as number[]]));
  const latencies = new Map(series.map((call) => [call, [] as number[]]));
  let failures = 0;
  for (let window = 0; window < windows; window++) {
    // alternate which goes first, too
    for (const call of window % 2 === 0 ? series : [...series].reverse()) {
      const run = await measureThroughput(call, { concurrency: options.concurrency, durationMs: windowMs });
      rates.get(call)!.push(run.perSecond);
      latencies.get(call)!.push(...run.latenciesMs);
      failures += run.failures;
    }
  }
  const ratiosOf = (app: () => Promise<void>, against: () => Promise<void>) =>
    rates.get(app)!.map((rate, index) => rate / rates.get(against)![index]!);
  const ratios = ratiosOf(callApp, callCachingFloor);
  const executingRatios = ratiosOf(callAppExecuting, callFloor);
  const median = (call: () => Promise<void>) => percentile(rates.get(call)!, 50);
  const p99 = (call: () => Promise<void>) => percentile(latencies.get(call)!, 99);
  floor.server.close();
  cachingFloor.server.close();
  await pool.end();
  return {
    bookingsPerWeek: sample.data.bookings.length,
    /** The same week asked again: the app's shared answer against the floor that caches the same way. */
    appPerSecond: median(callApp),
    cachingFloorPerSecond: median(callCachingFloor),
    ratio: percentile(ratios, 50),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    appP99Ms: p99(callApp),
    cachingFloorP99Ms: p99(callCachingFloor),
    /** Every request a new range: the app's executing path against the floor that does not cache. */
    executingPerSecond: median(callAppExecuting),
    floorPerSecond: median(callFloor),
    executingRatio: percentile(executingRatios, 50),
    executingRatioRange: [Math.min(...executingRatios), Math.max(...executingRatios)],
    executingP99Ms: p99(callAppExecuting),
    floorP99Ms: p99(callFloor),
    failures,
  };
}
