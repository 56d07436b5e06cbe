import type { DataSource } from 'typeorm';

/** Row count and checksum of one table: `md5` over its rows as text, in one order on every engine. */
export interface TableSum {
  rows: number;
  md5: string;
}

/**
 * Every data table's row count and checksum. Rows are rendered in UTC and ordered by their text in the "C"
 * collation, so PGlite (PostgreSQL 17) and a PostgreSQL 15 server agree on the same rows whatever their settings.
 */
export async function tableChecksums(dataSource: DataSource): Promise<Record<string, TableSum>> {
  const runner = dataSource.createQueryRunner();
  await runner.connect();
  try {
    await runner.query('BEGIN ISOLATION LEVEL REPEATABLE READ');
    await runner.query(`SET LOCAL TimeZone = 'UTC'`);
    const tables = (await runner.query(
      `SELECT c.relname AS name FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
        WHERE n.nspname = 'public' AND c.relkind = 'r' AND c.relname <> 'migrations' ORDER BY c.relname`,
    )) as Array<{ name: string }>;
    const sums: Record<string, TableSum> = {};
    for (const { name } of tables) {
      const [sum] = (await runner.query(
        `SELECT count(*)::int AS rows, md5(coalesce(string_agg(t::text, ',' ORDER BY (t::text) COLLATE "C"), '')) AS md5 FROM "${name}" t`,
      )) as TableSum[];
      sums[name] = sum!;
    }
    await runner.query('COMMIT');
    return sums;
  } finally {
    await runner.release();
  }
}

/** The newest change-log cursor, as text. */
export async function lastCursor(dataSource: DataSource): Promise<string> {
  const rows: Array<{ cursor: string | null }> = await dataSource.query(`SELECT max(cursor)::text AS cursor FROM change_log`);
  return rows[0]?.cursor ?? '0';
}
