import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { restoreBackup } from '../src/backup/restore-backup.js';
import { takeBackup } from '../src/backup/take-backup.js';
import { openDatabase, type Database, type DatabaseOptions } from '../src/db/database.js';
import { seedDemoData } from '../src/db/seed/seed-demo.js';

/**
 * `npm run bench:backup [-- BOOKINGS]`: how long a backup and a restore take on each engine, for the demo data
 * and for the demo data plus 100,000 bookings (each with its change-log entry, as the app writes them). The
 * PostgreSQL figures use DATABASE_URL (default: the local server), in fresh databases dropped afterwards.
 * Absolute times: they depend on the machine, so the README states the one they were measured on.
 */
const baseUrl = process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const BOOKINGS = Number(process.argv[2] ?? 100_000);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-backup-bench-'));
const databases: string[] = [];

async function freshPostgres(): Promise<DatabaseOptions> {
  const name = `kollektiv_backup_bench_${Date.now()}_${databases.length}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  databases.push(name);
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return { databaseUrl: url.toString(), dataDir: undefined };
}

async function timed<T>(work: () => Promise<T>): Promise<{ seconds: number; result: T }> {
  const started = performance.now();
  const result = await work();
  return { seconds: (performance.now() - started) / 1000, result };
}

/** Bookings far in the past, one an hour per room, each with the change-log entry the app would have written. */
async function addBookings(database: Database, count: number): Promise<void> {
  await database.dataSource.query(`
    WITH rooms AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM room),
         organizations AS (SELECT id, row_number() OVER (ORDER BY id) - 1 AS n, count(*) OVER () AS total FROM organization WHERE kind <> 'CENTRE'),
         made AS (
           INSERT INTO booking (room_id, organization_id, title, category, starts_at, ends_at, visibility, created_at, updated_at)
           SELECT r.id, o.id, 'Probe ' || i, 'MEETING',
                  timestamptz '2015-01-05 08:00+01' + ((i / r.total) * interval '1 hour'),
                  timestamptz '2015-01-05 09:00+01' + ((i / r.total) * interval '1 hour'),
                  'MEMBERS', now(), now()
             FROM generate_series(0, ${count - 1}) AS i
             JOIN rooms r ON r.n = i % r.total
             JOIN organizations o ON o.n = i % o.total
           RETURNING id, room_id, organization_id, starts_at, ends_at)
    INSERT INTO change_log (entity, entity_id, action, after, organization_id, room_ids, location_ids, occurred_at)
    SELECT 'BOOKING', made.id, 'CREATED', jsonb_build_object('id', made.id, 'start', made.starts_at, 'end', made.ends_at),
           made.organization_id, ARRAY[made.room_id], ARRAY[room.location_id], now()
      FROM made JOIN room ON room.id = made.room_id`);
}

async function measure(label: string, source: Database): Promise<void> {
  const file = path.join(folder, `${label}.jsonl.gz`);
  const pgliteBackup = await timed(() => takeBackup(source, file, new Date()));
  const rows = Object.values(pgliteBackup.result.rows).reduce((sum, count) => sum + count, 0);
  const pgliteRestore = await timed(() => restoreBackup(file, { databaseUrl: undefined, dataDir: path.join(folder, `${label}-restored`) }));
  const target = await freshPostgres();
  const postgresRestore = await timed(() => restoreBackup(file, target));
  const onPostgres = await openDatabase(target);
  const postgresBackup = await timed(() => takeBackup(onPostgres, path.join(folder, `${label}-pg.jsonl.gz`), new Date()));
  await onPostgres.close();
  const s = (value: number) => `${value.toFixed(1)} s`;
  console.log(
    `| ${label} | ${rows} rows, ${(pgliteBackup.result.bytes / 1024).toFixed(0)} KiB | ${s(pgliteBackup.seconds)} | ${s(pgliteRestore.seconds)} | ${s(postgresBackup.seconds)} | ${s(postgresRestore.seconds)} |`,
  );
}

const source = await openDatabase({ databaseUrl: undefined, dataDir: path.join(folder, 'source') });
try {
  await seedDemoData(source.dataSource, new Date('2027-06-08T10:00:00+02:00'));
  console.log('| data | backup file | PGlite backup | PGlite restore | PostgreSQL backup | PostgreSQL restore |');
  console.log('| --- | --- | --- | --- | --- | --- |');
  await measure('demo', source);
  await addBookings(source, BOOKINGS);
  await measure(`demo + ${BOOKINGS} bookings`, source);
} finally {
  await source.close();
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  for (const name of databases) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await admin.end();
  fs.rmSync(folder, { recursive: true, force: true });
}
