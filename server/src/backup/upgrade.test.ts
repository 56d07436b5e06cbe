import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demo-data.js';
import { migrationName } from '../db/database.js';
import { migrations } from '../db/entities.js';
import { ApiClient, createTestApp, freshPostgresDatabase, type TestApp } from '../../test/harness.js';
import { REFERENCE_NOW } from '../../test/dates.js';
import { BOOKINGS } from '../../test/documents.js';
import { restoreBackup } from './restore-backup.js';

/**
 * Upgrades (issue 26, part 6): a backup of the release before issue 26 with the demo data
 * (`test/fixtures/upgrade-from-network-release.jsonl.gz`, made by `test/make-upgrade-fixture.ts`) restores on
 * this engine, is migrated to the current schema, and the app reads it.
 */
const FIXTURE = path.resolve(
  path.dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'test',
  'fixtures',
  'upgrade-from-network-release.jsonl.gz',
);
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-upgrade-'));
const cleanUp: Array<() => Promise<void>> = [];

afterAll(async () => {
  for (const step of cleanUp.reverse()) await step();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('upgrading from a backup of an earlier release', () => {
  it('restores the fixture, migrates it to the current schema and serves its bookings, people and coaching', async () => {
    const postgres = process.env.DATABASE_URL ? await freshPostgresDatabase(process.env.DATABASE_URL) : undefined;
    if (postgres) cleanUp.push(postgres.drop);
    const target = postgres
      ? { databaseUrl: postgres.url, dataDir: undefined }
      : { databaseUrl: undefined, dataDir: path.join(folder, 'data') };
    const restored = await restoreBackup(FIXTURE, target);
    expect(restored.header.migrations.at(-1)).toBe('NetworkNotices1765410000000');
    const code = migrations.map(migrationName);
    expect(restored.migrated).toEqual(code.slice(code.indexOf('NetworkNotices1765410000000') + 1));
    expect(restored.migrated).toContain('BackupRuns1765500000000');

    const app: TestApp = await createTestApp(
      postgres ? { now: REFERENCE_NOW, databaseUrl: postgres.url } : { now: REFERENCE_NOW, embedded: { dataDir: target.dataDir } },
    );
    cleanUp.push(() => app.stop());
    const staff = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
    const week = await staff.data(BOOKINGS, { from: '2027-06-07T00:00:00+02:00', to: '2027-06-14T00:00:00+02:00' });
    expect(week.bookings.length).toBeGreaterThan(5);
    const stored: Array<{ count: number }> = await app.services.database.dataSource.query(
      `SELECT count(*)::int AS count FROM booking WHERE starts_at < '2027-06-14T00:00:00+02:00' AND ends_at > '2027-06-07T00:00:00+02:00'`,
    );
    expect(week.bookings.length).toBe(stored[0]?.count);
    const people = await staff.data(`{ users { email } }`);
    expect(people.users.map((user: { email: string }) => user.email)).toContain('member1@kollektiv.example');
    const coaching = await staff.data(`{ coachingRequests { id status } }`);
    expect(coaching.coachingRequests.length).toBe(restored.rows.coaching_request);
    expect((await staff.data(`{ backupState { lastTakenAt } }`)).backupState).toEqual({ lastTakenAt: null });
    // an embedded data folder starts with initdb in WebAssembly: many seconds on a busy machine
  }, 300_000);
});
