import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { findChromium, isExecutableFile } from '../../e2e/find-chromium.js';

/** A database of its own for one part of the bench, on the server of `baseUrl`, dropped afterwards. */
export async function freshDatabase(baseUrl: string, part: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kollektiv_bench_${part}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await admin.end();
    },
  };
}

/** The Chromium a browser part drives, or null (and a line saying so) without one or without a built client. */
export function benchChromium(part: string, clientDist: string): string | null {
  const executable = findChromium({ env: process.env, playwrightInstalled: () => null, isExecutable: isExecutableFile }).found;
  if (executable && fs.existsSync(path.join(clientDist, 'index.html'))) return executable;
  console.log(`${part}: skipped (needs Chromium and a built client: npm run build -w client)`);
  return null;
}

/**
 * A city's scale: the demo's houses grown to `rooms` rooms (spread over the houses in turn), every room booked
 * hourly 08:00–18:00 on the seven days from `weekStart` (`rooms` × 70 bookings), statistics refreshed.
 */
export async function growToCity(pool: pg.Pool, rooms: number, weekStart: string): Promise<void> {
  const existing = Number((await pool.query<{ count: string }>('SELECT count(*)::text AS count FROM room')).rows[0]?.count);
  await pool.query(
    `INSERT INTO room (location_id, name, capacity, sort_order)
     SELECT l.id, 'Raum ' || n, 12, 100 + n
       FROM generate_series(1, $1::int) n
       JOIN LATERAL (SELECT id FROM location ORDER BY sort_order, name OFFSET (n % 3) LIMIT 1) l ON true`,
    [rooms - existing],
  );
  await pool.query(
    `WITH organizations AS (SELECT array_agg(id ORDER BY id) AS ids FROM organization)
     INSERT INTO booking (room_id, organization_id, title, category, starts_at, ends_at, visibility)
     SELECT r.id, o.ids[1 + abs(hashtext(r.id::text || d::text || h::text)) % array_length(o.ids, 1)], 'Termin ' || h, 'MEETING',
            (d::date + make_interval(hours => h)) AT TIME ZONE 'Europe/Berlin',
            (d::date + make_interval(hours => h + 1)) AT TIME ZONE 'Europe/Berlin', 'MEMBERS'
       FROM room r, organizations o, generate_series($1::date, $1::date + 6, interval '1 day') d, generate_series(8, 17) h
     ON CONFLICT DO NOTHING`,
    [weekStart],
  );
  await pool.query('ANALYZE');
}
