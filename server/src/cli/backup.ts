import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupRuns } from '../backup/backup-runs.js';
import { requestBackup, SOCKET_FILE } from '../backup/backup-socket.js';
import { ConfigError, commandDirectory, loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { DataDirLockedError } from '../db/embedded/data-dir-lock.js';
import { systemClock } from '../shared/clock.js';

/**
 * `npm run backup -- --out FILE`: a consistent backup of the configured database (DATABASE_URL, else the
 * embedded one in DATA_DIR) while the app keeps running, in the portable format of `backup/backup-format.ts`.
 * A server running on the embedded database holds it alone; it then writes the file itself (`backup-socket.ts`).
 */
const usage = 'Usage: npm run backup -- --out FILE   (e.g. --out kollektiv-2026-12-07.jsonl.gz)';

async function main(): Promise<number> {
  let values: { out?: string; help?: boolean };
  try {
    ({ values } = parseArgs({ options: { out: { type: 'string' }, help: { type: 'boolean' } } }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help || !values.out) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const file = path.resolve(commandDirectory(), values.out);
  const started = performance.now();
  const taken = await backUp(config.databaseUrl, config.dataDir, config.backup.dir !== undefined, file);
  const rows = Object.values(taken.rows).reduce((sum, count) => sum + count, 0);
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`Backup of the ${config.databaseUrl === undefined ? 'embedded database' : 'PostgreSQL database'} written to ${file}:`);
  console.log(`${rows} rows in ${Object.keys(taken.rows).length} tables, ${taken.bytes} bytes, ${seconds} s.`);
  return 0;
}

/** Reads the database itself, or, when a server holds the embedded one, asks that server to write the file. */
async function backUp(databaseUrl: string | undefined, dataDir: string, scheduled: boolean, file: string) {
  let database;
  try {
    database = await openDatabase({ databaseUrl, dataDir });
  } catch (error) {
    if (error instanceof DataDirLockedError && fs.existsSync(path.join(dataDir, SOCKET_FILE))) return requestBackup(dataDir, file);
    throw error;
  }
  try {
    const taken = await new BackupRuns(database, systemClock, scheduled).take(file);
    return { bytes: taken?.bytes ?? 0, rows: taken?.rows ?? {} };
  } finally {
    await database.close();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DataDirLockedError)
      console.error(
        `${error.message}\nThat server does not answer backup requests (it runs an older version?): stop it, then run this again.`,
      );
    else if (error instanceof ConfigError) console.error(error.message);
    else console.error('backup failed:', error);
    process.exit(1);
  },
);
