import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';
import { DataSource } from 'typeorm';
import { ADVISORY_LOCK } from '../shared/advisory-locks.js';
import { createEmbeddedDriver } from './embedded/exclusive-pglite-driver.js';
import { lockDataDir } from './embedded/data-dir-lock.js';
import { entities, migrations } from './entities.js';
import { StatementLogger } from './statement-logger.js';

export type Engine = 'pglite' | 'postgres';

export type NotificationHandler = (payload: string) => void;

/**
 * One database, either embedded (PGlite) or a real PostgreSQL, behind the same TypeORM DataSource,
 * the same migrations and the same SQL. Notifications come from PGlite's own `listen()` or from a
 * dedicated PostgreSQL connection.
 */
export interface Database {
  engine: Engine;
  dataSource: DataSource;
  /** Starts listening on `channel`; the returned function stops it. */
  listen(channel: string, handler: NotificationHandler, onReconnect?: () => void): Promise<() => Promise<void>>;
  /** True when the database answers a trivial query within `timeoutMs`. */
  ping(timeoutMs?: number): Promise<boolean>;
  /**
   * True when it can also take writes: the embedded data folder is writable and has room, PostgreSQL is not a
   * read-only standby. A node that can only read is not ready: every booking would fail.
   */
  writable(): Promise<boolean>;
  close(): Promise<void>;
  /** Connections in use and idle, and queries waiting for one (the embedded database has a single session). */
  pool(): PoolUsage;
  /** Whether every `listen` connection is up; a PostgreSQL listener is down between a restart and its reconnect. */
  listening(): boolean;
  /** Embedded only: the whole database as one file, to start another in-memory database from (`embeddedSnapshot`). */
  dump?(): Promise<Blob>;
}

export interface PoolUsage {
  total: number;
  idle: number;
  waiting: number;
}

export interface DatabaseOptions {
  databaseUrl: string | undefined;
  /** Folder of the embedded database; `undefined` keeps it in memory (tests). */
  dataDir: string | undefined;
  logSql?: boolean;
  poolSize?: number;
  /** Embedded and in memory only: start from this dump of a migrated database (`Database.dump`); migrations still run and find nothing to do. */
  embeddedSnapshot?: Blob;
  /** A restore (`backup/`) clears the schema first and runs the migrations itself: `false` runs none on opening. */
  migrate?: boolean;
}

/** A migration's name as TypeORM records it in its `migrations` table. */
export function migrationName(migration: (typeof migrations)[number]): string {
  return new migration().name;
}

export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  const database = options.databaseUrl === undefined ? await openEmbedded(options) : await openPostgres(options.databaseUrl, options);
  if (options.migrate === false) return database;
  try {
    await migrateDatabase(database);
  } catch (error) {
    await database.close();
    throw error;
  }
  return database;
}

export async function migrateDatabase(database: Database): Promise<void> {
  if (database.engine === 'pglite') {
    await database.dataSource.runMigrations({ transaction: 'all' });
    return;
  }
  const lockHolder = database.dataSource.createQueryRunner();
  await lockHolder.connect();
  try {
    await lockHolder.query('SELECT pg_advisory_lock($1)', [ADVISORY_LOCK.MIGRATION]);
    await database.dataSource.runMigrations({ transaction: 'all' });
  } finally {
    await lockHolder.query('SELECT pg_advisory_unlock($1)', [ADVISORY_LOCK.MIGRATION]).catch(() => {});
    await lockHolder.release();
  }
}

function withTimeout<T>(promise: Promise<T>, timeoutMs: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('timeout')), timeoutMs);
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

async function openEmbedded(options: DatabaseOptions): Promise<Database> {
  const releaseLock = options.dataDir === undefined ? () => {} : lockDataDir(options.dataDir);
  const pgliteDir = options.dataDir === undefined ? undefined : path.join(options.dataDir, 'pglite');
  const embedded = createEmbeddedDriver(pgliteDir, options.dataDir === undefined ? options.embeddedSnapshot : undefined);
  const dataSource = new DataSource({
    type: 'postgres',
    driver: embedded.driverModule,
    entities,
    migrations,
    // The migrations create what they need (btree_gist); ids come from gen_random_uuid() in core PostgreSQL.
    installExtensions: false,
    logger: new StatementLogger(options.logSql ?? false),
  });
  try {
    await dataSource.initialize();
  } catch (error) {
    releaseLock();
    throw error;
  }
  let listens = 0;
  return {
    engine: 'pglite',
    dataSource,
    pool() {
      const { busy, waiting } = embedded.usage();
      return { total: 1, idle: busy ? 0 : 1, waiting };
    },
    // PGlite's notifications come from the database in this process: once listening, nothing can cut them
    listening: () => listens > 0,
    async dump() {
      return embedded.runExclusively((pglite) => pglite.dumpDataDir('none'));
    },
    async listen(channel, handler) {
      const unlisten = await embedded.runExclusively((pglite) => pglite.listen(channel, handler));
      listens++;
      return () => {
        listens--;
        return embedded.runExclusively(() => unlisten());
      };
    },
    async ping(timeoutMs = 2000) {
      try {
        await withTimeout(dataSource.query('SELECT 1'), timeoutMs);
        return true;
      } catch {
        return false;
      }
    },
    async writable() {
      return pgliteDir === undefined || folderTakesWrites(pgliteDir);
    },
    async close() {
      try {
        if (dataSource.isInitialized) await dataSource.destroy();
      } finally {
        releaseLock();
      }
    },
  };
}

