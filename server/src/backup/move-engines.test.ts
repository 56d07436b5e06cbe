import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../db/seed/demo-data.js';
import { ApiClient, createTestApp, freshPostgresDatabase, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { lastCursor, tableChecksums } from '../../test/backup-kit.js';
import { REFERENCE_NOW } from '../../test/dates.js';
import { restoreBackup } from './restore-backup.js';
import { takeBackup } from './take-backup.js';

/**
 * Outgrowing the embedded database (issue 26, part 2): a backup of an embedded database restores into
 * PostgreSQL (into another embedded database when the suite runs without one) and back, row for row, and the
 * installation carries on: cursors continue, sessions still sign in, calendar feed addresses still answer.
 */
const POSTGRES = process.env.DATABASE_URL;
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-move-'));
const dropAfter: Array<() => Promise<void>> = [];
let source: TestApp;
let member: ApiClient;
let feedPath: string;

/** A target the other way round from `from`: PostgreSQL for the embedded one when there is one, else a data folder. */
async function targetFor(from: 'pglite' | 'postgres', name: string) {
  if (from === 'pglite' && POSTGRES) {
    const database = await freshPostgresDatabase(POSTGRES);
    dropAfter.push(database.drop);
    return {
      options: { databaseUrl: database.url, dataDir: undefined },
      app: () => createTestApp({ now: REFERENCE_NOW, databaseUrl: database.url }),
    };
  }
  const dataDir = path.join(folder, name);
  return { options: { databaseUrl: undefined, dataDir }, app: () => createTestApp({ now: REFERENCE_NOW, embedded: { dataDir } }) };
}

/** Backs `app` up, restores it elsewhere, starts an app there and checks every table against the original. */
async function move(app: TestApp, name: string): Promise<TestApp> {
  const file = path.join(folder, `${name}.jsonl.gz`);
  const before = await tableChecksums(app.services.database.dataSource);
  await takeBackup(app.services.database, file, app.clock());
  const target = await targetFor(app.services.database.engine, name);
  await restoreBackup(file, target.options);
  const moved = await target.app();
  expect(await tableChecksums(moved.services.database.dataSource)).toEqual(before);
  return moved;
}

/** The installation carries on after a move: the next change gets the next cursor, a session and a feed address still work. */
async function carriesOn(app: TestApp): Promise<void> {
  const cursor = BigInt(await lastCursor(app.services.database.dataSource));
  const factory = new Factory(app);
  const house = await factory.location({ openingHours: ALWAYS_OPEN });
  const room = await factory.room({ locationId: house.id });
  const organization = await factory.organization();
  await factory.booking({ roomId: room.id, organizationId: organization.id, start: '2027-06-09T10:00:00Z', end: '2027-06-09T11:00:00Z' });
  const cursors: Array<{ cursor: string }> = await app.services.database.dataSource.query(
    `SELECT cursor::text AS cursor FROM change_log WHERE cursor > $1 ORDER BY cursor`,
    [cursor.toString()],
  );
  expect(cursors[0]?.cursor).toBe((cursor + 1n).toString());
  const signedIn = new ApiClient(app.url);
  signedIn.cookie = member.cookie;
  expect((await signedIn.data(`{ me { email } }`)).me).toEqual({ email: 'member1@kollektiv.example' });
  const feed = await fetch(`${app.url}${feedPath}`);
  expect(feed.status).toBe(200);
  expect(await feed.text()).toContain('BEGIN:VCALENDAR');
}

beforeAll(async () => {
  source = await createTestApp({ now: REFERENCE_NOW, seedDemo: true, embedded: {} });
  member = await new ApiClient(source.url).login('member1@kollektiv.example', DEMO_PASSWORD);
  const renewed = await member.data(`mutation { renewCalendarFeed(kind: PERSON) { url } }`);
  feedPath = new URL((renewed.renewCalendarFeed as { url: string }).url).pathname;
  // more than the seed: a house, a room, an MO and a booking of our own, each in the change log
  await carriesOn(source);
}, 300_000);

afterAll(async () => {
  await source?.stop();
  for (const drop of dropAfter) await drop();
  fs.rmSync(folder, { recursive: true, force: true });
});

describe('moving an installation between engines', () => {
  it('moves an embedded database to PostgreSQL and back, every table equal, and it carries on', async () => {
    expect(source.services.database.engine).toBe('pglite');
    const counts = await tableChecksums(source.services.database.dataSource);
    for (const table of ['booking', 'change_log', 'app_user', 'user_session', 'calendar_feed', 'coaching_request', 'network_meeting'])
      expect(counts[table]?.rows, table).toBeGreaterThan(0);
    const moved = await move(source, 'there');
    try {
      expect(moved.services.database.engine).toBe(POSTGRES ? 'postgres' : 'pglite');
      await carriesOn(moved);
      const back = await move(moved, 'back');
      try {
        expect(back.services.database.engine).toBe('pglite');
        await carriesOn(back);
      } finally {
        await back.stop();
      }
    } finally {
      await moved.stop();
    }
    // each embedded data folder starts with initdb in WebAssembly: many seconds on a busy machine
  }, 600_000);
});
