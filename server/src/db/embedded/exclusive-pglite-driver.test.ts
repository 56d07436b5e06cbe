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