async function openPostgres(databaseUrl: string, options: DatabaseOptions): Promise<Database> {
  const dataSource = new DataSource({
    type: 'postgres',
    url: databaseUrl,
    entities,
    migrations,
    poolSize: options.poolSize ?? 10,
    logger: new StatementLogger(options.logSql ?? false),
    extra: { connectionTimeoutMillis: 5000 },
  });
  await dataSource.initialize();
  const listeners = new Set<PostgresListener>();
  return {
    engine: 'postgres',
    dataSource,
    pool() {
      // TypeORM's postgres driver keeps node-postgres' pool as `master`
      const pool = (dataSource.driver as unknown as { master?: pg.Pool }).master;
      return { total: pool?.totalCount ?? 0, idle: pool?.idleCount ?? 0, waiting: pool?.waitingCount ?? 0 };
    },
    listening: () => listeners.size > 0 && [...listeners].every((listener) => listener.connected),
    async listen(channel, handler, onReconnect) {
      const listener = new PostgresListener(databaseUrl, channel, handler, onReconnect);
      listeners.add(listener);
      await listener.start();
      return async () => {
        listeners.delete(listener);
        await listener.stop();
      };
    },
    async ping(timeoutMs = 2000) {
      try {
        await withTimeout(dataSource.query('SELECT 1'), timeoutMs);
        return true;
      } catch {
        return false;
      }
    },
    async writable() {
      try {
        const rows: Array<{ transaction_read_only: string }> = await withTimeout(dataSource.query('SHOW transaction_read_only'), 2000);
        return rows[0]?.transaction_read_only === 'off';
      } catch {
        return false;
      }
    },
    async close() {
      await Promise.all([...listeners].map((listener) => listener.stop()));
      if (dataSource.isInitialized) await dataSource.destroy();
    },
  };
}

/**
 * A dedicated connection that LISTENs and comes back on its own when PostgreSQL restarts.
 * After a reconnect `onReconnect` runs, so the caller can catch up on what it missed meanwhile.
 */
class PostgresListener {
  private client: pg.Client | undefined;
  private stopped = false;
  private retryTimer: NodeJS.Timeout | undefined;
  private attempt = 0;
  private up = false;

  constructor(
    private readonly databaseUrl: string,
    private readonly channel: string,
    private readonly handler: NotificationHandler,
    private readonly onReconnect: (() => void) | undefined,
  ) {}

  async start(): Promise<void> {
    await this.connect();
  }

  /** Connected and listening: set once `LISTEN` succeeded, unset when the connection fails until it is back. */
  get connected(): boolean {
    return this.up;
  }

  private async connect(): Promise<void> {
    const client = new pg.Client({ connectionString: this.databaseUrl, connectionTimeoutMillis: 5000 });
    client.on('notification', (message) => {
      if (message.channel === this.channel) this.handler(message.payload ?? '');
    });
    client.on('error', () => this.scheduleReconnect(client));
    client.on('end', () => this.scheduleReconnect(client));
    await client.connect();
    await client.query(`LISTEN ${pg.escapeIdentifier(this.channel)}`);
    this.client = client;
    this.up = true;
  }

  private scheduleReconnect(failed: pg.Client): void {
    if (this.stopped || this.client !== failed || this.retryTimer) return;
    this.up = false;
    this.client = undefined;
    failed.removeAllListeners('end');
    void failed.end().catch(() => {});
    const delay = Math.min(200 * 2 ** this.attempt, 5000);
    this.retryTimer = setTimeout(() => {
      this.retryTimer = undefined;
      this.connect().then(
        () => {
          this.attempt = 0;
          this.onReconnect?.();
        },
        () => {
          this.attempt++;
          // connect() failed before this.client was set: retry from a fresh client
          this.client = failed;
          this.scheduleReconnect(failed);
        },
      );
    }, delay);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.up = false;
    if (this.retryTimer) clearTimeout(this.retryTimer);
    const client = this.client;
    this.client = undefined;
    if (client) {
      client.removeAllListeners('end');
      await client.end().catch(() => {});
    }
  }
}

/** Below this much free space the embedded database is about to fail its writes. */
const MIN_FREE_BYTES = 16 * 1024 * 1024;

/** Whether a folder takes writes: not on a read-only file system (root passes every permission check) and not full. */
export async function folderTakesWrites(
  folder: string,
  statfs: (path: string) => Promise<{ bavail: number; bsize: number }> = fs.promises.statfs,
): Promise<boolean> {
  try {
    await fs.promises.access(folder, fs.constants.W_OK);
    const space = await statfs(folder);
    return space.bavail * space.bsize >= MIN_FREE_BYTES;
  } catch {
    return false;
  }
}
