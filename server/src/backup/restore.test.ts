import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, freshPostgresDatabase, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { tableChecksums } from '../../test/backup-kit.js';
import type { DatabaseOptions } from '../db/database.js';
import { BackupRefusedError } from './backup-format.js';
import { restoreBackup } from './restore-backup.js';

/** What a restore refuses, and that it says why: a newer schema, a database in use, a damaged file. */
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-restore-'));
const cleanUp: Array<() => Promise<void>> = [];
let app: TestApp;
let file: string;

/** An empty database on this suite's engine: a fresh PostgreSQL database, or a new embedded data folder. */
async function emptyTarget(name: string): Promise<DatabaseOptions> {
  if (!process.env.DATABASE_URL) return { databaseUrl: undefined, dataDir: path.join(folder, name) };
  const database = await freshPostgresDatabase(process.env.DATABASE_URL);
  cleanUp.push(database.drop);
  return { databaseUrl: database.url, dataDir: undefined };
}

/** The backup with its lines rewritten by `edit`, as a new file. */
function edited(name: string, edit: (lines: string[]) => string[]): string {
  const lines = gunzipSync(fs.readFileSync(file)).toString('utf8').trimEnd().split('\n');
  const target = path.join(folder, name);
  fs.writeFileSync(target, gzipSync(`${edit(lines).join('\n')}\n`));
  return target;
}

beforeAll(async () => {
  app = await createTestApp();
  const factory = new Factory(app);
  await factory.organization({ name: 'Chor Kalyna' });
  await factory.staffClient();
  file = path.join(folder, 'backup.jsonl.gz');
  await app.services.backups.take(file);
});

afterAll(async () => {
  await app?.stop();
  for (const step of cleanUp) await step();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('restore', () => {
  it('refuses a backup from a newer version, naming the migration it does not know', async () => {
    const newer = edited('newer.jsonl.gz', ([header, ...rest]) => {
      const parsed = JSON.parse(header!) as { migrations: string[] };
      parsed.migrations.push('Teleportation1999999999999');
      return [JSON.stringify(parsed), ...rest];
    });
    await expect(restoreBackup(newer, { databaseUrl: undefined, dataDir: undefined })).rejects.toThrow(
      new BackupRefusedError(
        'This backup comes from a newer version of KolLEktiv (its schema has Teleportation1999999999999, which this version does not know). ' +
          'Install that version or a later one, then restore.',
      ),
    );
  }, 300_000);

  it('refuses a database that holds data unless told to replace it, then replaces it', async () => {
    const target = await emptyTarget('filled');
    await restoreBackup(file, target);
    await expect(restoreBackup(file, target)).rejects.toThrow(/The target database is not empty.*--replace/);
    const restored = await restoreBackup(file, target, { replace: true });
    expect(restored.rows.organization).toBe(1);
    expect(restored.rows.app_user).toBe(1);
  }, 300_000);

  it('refuses a file cut short and one that is not a backup, restoring nothing', async () => {
    const target = await emptyTarget('cut');
    const cut = edited('cut.jsonl.gz', (lines) => lines.slice(0, -1));
    await expect(restoreBackup(cut, target)).rejects.toThrow(
      'The backup file was cut short (its last line is missing); nothing was restored.',
    );
    const notGzip = path.join(folder, 'plain.txt');
    fs.writeFileSync(notGzip, 'hello\n');
    await expect(restoreBackup(notGzip, target)).rejects.toThrow(/cannot be read as a gzip'd backup/);
    const other = path.join(folder, 'other.jsonl.gz');
    fs.writeFileSync(other, gzipSync('{"format":"something-else"}\n'));
    await expect(restoreBackup(other, target)).rejects.toThrow('This is not a KolLEktiv backup file (made by `npm run backup`).');
    // the cut file left the database empty: a whole backup still restores without --replace
    await restoreBackup(file, target);
  }, 300_000);

  it('restores the rows as they were, identity and generated columns included', async () => {
    const target = await emptyTarget('same');
    const before = await tableChecksums(app.services.database.dataSource);
    // the record of this very backup: claimed before the snapshot, finished after it
    delete before.backup_run;
    await restoreBackup(file, target);
    const restored = await createTestApp(
      target.databaseUrl ? { databaseUrl: target.databaseUrl } : { embedded: { dataDir: target.dataDir } },
    );
    try {
      const after = await tableChecksums(restored.services.database.dataSource);
      expect(after.backup_run?.rows).toBe(1);
      delete after.backup_run;
      expect(after).toEqual(before);
    } finally {
      await restored.stop();
    }
  }, 300_000);
});
