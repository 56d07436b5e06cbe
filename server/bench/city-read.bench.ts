import pg from 'pg';
import { startApp } from '../src/app/start.js';
import { loadConfig } from '../src/config.js';
import { DEMO_PASSWORD } from '../src/db/seed/demo-data.js';
import { percentile } from './load.js';
import { WEEK_QUERY } from './read.bench.js';
import { freshDatabase, growToCity } from './bench-setup.js';

/** The week measured: winter time, Monday to Sunday (as `browser-scale.bench.ts`). */
const WEEK = { from: '2027-01-11T00:00:00+01:00', to: '2027-01-18T00:00:00+01:00' };

export interface CityReadFigures {
  rooms: number;
  bookingsInWeek: number;
  /** Every house's week in one request: refused past MAX_BOOKINGS_PER_ANSWER (ms until the answer, p50 of the rounds). */
  allHouses: { ms: number; code: string | null; bytes: number };
  /** One house's week, as the calendar pages a city: pre-shaped, and executed by graphql-js (a directive on the field). */
  oneHouse: { bookings: number; bytes: number; preShapedMs: number; executedMs: number };
  /** The slowest /healthz while one all-houses request ran: how long the node was held. */
  healthDuringAllHousesMs: number;
}

/**
 * One request against a node at city scale (300 rooms over three houses, every room booked hourly for a week,
 * ~20,000 bookings): what the all-houses week costs now that it is bounded, and one house's week on both paths.
 */
export async function benchCityRead(options: { baseUrl: string; rooms: number; rounds: number }): Promise<CityReadFigures> {
  const database = await freshDatabase(options.baseUrl, 'city');
  const databaseUrl = database.url;
  const defaults = loadConfig({ NODE_ENV: 'test' });
  const app = await startApp(
    { ...defaults, databaseUrl, port: 0, host: '127.0.0.1', seedDemo: true, clientDist: '/nonexistent', rateLimits: null },
    { log: () => {} },
  );
  try {
    const pool = new pg.Pool({ connectionString: databaseUrl, max: 2 });
    await growToCity(pool, options.rooms, WEEK.from.slice(0, 10));
    const bookingsInWeek = Number(
      (
        await pool.query<{ count: string }>(
          `SELECT count(*)::text AS count FROM booking WHERE status <> 'CANCELLED' AND tstzrange(starts_at, ends_at, '[)') && tstzrange($1, $2, '[)')`,
          [WEEK.from, WEEK.to],
        )
      ).rows[0]?.count,
    );
    const house = (await pool.query<{ id: string }>('SELECT id FROM location WHERE active ORDER BY sort_order, name LIMIT 1')).rows[0]!.id;
    await pool.end();

    const login = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `mutation { login(email: "staff@kollektiv.example", password: "${DEMO_PASSWORD}") { id } }` }),
    });
    const cookie = (login.headers.get('set-cookie') ?? '').split(';')[0]!;
    // a new range each round (a second later), so no kept answer serves it
    let shift = 0;
    const ask = async (query: string, locationIds?: string[]) => {
      shift += 1;
      const from = new Date(Date.parse(WEEK.from) + shift * 1000).toISOString();
      const sent = performance.now();
      const response = await fetch(`${app.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', 'accept-encoding': 'gzip', cookie },
        body: JSON.stringify({ query, variables: { from, to: WEEK.to, ...(locationIds ? { locationIds } : {}) } }),
      });
      const text = await response.text();
      const ms = performance.now() - sent;
      const body = JSON.parse(text) as { data?: { bookings: unknown[] } | null; errors?: Array<{ extensions?: { code?: string } }> };
      return { ms, bytes: text.length, bookings: body.data?.bookings.length ?? 0, code: body.errors?.[0]?.extensions?.code ?? null };
    };
    const withHouse = WEEK_QUERY.replace('$to: DateTime!)', '$to: DateTime!, $locationIds: [ID!])').replace(
      'bookings(from: $from, to: $to)',
      'bookings(from: $from, to: $to, locationIds: $locationIds)',
    );
    const executed = withHouse.replace(/bookings\(([^)]*)\)/, 'bookings($1) @include(if: true)');
    const rounds = async (run: () => Promise<{ ms: number; bytes: number; bookings: number; code: string | null }>) => {
      await run();
      const runs = [];
      for (let round = 0; round < options.rounds; round++) runs.push(await run());
      return {
        ...runs.at(-1)!,
        ms: percentile(
          runs.map((one) => one.ms),
          50,
        ),
      };
    };
    const allHouses = await rounds(() => ask(withHouse));
    const preShaped = await rounds(() => ask(withHouse, [house]));
    const executedHouse = await rounds(() => ask(executed, [house]));

    // how long one all-houses request holds the node: /healthz asked every 10 ms meanwhile
    let slowest = 0;
    let asking = true;
    const health = (async () => {
      while (asking) {
        const sent = performance.now();
        await fetch(`${app.url}/healthz`).then((response) => response.arrayBuffer());
        slowest = Math.max(slowest, performance.now() - sent);
        await new Promise((resolve) => setTimeout(resolve, 10));
      }
    })();
    await ask(withHouse);
    asking = false;
    await health;
    return {
      rooms: options.rooms,
      bookingsInWeek,
      allHouses: { ms: allHouses.ms, code: allHouses.code, bytes: allHouses.bytes },
      oneHouse: { bookings: preShaped.bookings, bytes: preShaped.bytes, preShapedMs: preShaped.ms, executedMs: executedHouse.ms },
      healthDuringAllHousesMs: slowest,
    };
  } finally {
    await app.stop();
    await database.drop();
  }
}
