import fs from 'node:fs';
import { pipeline } from 'node:stream/promises';
import { createGzip } from 'node:zlib';
import type { QueryRunner } from 'typeorm';
import type { Database } from '../db/database.js';
import { BACKUP_FORMAT, BACKUP_VERSION, BATCH_ROWS, type BackupEnd, type BackupHeader } from './backup-format.js';

/** Tables that are not data: TypeORM's record of migrations (the header carries it) and its metadata. */
const NOT_DATA = ['migrations', 'typeorm_metadata'];

export interface BackupTaken {
  bytes: number;
  rows: Record<string, number>;
}

/**
 * Writes a backup of `database` to `file` while the app keeps running: every table is read in one
 * `REPEATABLE READ READ ONLY` transaction, so the file is one consistent moment however long it takes (on
 * the embedded engine that transaction holds its one session: other requests wait until it is done). The file
 * appears under its name only once complete (written beside it, then renamed).
 */
export async function takeBackup(database: Database, file: string, takenAt: Date): Promise<BackupTaken> {
  const partial = `${file}.partial`;
  const runner = database.dataSource.createQueryRunner();
  await runner.connect();
  const rows: Record<string, number> = {};
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY');
    // one rendering of times whatever the server's zone, so two backups of the same rows are the same bytes
    await runner.query(`SET LOCAL TimeZone = 'UTC'`);
    const applied = (await runner.query(`SELECT name FROM migrations ORDER BY id`)) as Array<{ name: string }>;
    const tables = await dataTables(runner);
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      takenAt: takenAt.toISOString(),
      engine: database.engine,
      migrations: applied.map((row) => row.name),
      tables: tables.map((table) => table.name),
    };
    await pipeline(
      async function* () {
        yield `${JSON.stringify(header)}\n`;
        for (const table of tables) {
          rows[table.name] = 0;
          yield* tableLines(runner, table, (count) => (rows[table.name]! += count));
        }
        yield `${JSON.stringify({ sequences: await sequenceValues(runner) })}\n`;
        const end: BackupEnd = { end: true, rows };
        yield `${JSON.stringify(end)}\n`;
      },
      createGzip(),
      fs.createWriteStream(partial),
    );
    await runner.query('COMMIT');
    await fs.promises.rename(partial, file);
    return { bytes: (await fs.promises.stat(file)).size, rows };
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => {});
    await fs.promises.rm(partial, { force: true });
    throw error;
  } finally {
    await runner.release();
  }
}

interface DataTable {
  name: string;
  /** `ORDER BY` of the primary key (or every column), so a backup of the same rows reads the same. */
  order: string;
}

async function dataTables(runner: QueryRunner): Promise<DataTable[]> {
  const found = (await runner.query(
    `SELECT c.relname AS name,
            (SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY array_position(i.indkey::int2[], a.attnum))
               FROM pg_index i JOIN pg_attribute a ON a.attrelid = i.indrelid AND a.attnum = ANY (i.indkey)
              WHERE i.indrelid = c.oid AND i.indisprimary) AS key
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND NOT (c.relname = ANY ($1))
      ORDER BY c.relname`,
    [NOT_DATA],
  )) as Array<{ name: string; key: string | null }>;
  return found.map(({ name, key }) => ({ name, order: key ?? 't::text' }));
}

/** One line per batch of rows, read through a cursor so that a large table never sits in memory whole. */
async function* tableLines(runner: QueryRunner, table: DataTable, counted: (count: number) => void): AsyncGenerator<string> {
  const name = JSON.stringify(table.name);
  await runner.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS row FROM ${quoteIdent(table.name)} t ORDER BY ${table.order}`,
  );
  try {
    for (;;) {
      const batch = (await runner.query(`FETCH ${BATCH_ROWS} FROM backup_rows`)) as Array<{ row: string }>;
      if (batch.length === 0) break;
      counted(batch.length);
      yield `{"table":${name},"rows":[${batch.map((row) => row.row).join(',')}]}\n`;
      if (batch.length < BATCH_ROWS) break;
    }
  } finally {
    // after a failed read the transaction is aborted and rolls back anyway: closing must not hide that error
    await runner.query('CLOSE backup_rows').catch(() => {});
  }
}

/** Sequences are not transactional: read after the rows, each is at least what the rows used (gaps are harmless). */
async function sequenceValues(runner: QueryRunner): Promise<Record<string, string | null>> {
  const found = (await runner.query(
    `SELECT sequencename AS name, last_value::text AS value FROM pg_sequences WHERE schemaname = 'public' ORDER BY sequencename`,
  )) as Array<{ name: string; value: string | null }>;
  return Object.fromEntries(found.map(({ name, value }) => [name, value]));
}

/** A table's name as an SQL identifier; names come from the catalogue, the quoting keeps odd ones whole. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}
