import fs from 'node:fs';
import readline from 'node:readline';
import { createGunzip } from 'node:zlib';
import type { QueryRunner } from 'typeorm';
import { migrateDatabase, migrationName, openDatabase, type Database, type DatabaseOptions } from '../db/database.js';
import { migrations } from '../db/entities.js';
import { BackupRefusedError, lastMigrationOf, parseHeader, parseLine, type BackupHeader } from './backup-format.js';
import { migrateThrough } from './migrate-through.js';
import { quoteIdent } from './take-backup.js';

export interface RestoreOptions {
  /** Replace what the target database holds; without it a database with any row is refused. */
  replace?: boolean;
}

export interface Restored {
  header: BackupHeader;
  rows: Record<string, number>;
  /** Migrations newer than the backup that ran after loading it. */
  migrated: string[];
}

/**
 * Restores a backup file into the database `target` names (PostgreSQL or an embedded data folder): clears
 * its schema, builds the backup's schema with our own migrations up to the backup's last one, loads every
 * row in one transaction with triggers off (the rows were consistent when taken; the log triggers must not
 * fire again), sets the sequences, and then runs the migrations that are newer than the backup. The target
 * must be empty unless `replace` is given. Nothing else may use the database meanwhile.
 */
export async function restoreBackup(file: string, target: DatabaseOptions, options: RestoreOptions = {}): Promise<Restored> {
  const codeMigrations = migrations.map(migrationName);
  const lines = readLines(file);
  const first = await lines.next();
  const header = parseHeader(first.done ? undefined : first.value);
  const through = lastMigrationOf(header, codeMigrations);
  const database: Database = await openDatabase({ ...target, migrate: false });
  try {
    await clearSchema(database, options.replace ?? false);
    await migrateThrough(database.dataSource, through);
    const rows = await loadRows(database, header, lines);
    // the newer migrations bring an older backup up to this version
    await migrateDatabase(database);
    return { header, rows, migrated: codeMigrations.slice(codeMigrations.indexOf(through) + 1) };
  } finally {
    await lines.return(undefined);
    await database.close();
  }
}

async function* readLines(file: string): AsyncGenerator<string, void, undefined> {
  const input = fs.createReadStream(file).pipe(createGunzip());
  const reader = readline.createInterface({ input, crlfDelay: Infinity });
  try {
    for await (const line of reader) if (line !== '') yield line;
  } catch (error) {
    // gunzip's own message ("unexpected end of file") does not tell a person what happened
    throw new BackupRefusedError(`The backup file cannot be read as a gzip'd backup: ${(error as Error).message}.`);
  } finally {
    reader.close();
    input.destroy();
  }
}

/** Refuses a database holding any row (unless replacing), then drops its schema: the migrations build it anew. */
async function clearSchema(database: Database, replace: boolean): Promise<void> {
  const tables: Array<{ name: string }> = await database.dataSource.query(
    `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p') AND c.relname <> 'migrations'`,
  );
  if (!replace && tables.length > 0) {
    const filled: unknown[] = await database.dataSource.query(
      tables.map(({ name }) => `SELECT 1 WHERE EXISTS (SELECT 1 FROM ${quoteIdent(name)})`).join(' UNION ALL '),
    );
    if (filled.length > 0)
      throw new BackupRefusedError(
        'The target database is not empty. Restore into an empty database, or add --replace to replace everything it holds with the backup.',
      );
  }
  await database.dataSource.query('DROP SCHEMA public CASCADE');
  await database.dataSource.query('CREATE SCHEMA public');
}

async function loadRows(
  database: Database,
  header: BackupHeader,
  lines: AsyncGenerator<string, void, undefined>,
): Promise<Record<string, number>> {
  const runner = database.dataSource.createQueryRunner();
  await runner.connect();
  const loaded: Record<string, number> = {};
  const inserts = new Map<string, string>();
  try {
    await runner.query('BEGIN');
    // foreign keys and our triggers (the change log's, the centre's) are triggers: off while loading, since the
    // rows were consistent when taken and must arrive as they were. Needs a superuser, as restoring does anyway.
    await runner.query(`SET LOCAL session_replication_role = replica`);
    for await (const text of lines) {
      const line = parseLine(text);
      if ('table' in line) {
        if (!header.tables.includes(line.table))
          throw new BackupRefusedError(`The backup file is damaged: rows of an unlisted table ${line.table}.`);
        const insert = inserts.get(line.table) ?? (await insertStatement(runner, line.table));
        inserts.set(line.table, insert);
        const [inserted] = (await runner.query(insert, [line.rows])) as Array<{ count: number }>;
        loaded[line.table] = (loaded[line.table] ?? 0) + (inserted?.count ?? 0);
      } else if ('sequences' in line) {
        await setSequences(runner, line.sequences);
      } else {
        for (const [table, count] of Object.entries(line.rows))
          if ((loaded[table] ?? 0) !== count)
            throw new BackupRefusedError(`The backup file is damaged: ${table} should have ${count} rows, it has ${loaded[table] ?? 0}.`);
        await runner.query('COMMIT');
        return loaded;
      }
    }
    throw new BackupRefusedError('The backup file was cut short (its last line is missing); nothing was restored.');
  } catch (error) {
    await runner.query('ROLLBACK').catch(() => {});
    throw error;
  } finally {
    await runner.release();
  }
}

/** Inserts a batch given as JSON; generated columns are left to the database, identity values kept as they were. */
async function insertStatement(runner: QueryRunner, table: string): Promise<string> {
  const found = (await runner.query(
    `SELECT string_agg(quote_ident(a.attname), ', ' ORDER BY a.attnum) AS columns
       FROM pg_attribute a JOIN pg_class c ON c.oid = a.attrelid JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relname = $1 AND a.attnum > 0 AND NOT a.attisdropped AND a.attgenerated = ''`,
    [table],
  )) as Array<{ columns: string | null }>;
  const columns = found[0]?.columns;
  if (!columns) throw new BackupRefusedError(`The backup has rows for a table this schema does not have: ${table}.`);
  const name = quoteIdent(table);
  return `WITH inserted AS (INSERT INTO ${name} (${columns}) OVERRIDING SYSTEM VALUE
            SELECT ${columns} FROM json_populate_recordset(NULL::${name}, $1::json) RETURNING 1)
          SELECT count(*)::int AS count FROM inserted`;
}

async function setSequences(runner: QueryRunner, sequences: Record<string, string | null>): Promise<void> {
  for (const [name, value] of Object.entries(sequences))
    if (value !== null) await runner.query(`SELECT setval($1::regclass, $2::bigint, true)`, [quoteIdent(name), value]);
}
