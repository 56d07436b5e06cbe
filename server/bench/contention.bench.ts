import pg from 'pg';
import { ADVISORY_LOCK } from '../src/shared/advisory-locks.js';

const CREATE = `mutation ($input: CreateBookingInput!) { createBooking(input: $input) { id } }`;

/**
 * Contention: many clients try to book overlapping slots at once. Every attempt must end as a booking or
 * BOOKING_CONFLICT, and the database must hold no overlap afterwards. Floor: raw INSERTs through `pg`
 * under the same exclusion constraint, each taking the same per-room lock in the same statement.
 */
export async function benchContention(options: {
  appUrl: string;
  cookie: string;
  databaseUrl: string;
  roomIds: string[];
  organizationId: string;
  clients: number;
  attempts: number;
  day: string; // yyyy-mm-dd, a weekday inside opening hours
}) {
  // slots of one hour starting every 15 minutes between 08:00 and 20:00: neighbours overlap
  const slot = (index: number) => {
    const minutes = 8 * 60 + 15 * (index % 48);
    const at = (value: number) => `${String(Math.floor(value / 60)).padStart(2, '0')}:${String(value % 60).padStart(2, '0')}`;
    return {
      roomId: options.roomIds[Math.floor(index / 48) % options.roomIds.length]!,
      start: `${options.day}T${at(minutes)}:00+01:00`,
      end: `${options.day}T${at(minutes + 60)}:00+01:00`,
    };
  };

  const pool = new pg.Pool({ connectionString: options.databaseUrl, max: 10 });
  await pool.query(`UPDATE booking SET status = 'CANCELLED' WHERE starts_at::date = $1::date`, [options.day]);

  let next = 0;
  const outcomes = { created: 0, conflicts: 0, other: 0, otherCodes: {} as Record<string, number> };
  const started = Date.now();
  await measureAttempts(options.clients, async () => {
    const index = next++;
    if (index >= options.attempts) return false;
    const response = await fetch(`${options.appUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: options.cookie },
      body: JSON.stringify({
        query: CREATE,
        variables: { input: { ...slot(index), organizationId: options.organizationId, title: `Bench ${index}`, category: 'MEETING' } },
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
    return true;
  });
  const appSeconds = (Date.now() - started) / 1000;
  const overlaps = await countOverlaps(pool, options.day);

  // floor: the same attempts as raw INSERTs on another day
  const floorDay = nextDay(options.day);
  await pool.query(`UPDATE booking SET status = 'CANCELLED' WHERE starts_at::date = $1::date`, [floorDay]);
  next = 0;
  const floorOutcomes = { created: 0, conflicts: 0 };
  const floorStarted = Date.now();
  await measureAttempts(options.clients, async () => {
    const index = next++;
    if (index >= options.attempts) return false;
    const target = slot(index);
    try {
      // the room's write lock first, as the app takes it: without it concurrent overlapping INSERTs
      // deadlock inside the exclusion constraint and wait out deadlock_timeout
      await pool.query(
        `WITH room_lock AS (SELECT pg_advisory_xact_lock($6, hashtext($1::text)))
         INSERT INTO booking (room_id, organization_id, title, category, starts_at, ends_at)
         SELECT $1, $2, $3, 'MEETING', $4, $5 FROM room_lock`,
        [
          target.roomId,
          options.organizationId,
          `Floor ${index}`,
          target.start.replace(options.day, floorDay),
          target.end.replace(options.day, floorDay),
          ADVISORY_LOCK.ROOM_WRITE,
        ],
      );
      floorOutcomes.created++;
    } catch {
      floorOutcomes.conflicts++;
    }
    return true;
  });
  const floorSeconds = (Date.now() - floorStarted) / 1000;
  await pool.end();
  const appPerSecond = options.attempts / appSeconds;
  const floorPerSecond = options.attempts / floorSeconds;
  return { ...outcomes, overlaps, appPerSecond, floorPerSecond, ratio: appPerSecond / floorPerSecond, floorCreated: floorOutcomes.created };
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

function nextDay(day: string): string {
  const date = new Date(`${day}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}
