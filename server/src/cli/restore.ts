import 'reflect-metadata';
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { BackupRefusedError } from '../backup/backup-format.js';
import { restoreBackup } from '../backup/restore-backup.js';
import { ConfigError, commandDirectory, loadConfig } from '../config.js';
import { DataDirLockedError } from '../db/embedded/data-dir-lock.js';

/**
 * `npm run restore -- FILE [--replace]`: loads a backup into the configured database (DATABASE_URL, else the
 * embedded one in DATA_DIR), which must be empty unless --replace, and migrates it to this version. The app
 * must not run meanwhile; on the embedded database it cannot (its data folder is locked while it runs).
 */
const usage = 'Usage: npm run restore -- FILE [--replace]';

async function main(): Promise<number> {
  let values: { replace?: boolean; help?: boolean };
  let positionals: string[];
  try {
    ({ values, positionals } = parseArgs({ options: { replace: { type: 'boolean' }, help: { type: 'boolean' } }, allowPositionals: true }));
  } catch (error) {
    console.error(`${(error as Error).message}\n${usage}`);
    return 2;
  }
  if (values.help || positionals.length !== 1) {
    console.error(usage);
    return values.help ? 0 : 2;
  }
  const config = loadConfig();
  const file = path.resolve(commandDirectory(), positionals[0]!);
  if (!fs.existsSync(file)) {
    console.error(`No such file: ${file}`);
    return 2;
  }
  const started = performance.now();
  const target =
    config.databaseUrl === undefined ? `the embedded database in ${config.dataDir}` : 'the PostgreSQL database of DATABASE_URL';
  const restored = await restoreBackup(
    file,
    { databaseUrl: config.databaseUrl, dataDir: config.dataDir },
    { replace: values.replace ?? false },
  );
  const rows = Object.values(restored.rows).reduce((sum, count) => sum + count, 0);
  console.log(`Restored the backup of ${restored.header.takenAt} (${restored.header.engine}) into ${target}:`);
  console.log(`${rows} rows in ${Object.keys(restored.rows).length} tables, ${((performance.now() - started) / 1000).toFixed(1)} s.`);
  if (restored.migrated.length > 0)
    console.log(`Brought up to this version by ${restored.migrated.length} migration(s): ${restored.migrated.join(', ')}.`);
  console.log('Start the app as usual (npm start) to use it.');
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof DataDirLockedError)
      console.error(
        `${error.message}\nA restore replaces the embedded database, so the server must be stopped first (its data folder is locked while it runs).`,
      );
    else if (error instanceof BackupRefusedError) console.error(`Refused: ${error.message}`);
    else if (error instanceof ConfigError) console.error(error.message);
    else console.error('restore failed:', error);
    process.exit(1);
  },
);
