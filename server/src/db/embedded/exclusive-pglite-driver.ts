import { PGlite, types, type PGliteOptions } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { PGliteDriver, getPGliteInstance } from 'typeorm-pglite';

/**
 * PGlite is a single database session. The pool that `typeorm-pglite` publishes hands that session
 * to every caller at once, so concurrent transactions interleave and abort each other. This pool
 * has exactly one client and `connect` waits until the previous holder has released it, which
 * makes transactions on the embedded engine as isolated as on PostgreSQL.
 */
export interface EmbeddedDriver {
  /** The object TypeORM's `driver` option expects (it reads `.Pool`). */
  driverModule: { Pool: new (...args: never[]) => unknown };
  /** Runs `work` while holding the one session, e.g. to `LISTEN` outside any transaction. */
  runExclusively<T>(work: (pglite: PGlite) => Promise<T>): Promise<T>;
}

/**
 * `snapshot` starts an in-memory database from a dump of another (`dumpDataDir`) instead of running
 * initdb, which takes seconds in WebAssembly; the test harness starts each app from one migrated snapshot.
 */
export function createEmbeddedDriver(dataDir: string | undefined, snapshot?: Blob): EmbeddedDriver {
  const options: PGliteOptions = {
    ...(dataDir === undefined ? {} : { dataDir }),
    ...(snapshot === undefined ? {} : { loadDataDir: snapshot }),
    extensions: { btree_gist },
    // Same shapes as node-postgres: bigint as string, so cursors never lose precision.
    parsers: { [types.INT8]: (value: string) => value },
  };
  const BasePool = new PGliteDriver(options).driver.Pool;

  let tail: Promise<void> = Promise.resolve();
  function acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = tail;
    tail = previous.then(() => turn);
    return previous.then(() => {
      let released = false;
      return () => {
        if (!released) {
          released = true;
          release();
        }
      };
    });
  }

  type ConnectCallback = Parameters<InstanceType<typeof BasePool>['connect']>[0];

  class ExclusivePGlitePool extends BasePool {
    override async connect(callback: ConnectCallback): Promise<void> {
      const release = await acquire();
      await super.connect((error, client) => {
        if (error) release();
        callback(error, client, () => release());
      });
    }
  }

  return {
    driverModule: { Pool: ExclusivePGlitePool },
    async runExclusively(work) {
      const release = await acquire();
      try {
        return await work(await getPGliteInstance());
      } finally {
        release();
      }
    },
  };
}
