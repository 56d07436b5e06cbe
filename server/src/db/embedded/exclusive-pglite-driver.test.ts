import { describe, expect, it } from 'vitest';
import { migratedEmbeddedSnapshot } from '../../../test/harness.js';
import { openDatabase } from '../database.js';

describe('each embedded database is its own', () => {
  it('two open at once in one process see only their own rows, and closing one leaves the other working', async () => {
    const snapshot = migratedEmbeddedSnapshot();
    const first = await openDatabase({ databaseUrl: undefined, dataDir: undefined, embeddedSnapshot: snapshot });
    const second = await openDatabase({ databaseUrl: undefined, dataDir: undefined, embeddedSnapshot: snapshot });
    try {
      await first.dataSource.query(`INSERT INTO location (name, address, time_zone) VALUES ('Nur im ersten', 'Weg 1', 'Europe/Berlin')`);
      const names = async (database: typeof first) =>
        (await database.dataSource.query<Array<{ name: string }>>(`SELECT name FROM location`)).map((row) => row.name);
      expect(await names(first)).toEqual(['Nur im ersten']);
      expect(await names(second)).toEqual([]);
      await first.close();
      expect(await names(second)).toEqual([]);
      expect(await second.ping()).toBe(true);
    } finally {
      await first.close();
      await second.close();
    }
  });
});

describe('a run of queries on the embedded database', () => {
  it('lets timers fire and connections be taken between its queries', async () => {
    const database = await openDatabase({ databaseUrl: undefined, dataDir: undefined, embeddedSnapshot: migratedEmbeddedSnapshot() });
    try {
      let fired = false;
      setTimeout(() => (fired = true), 20);
      // PGlite's answers settle as microtasks: without a turn of the event loop the timer would wait for the whole run
      const started = performance.now();
      while (!fired && performance.now() - started < 3000) await database.dataSource.query(`SELECT count(*) FROM booking`);
      expect(fired).toBe(true);
    } finally {
      await database.close();
    }
  });
});
