import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINE, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { ScheduledBackups } from './backup-schedule.js';

/**
 * Scheduled backups (BACKUP_DIR, BACKUP_EVERY_HOURS, BACKUP_KEEP): one per period however many nodes run,
 * the newest kept, and every node knows when the last was taken. On PostgreSQL the two nodes are two apps on
 * one database; the embedded database has one app, so its two schedules share that app's database.
 */
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-backups-'));
const settings = { dir, everyHours: 24, keep: 2 };
let first: TestApp;
let second: TestApp;
let nodes: ScheduledBackups[];

beforeAll(async () => {
  first = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { backup: settings } });
  second =
    ENGINE === 'postgres'
      ? await createTestApp({ now: '2026-06-01T08:00:00Z', databaseUrl: first.databaseUrl, config: { backup: settings } })
      : first;
  // the apps' own schedules poll each minute; this test polls for them, at the instants it chooses
  for (const app of [first, second]) await app.services.scheduledBackups.stop();
  nodes = [first, second].map((app) => new ScheduledBackups(app.services.backups, settings, app.clock, () => {}));
});

afterAll(async () => {
  if (second !== first) await second?.stop();
  await first?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Both nodes look for a due backup at once; answers how many they took together. */
async function bothPoll(): Promise<number> {
  const taken = await Promise.all(nodes.map((node) => node.runNow()));
  return taken.reduce((sum, count) => sum + count, 0);
}

function setClocks(instant: string): void {
  first.clock.set(instant);
  second.clock.set(instant);
}

describe('scheduled backups', () => {
  it('takes one backup per period when two nodes poll at once, and keeps the newest BACKUP_KEEP', async () => {
    expect(await first.services.backups.lastBackup()).toBeNull();
    await new Factory(first).organization({ name: 'Chor Kalyna' });
    expect(await bothPoll()).toBe(1);
    expect(await bothPoll()).toBe(0);
    expect(fs.readdirSync(dir)).toEqual(['kollektiv-20260601T080000Z.jsonl.gz']);
    for (const app of [first, second])
      expect(await app.services.backups.lastBackup()).toEqual({
        takenAt: new Date('2026-06-01T08:00:00Z'),
        file: 'kollektiv-20260601T080000Z.jsonl.gz',
        bytes: fs.statSync(path.join(dir, 'kollektiv-20260601T080000Z.jsonl.gz')).size,
      });

    setClocks('2026-06-01T23:59:00Z');
    expect(await bothPoll()).toBe(0);
    setClocks('2026-06-02T00:01:00Z');
    expect(await bothPoll()).toBe(1);
    setClocks('2026-06-03T00:01:00Z');
    expect(await bothPoll()).toBe(1);
    expect(fs.readdirSync(dir).sort()).toEqual(['kollektiv-20260602T000100Z.jsonl.gz', 'kollektiv-20260603T000100Z.jsonl.gz']);
    expect((await second.services.backups.lastBackup())?.takenAt).toEqual(new Date('2026-06-03T00:01:00Z'));
  });

  it('tells staff when the last backup was taken and warns once it is older than a day', async () => {
    const { client: staff } = await new Factory(first).staffClient();
    const ask = `{ backupState { lastTakenAt stale scheduled } }`;
    first.clock.set('2026-06-03T12:00:00Z');
    expect((await staff.data(ask)).backupState).toEqual({ lastTakenAt: '2026-06-03T00:01:00.000Z', stale: false, scheduled: true });
    first.clock.set('2026-06-04T00:02:00Z');
    expect((await staff.data(ask)).backupState).toMatchObject({ stale: true });
  });
});
