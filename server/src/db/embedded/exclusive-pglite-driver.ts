import { EventEmitter } from 'node:events';
import { PGlite, types, type PGliteOptions, type Results } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';

/**
 * PGlite is a single database session. A pool over it must hand that session to one caller at a time, or
 * concurrent transactions interleave and abort each other: this pool has exactly one client and `connect`
 * waits until the previous holder has released it, which makes transactions on the embedded engine as
 * isolated as on PostgreSQL. Each driver owns its PGlite: two apps in one process (tests, a restart) never
 * share a database, and stopping one never closes the other's.
 */
export interface EmbeddedDriver {
  /** The object TypeORM's `driver` option expects (it reads `.Pool`). */
  driverModule: { Pool: new (...args: never[]) => unknown };
  /** Runs `work` while holding the one session, e.g. to `LISTEN` outside any transaction. */
  runExclusively<T>(work: (pglite: PGlite) => Promise<T>): Promise<T>;
  /** Whether the one session is taken, and how many wait for it (`/metrics`: the pool). */
  usage(): { busy: boolean; waiting: number };
}

type QueryCallback = (error: Error | null, result: Results<unknown> | null) => void;
type ConnectCallback = (error: Error | null, client: unknown, release: () => void) => void;

/** How long closing waits for the session's holder before it closes anyway. */
const END_WAIT_MS = 5000;

/**
 * PGlite answers in this thread and its promises settle as microtasks, so a run of queries (a backup, a search
 * over every table) would never let the event loop turn: no connection accepted, no timer fired, and kept-alive
 * connections expired all at once afterwards, under a request just sent on one. After this long without a turn
 * a query's answer waits for one.
 */
const TURN_EVERY_MS = 10;
let lastTurn = performance.now();
async function letTheEventLoopTurn(): Promise<void> {
  if (performance.now() - lastTurn < TURN_EVERY_MS) return;
  await new Promise((resolve) => setImmediate(resolve));
  lastTurn = performance.now();
}

/** What node-postgres writes for a boolean parameter; PGlite's own serializer would refuse "true". */
const serializeBoolean = (value: unknown): string =>
  value === true || value === 'true' || value === 1
    ? 'TRUE'
    : value === false || value === 'false' || value === 0
      ? 'FALSE'
      : String(value);

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
    serializers: { [types.BOOL]: serializeBoolean },
  };
  let instance: Promise<PGlite> | undefined;
  let closed = false;
  function pglite(): Promise<PGlite> {
    // a closed database stays closed: opening it again would take its data folder after the lock is gone
    if (closed) return Promise.reject(new Error('the embedded database is closed'));
    instance ??= PGlite.create(options).catch((error: unknown) => {
      instance = undefined;
      throw error;
    });
    return instance;
  }

  let tail: Promise<void> = Promise.resolve();
  // turns asked for and not yet released: the one holding the session and those waiting
  let pending = 0;
  function acquire(): Promise<() => void> {
    let release!: () => void;
    const turn = new Promise<void>((resolve) => {
      release = resolve;
    });
    const previous = tail;
    tail = previous.then(() => turn);
    pending++;
    return previous.then(() => {
      let released = false;
      return () => {
        if (!released) {
          released = true;
          pending--;
          release();
        }
      };
    });
  }

  /** The one client is the pool itself, as in node-postgres' shape that TypeORM uses. */
  class ExclusivePGlitePool extends EventEmitter {
    async connect(callback: ConnectCallback): Promise<void> {
      const release = await acquire();
      try {
        await pglite();
      } catch (error) {
        release();
        callback(error as Error, null, () => {});
        return;
      }
      callback(null, this, release);
    }

    async query(sql: string, parameters?: unknown[] | QueryCallback, callback?: QueryCallback): Promise<Results<unknown>> {
      const done = typeof parameters === 'function' ? parameters : callback;
      const values = Array.isArray(parameters) && parameters.length > 0 ? parameters : undefined;
      try {
        const database = await pglite();
        // without parameters a string may hold several statements; TypeORM expects the last one's result
        const result = values ? await database.query(sql, values) : ((await database.exec(sql)).at(-1) ?? { rows: [], fields: [] });
        await letTheEventLoopTurn();
        done?.(null, result);
        return result;
      } catch (error) {
        done?.(error as Error, null);
        throw error;
      }
    }

    end(callback?: (error: Error | null) => void): void {
      closed = true;
      // after whoever holds the session (a dump, a LISTEN) lets go, or a few seconds if nobody ever does
      const turn = Promise.race([
        acquire(),
        new Promise<() => void>((resolve) => setTimeout(() => resolve(() => {}), END_WAIT_MS).unref()),
      ]);
      turn
        .then(async (release) => {
          try {
            await (await instance?.catch(() => undefined))?.close();
          } finally {
            release();
          }
        })
        .then(
          () => callback?.(null),
          (error: Error) => callback?.(error),
        );
    }
  }

  return {
    driverModule: { Pool: ExclusivePGlitePool },
    usage: () => ({ busy: pending > 0, waiting: Math.max(0, pending - 1) }),
    async runExclusively(work) {
      const release = await acquire();
      try {
        return await work(await pglite());
      } finally {
        release();
      }
    },
  };
}
