import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';

// The invariants of docs/ARCHITECTURE.md that live in the database itself, read from its catalogue after
// every migration has run, on whichever engine the suite runs on.
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp();
});

afterAll(async () => {
  await app?.stop();
});

const query = <T>(sql: string) => app.services.database.dataSource.query<T[]>(sql);

describe('the schema', () => {
  it('keeps every moment as timestamptz, never a time without its zone', async () => {
    const naive = await query<{ column: string }>(
      `SELECT table_name || '.' || column_name AS column FROM information_schema.columns
        WHERE table_schema = 'public' AND data_type = 'timestamp without time zone' ORDER BY 1`,
    );
    expect(naive).toEqual([]);
  });

  it('numbers the change log with bigint cursors', async () => {
    const [cursor] = await query<{ data_type: string }>(
      `SELECT data_type FROM information_schema.columns WHERE table_name = 'change_log' AND column_name = 'cursor'`,
    );
    expect(cursor?.data_type).toBe('bigint');
  });

  it('refuses overlapping bookings of a room with an exclusion constraint on half-open ranges', async () => {
    const [constraint] = await query<{ definition: string }>(
      `SELECT pg_get_constraintdef(oid) AS definition FROM pg_constraint WHERE conname = 'booking_no_overlap'`,
    );
    expect(constraint?.definition).toMatch(/^EXCLUDE USING gist \(room_id WITH =, tstzrange\(starts_at, ends_at, '\[\)'::text\) WITH &&\)/);
  });

  it('keeps a coaching session and its booking alike with deferred constraint triggers on both tables', async () => {
    const triggers = await query<{ table: string; deferred: boolean }>(
      `SELECT tgrelid::regclass::text AS table, tginitdeferred AS deferred FROM pg_trigger
        WHERE tgfoid = 'coaching_session_matches_booking'::regproc AND tgconstraint <> 0 ORDER BY 1`,
    );
    expect(triggers).toEqual([
      { table: 'booking', deferred: true },
      { table: 'coaching_session', deferred: true },
    ]);
  });

  it('changes only by migration: the app never synchronises entities into tables', () => {
    expect(app.services.database.dataSource.options.synchronize ?? false).toBe(false);
  });
});
