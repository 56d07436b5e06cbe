import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pg from 'pg';
import { measureThroughput } from './load.js';

/**
 * Read: one week of bookings across all houses, through the whole app (HTTP, Apollo, type-graphql,
 * TypeORM), against a floor that runs equivalent SQL with `pg` and `JSON.stringify`s the rows.
 */
export const WEEK_QUERY = `query ($from: DateTime!, $to: DateTime!) {
  bookings(from: $from, to: $to) {
    id title category start end status visibility expectedAttendees notes version redacted canManage
    room { id name locationId } organization { id name shortName }
  }
}`;

const FLOOR_SQL = `
  SELECT b.id, b.title, b.category, b.starts_at, b.ends_at, b.status, b.visibility, b.expected_attendees,
         b.notes, b.version, r.id AS room_id, r.name AS room_name, r.location_id,
         o.id AS organization_id, o.name AS organization_name, o.short_name
    FROM booking b
    JOIN room r ON r.id = b.room_id
    JOIN organization o ON o.id = b.organization_id
   WHERE b.status <> 'CANCELLED' AND b.starts_at < $2 AND b.ends_at > $1
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
  const floor = http.createServer(async (_request, response) => {
    const { rows } = await pool.query(FLOOR_SQL, [options.week.from, options.week.to]);
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

  const sample = (await (await fetch(`${options.appUrl}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json', cookie: options.cookie }, body })).json()) as {
    data: { bookings: unknown[] };
  };
  // warm both, then measure floor and app alternately so drift hits both alike
  await measureThroughput(callFloor, { concurrency: options.concurrency, durationMs: 1000 });
  await measureThroughput(callApp, { concurrency: options.concurrency, durationMs: 1000 });
  const floorRun = await measureThroughput(callFloor, { concurrency: options.concurrency, durationMs: options.durationMs });
  const appRun = await measureThroughput(callApp, { concurrency: options.concurrency, durationMs: options.durationMs });

  floor.close();
  await pool.end();
  return {
    bookingsPerWeek: sample.data.bookings.length,
    floorPerSecond: floorRun.perSecond,
    appPerSecond: appRun.perSecond,
    ratio: appRun.perSecond / floorRun.perSecond,
    failures: floorRun.failures + appRun.failures,
  };
}
