import 'reflect-metadata';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { takeBackup } from '../src/backup/take-backup.js';
import { migrateThrough } from '../src/backup/migrate-through.js';
import { openDatabase } from '../src/db/database.js';
import { seedDemoData } from '../src/db/seed/seed-demo.js';
import { REFERENCE_NOW } from './dates.js';

/**
 * Writes `fixtures/upgrade-from-network-release.jsonl.gz`: the demo data in the schema of the release before
 * issue 26 (migrations through NetworkNotices1765410000000), which `backup/upgrade.test.ts` restores and
 * migrates. Run once (`npx tsx server/test/make-upgrade-fixture.ts`) and committed: later schema changes must
 * keep loading it, so it is never regenerated with a newer schema.
 */
const RELEASE = 'NetworkNotices1765410000000';
const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fixtures', 'upgrade-from-network-release.jsonl.gz');

const database = await openDatabase({ databaseUrl: undefined, dataDir: undefined, migrate: false });
try {
  await migrateThrough(database.dataSource, RELEASE);
  const now = new Date(REFERENCE_NOW);
  await seedDemoData(database.dataSource, now);
  const taken = await takeBackup(database, file, now);
  console.log(`${file}: ${taken.bytes} bytes`, taken.rows);
} finally {
  await database.close();
}
