import pg from 'pg';
import { ADVISORY_LOCK } from '../src/shared/advisory-locks.js';
import { percentile } from './load.js';

const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

/**
 * Contention: many clients try to book overlapping slots at once. Every attempt must end as a booking or
 * BOOKING_CONFLICT, and the database must hold no overlap afterwards. Floor: raw INSERTs through `pg`
 * under the same exclusion constraint, each taking the same per-room lock in the same statement.
 *
 * Attempts on one room queue on its lock, so both sides are a chain of lock hand-offs between PostgreSQL
 * backends, and every hand-off waits for the scheduler: on a shared two-core machine their rate swings
 * with whatever else runs. App and floor therefore alternate in rounds (the order flips each round), each
 * on a day of its own, and the ratio is the median of the rounds' ratios. Every round is the full set of
 * attempts, so each keeps the mix of the original single run (48 bookings made, the rest conflicts).
 */
export async function benchContention(options: {
  appUrl: string;
  cookie: string;
  databaseUrl: string;
  roomIds: string[];
  organizationId: string;
  clients: number;
  attempts: number;
  /** Weekdays (yyyy-mm-dd, winter time) inside opening hours, two per round: app, then floor. */
  days: string[];
  rounds: number;
}) {
  // slots of one hour starting every 15 minutes between 08:00 and 20:00: neighbours overlap
  const slot = (index: number, day: string) => {
    const minutes = 8 * 60 + 15 * (index % 48);
    const at = (value: number) => `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
    return {
      roomId: options.roomIds[Math.floor(index / 48) % options.roomIds.length]!,
      start: `${day}T${at(minutes)}:00+01:00`,
      end: `${day}T${at(minutes + 60)}:00+01:00`,
    };
  };
  if (options.days.length < 2 * options.rounds) throw new Error(`contention needs ${2 * options.rounds} days`);

  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  await pool.query(`UPDATE booking SET status = 'CANCELLED' WHERE starts_at::date = ANY($1::date[])`, [options.days]);

  const outcomes = { created: 0, conflicts: 0, other: 0, otherCodes: {} as Record<string, number> };
  const attemptApp = async (index: number, day: string) => {
    const response = await fetch(`${options.appUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: options.cookie },
      body: JSON.stringify({
        query: CREATE,
        variables: { input: { ...slot(index, day), organizationId: options.organizationId, title: `Bench ${index}`, category: 'MEETING' } },
      }),
    });
    const body = (await response.json()) as {
      data?: { createBooking?: { id: string } };
      errors?: Array<{ extensions?: { code?: string } }>;
    };
    if (body.data?.createBooking) outcomes.created++;
    else if (body.errors?.[0]?.extensions?.code === 'BOOKING_CONFLICT') outcomes.conflicts++;
    else {
      outcomes.other++;
      const code = body.errors?.[0]?.extensions?.code ?? `HTTP ${response.status}`;
      outcomes.otherCodes[code] = (outcomes.otherCodes[code] ?? 0) + 1;
    }
  };

  const floorOutcomes = { created: 0, conflicts: 0, other: 0, otherCodes: {} as Record<string, number> };
  const attemptFloor = async (index: number, day: string) => {
    const target = slot(index, day);
    try {
      // the room's write lock first, as the app takes it: without it concurrent overlapping INSERTs
      // deadlock inside the exclusion constraint and wait out deadlock_timeout
      await pool.query(
        `WITH room_lock AS (SELECT pg_advisory_xact_lock($6, hashtext($1::uuid::text)))
         INSERT INTO booking (room_id, organization_id, title, category, starts_at, ends_at)
         SELECT $1::uuid, $2::uuid, $3, 'MEETING', $4::timestamptz, $5::timestamptz FROM room_lock`,
        [target.roomId, options.organizationId, `Floor ${index}`, target.start, target.end, ADVISORY_LOCK.ROOM_WRITE],
      );
      floorOutcomes.created++;
    } catch (error) {
      const code = (error as { code?: string }).code ?? String(error);
      if (code === '23P01') floorOutcomes.conflicts++;
      else {
        floorOutcomes.other++;
        floorOutcomes.otherCodes[code] = (floorOutcomes.otherCodes[code] ?? 0) + 1;
      }
    }
  };

  const run = async (attempt: (index: number, day: string) => Promise<void>, day: string): Promise<number> => {
    let next = 0;
    const started = performance.now();
    await measureAttempts(options.clients, async () => {
      const index = next++;
      if (index >= options.attempts) return false;
      await attempt(index, day);
      return true;
    });
    return (performance.now() - started) / 1000;
  };
  const appSeconds: number[] = [];
  const floorSeconds: number[] = [];
  const appDays: string[] = [];
  for (let round = 0; round < options.rounds; round++) {
    const appDay = options.days[2 * round]!;
    const floorDay = options.days[2 * round + 1]!;
    appDays.push(appDay);
    if (round % 2 === 0) {
      appSeconds.push(await run(attemptApp, appDay));
      floorSeconds.push(await run(attemptFloor, floorDay));
    } else {
      floorSeconds.push(await run(attemptFloor, floorDay));
      appSeconds.push(await run(attemptApp, appDay));
    }
  }
  let overlaps = 0;
  for (const day of appDays) overlaps += await countOverlaps(pool, day);
  await pool.end();
  // a floor whose statements fail measures round trips of errors, not bookings (it did: 42804, a uuid
  // compared as text, on every attempt until 2026-12-07, which is why it swung between 52 and 521 attempts/s)
  if (floorOutcomes.other > 0) throw new Error(`the contention floor failed: ${JSON.stringify(floorOutcomes.otherCodes)}`);
  const ratios = appSeconds.map((seconds, index) => floorSeconds[index]! / seconds);
  const sum = (values: number[]) => values.reduce((total, value) => total + value, 0);
  const appPerSecond = (options.attempts * options.rounds) / sum(appSeconds);
  const floorPerSecond = (options.attempts * options.rounds) / sum(floorSeconds);
  return {
    ...outcomes,
    attempts: options.attempts * options.rounds,
    overlaps,
    appPerSecond,
    floorPerSecond,
    ratio: percentile(ratios, 50),
    ratioRange: [Math.min(...ratios), Math.max(...ratios)],
    floor: floorOutcomes,
  };
}

async function measureAttempts(clients: number, attempt: () => Promise<boolean>): Promise<void> {
  await Promise.all(
    Array.from({ length: clients }, async () => {
      while (await attempt()) {
        // keep going until the attempts are used up
      }
    }),
  );
}

async function countOverlaps(pool: pg.Pool, day: string): Promise<number> {
  const { rows } = await pool.query<{ count: string }>(
    `SELECT count(*)::text AS count FROM booking a JOIN booking b ON a.room_id = b.room_id AND a.id < b.id
      WHERE a.status <> 'CANCELLED' AND b.status <> 'CANCELLED' AND a.starts_at::date = $1::date
        AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')`,
    [day],
  );
  return Number(rows[0]?.count);
}
