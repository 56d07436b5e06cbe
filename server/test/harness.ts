import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import pg from 'pg';
import { createClient, type Client } from 'graphql-ws';
import { inject } from 'vitest';
import WebSocket from 'ws';
import { startApp, type RunningApp } from '../src/app/start.js';
import { loadConfig, type AppConfig } from '../src/config.js';
import type { FanoutLimits } from '../src/realtime/booking-change-fanout.js';

/** Polls `condition` until it holds; fails naming `what` after `timeoutMs`. */
export async function until(condition: () => Promise<boolean> | boolean, what: string, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting until ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/**
 * Waits a fixed time on purpose, where a test proves that something does *not* happen (no further event,
 * no mail, no reply): there is no event to await, only a window in which it would have shown.
 */
export function quietFor(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

/** Subscriptions (booking changes and directory changes) the app has ever opened; only rises. */
function subscriptionsOpened(app: TestApp): number {
  return app.services.changeFanout.stats.subscribersOpened + app.services.changeFeed.stats.listenersSubscribed;
}

/**
 * Runs `open` (which starts `count` subscriptions on `app`) and resolves with its result once the server
 * holds them all: a change committed after that reaches each. Counts openings rather than live
 * subscribers, so one closing meanwhile cannot hide a new one.
 */
export async function subscribed<T>(app: TestApp, count: number, open: () => T): Promise<T> {
  const before = subscriptionsOpened(app);
  const opened = open();
  await until(() => subscriptionsOpened(app) >= before + count, `${count} subscription(s) are open`);
  return opened;
}

/** A clock the test moves by hand. */
export interface TestClock {
  (): Date;
  set(instant: string | Date): void;
}

export function testClock(initial: string): TestClock {
  let now = new Date(initial);
  const clock = (() => new Date(now.getTime())) as TestClock;
  clock.set = (instant) => {
    now = new Date(instant);
  };
  return clock;
}

let migratedSnapshot: Blob | undefined;

/** The migrated embedded database that `global-setup.ts` kept, to start in-memory apps from; none on PostgreSQL. */
export function migratedEmbeddedSnapshot(): Blob | undefined {
  const file = inject('migratedEmbeddedDatabase');
  if (!file) return undefined;
  migratedSnapshot ??= new Blob([fs.readFileSync(file)]);
  return migratedSnapshot;
}

/** The engine the suite runs on: PGlite in memory by default, PostgreSQL when DATABASE_URL is set. */
export const ENGINE = process.env.DATABASE_URL ? 'postgres' : 'pglite';

/** Creates an empty PostgreSQL database for one test file and returns its URL and a dropper. */
export async function freshPostgresDatabase(baseUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `kollektiv_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: baseUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(baseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const dropper = new pg.Client({ connectionString: baseUrl });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}

export interface TestApp extends RunningApp {
  clock: TestClock;
  config: AppConfig;
  databaseUrl: string | undefined;
  client(): ApiClient;
}

export async function createTestApp(
  options: {
    now?: string;
    seedDemo?: boolean;
    databaseUrl?: string;
    fanoutLimits?: Partial<FanoutLimits>;
    /** Settings to change from the defaults; rate limits are off unless given here. */
    config?: Partial<AppConfig>;
    /** Where the app's log goes; by default only lines with an error, to stderr. */
    log?: (message: string, error?: unknown) => void;
    /** On the embedded database even when DATABASE_URL is set (moving between engines): in this folder, else in memory. */
    embedded?: { dataDir?: string };
  } = {},
): Promise<TestApp> {
  const clock = testClock(options.now ?? '2026-06-01T08:00:00Z');
  const baseUrl = process.env.DATABASE_URL;
  const database = options.embedded
    ? undefined
    : options.databaseUrl
      ? { url: options.databaseUrl, drop: async () => {} }
      : baseUrl
        ? await freshPostgresDatabase(baseUrl)
        : undefined;
  const config: AppConfig = {
    ...loadConfig({ NODE_ENV: 'test' }),
    databaseUrl: database?.url,
    port: 0,
    host: '127.0.0.1',
    seedDemo: options.seedDemo ?? false,
    clientDist: '/nonexistent',
    rateLimits: null,
    ...(options.embedded?.dataDir ? { dataDir: options.embedded.dataDir } : {}),
    // production refuses to start without the address links point to
    ...(options.config?.nodeEnv === 'production' ? { publicUrl: 'https://raum.kollektiv.example' } : {}),
    ...options.config,
  };
  const quiet = (message: string, error?: unknown) => {
    if (error !== undefined) console.error(message, error);
  };
  const app = await startApp(config, {
    clock,
    inMemory: options.embedded?.dataDir === undefined,
    embeddedSnapshot: options.embedded?.dataDir === undefined ? migratedEmbeddedSnapshot() : undefined,
    log: options.log ?? quiet,
    fanoutLimits: options.fanoutLimits,
  }).catch(async (error: unknown) => {
    await database?.drop();
    throw error;
  });
  return {
    ...app,
    clock,
    config,
    databaseUrl: database?.url,
    client: () => new ApiClient(app.url),
    async stop() {
      await app.stop();
      await database?.drop();
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  data?: T | null;
  errors?: Array<{ message: string; extensions?: Record<string, unknown> & { code?: string } }>;
  /** The answer's `X-Request-Id`, which its errors' `extensions.requestId` also carry. */
  requestId?: string | null;
}

/**
 * An error without the request id that every error carries (`extensions.requestId`, checked by
 * `http/metrics.test.ts`): tests compare the codes and data a client reads, which a random id would defeat.
 */
export function withoutRequestId<E>(error: E): E {
  if (typeof error !== 'object' || error === null || !('extensions' in error)) return error;
  const extensions = (error as { extensions?: Record<string, unknown> }).extensions;
  if (!extensions || !('requestId' in extensions)) return error;
  const { requestId: _requestId, ...rest } = extensions;
  return { ...error, extensions: rest };
}

/** Talks to the API like a browser: JSON over POST, session cookie kept between requests. */
export class ApiClient {
  cookie: string | undefined;
  /** Sent as `x-display-token` and as the WebSocket's `displayToken`, like a wall display does. */
  displayToken: string | undefined;
  private readonly sockets: Client[] = [];

  constructor(readonly baseUrl: string) {}

  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read answers freely; their assertions check the shape
  async request<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<GraphQLResponse<T>> {
    const response = await fetch(`${this.baseUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        ...(this.cookie ? { cookie: this.cookie } : {}),
        ...(this.displayToken !== undefined ? { 'x-display-token': this.displayToken } : {}),
      },
      body: JSON.stringify({ query, variables }),
    });
    const setCookie = response.headers.get('set-cookie');
    if (setCookie) {
      const [pair] = setCookie.split(';');
      this.cookie = pair?.endsWith('=') ? undefined : pair;
    }
    const body = (await response.json()) as Omit<GraphQLResponse<T>, 'status'>;
    return {
      status: response.status,
      ...body,
      ...(body.errors ? { errors: body.errors.map(withoutRequestId) } : {}),
      requestId: response.headers.get('x-request-id'),
    };
  }

  /** Returns `data`, failing the test with the errors if there were any. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- as for request()
  async data<T = Record<string, any>>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const result = await this.request<T>(query, variables);
    if (result.errors?.length) throw new Error(`GraphQL errors: ${JSON.stringify(result.errors)}`);
    return result.data as T;
  }

  /** The first error's code, failing the test if the request succeeded. */
  async errorCode(query: string, variables: Record<string, unknown> = {}) {
    const result = await this.request(query, variables);
    const error = result.errors?.[0];
    if (!error) throw new Error(`expected an error, got ${JSON.stringify(result.data)}`);
    return { code: error.extensions?.code, extensions: error.extensions ?? {}, message: error.message, status: result.status };
  }

  async login(email: string, password: string): Promise<this> {
    await this.data(`mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`, {
      email,
      password,
    });
    return this;
  }

  /** A graphql-ws client that sends this client's cookie with the WebSocket upgrade. */
  subscriptions(): Client {
    const cookie = this.cookie;
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: cookie ? { cookie } : {} });
      }
    }
    const client = createClient({
      url: `${this.baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      connectionParams: this.displayToken !== undefined ? { displayToken: this.displayToken } : {},
      retryAttempts: 0,
      lazy: false,
      // tests observe closes through `on('closed')`; the default would print them
      onNonLazyError: () => {},
    });
    this.sockets.push(client);
    return client;
  }

  async closeSockets(): Promise<void> {
    // dispose() may or may not return a promise
    await Promise.all(this.sockets.map(async (socket) => await socket.dispose()));
  }
}

/** Collects what a subscription delivers, so a test can wait for the n-th event. */
export function collect<T>(client: Client, query: string, variables: Record<string, unknown> = {}, operationName?: string) {
  const events: T[] = [];
  const errors: unknown[] = [];
  let notify: (() => void) | undefined;
  let completed = false;
  const dispose = client.subscribe<T>(
    { query, variables, ...(operationName ? { operationName } : {}) },
    {
      next: (value) => {
        if (value.errors) errors.push(...value.errors.map(withoutRequestId));
        if (value.data) events.push(value.data);
        notify?.();
      },
      error: (error) => {
        errors.push(Array.isArray(error) ? error.map(withoutRequestId) : error);
        notify?.();
      },
      complete: () => {
        completed = true;
        notify?.();
      },
    },
  );
  return {
    events,
    errors,
    get completed() {
      return completed;
    },
    dispose,
    /** Resolves when `count` events arrived (or an error); rejects after `timeoutMs`. */
    async waitFor(count: number, timeoutMs = 5000): Promise<T[]> {
      const deadline = Date.now() + timeoutMs;
      while (events.length < count && errors.length === 0) {
        const remaining = deadline - Date.now();
        if (remaining <= 0) throw new Error(`timed out waiting for ${count} events, got ${events.length}`);
        await new Promise<void>((resolve) => {
          notify = resolve;
          setTimeout(resolve, Math.min(remaining, 100));
        });
      }
      return events;
    },
  };
}

/** The SQL statements (first line each, parameters stripped) that `run` sends, in order. */
export async function countQueries(app: TestApp, run: () => Promise<unknown>): Promise<string[]> {
  const logger = app.services.database.dataSource.logger;
  const original = logger.logQuery;
  const seen: string[] = [];
  logger.logQuery = (query: string) => {
    seen.push(query.trim().split('\n')[0]!.slice(0, 80));
  };
  try {
    await run();
  } finally {
    logger.logQuery = original;
  }
  return seen;
}

/**
 * Subscribes to `bookingChanged` the way the browser client does: on every lost connection it opens a
 * new one (to the next node in `baseUrls`, like a load balancer would) and resumes after the last
 * cursor it got. It neither drops nor merges duplicates, so a test sees exactly what the server sent.
 */
export class ResumingSubscriber {
  readonly cursors: string[] = [];
  readonly errors: unknown[] = [];
  /** The node of each connection made, in order. */
  readonly connections: string[] = [];
  /** The close code of each connection that ended, in order. */
  readonly closeCodes: number[] = [];
  private client: Client | undefined;
  private attempt = 0;
  private stopped = false;

  constructor(
    private readonly baseUrls: string[],
    private readonly query: string,
    private readonly cookie: string | undefined,
    /** '0' on a fresh database means "from the very first change", with no race against the first write. */
    private lastCursor: string | null = '0',
  ) {
    this.connect();
  }

  private connect(): void {
    if (this.stopped) return;
    const baseUrl = this.baseUrls[this.attempt++ % this.baseUrls.length]!;
    const cookie = this.cookie;
    class CookieWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: cookie ? { cookie } : {} });
      }
    }
    let reconnecting = false;
    const reconnect = () => {
      if (reconnecting) return;
      reconnecting = true;
      void disposeQuietly(client);
      setTimeout(() => this.connect(), 100);
    };
    const client = createClient({
      url: `${baseUrl.replace(/^http/, 'ws')}/graphql`,
      webSocketImpl: CookieWebSocket,
      retryAttempts: 0,
      lazy: false,
      onNonLazyError: () => {},
      on: {
        connected: () => this.connections.push(baseUrl),
        closed: (event) => {
          this.closeCodes.push((event as { code?: number } | undefined)?.code ?? 0);
          reconnect();
        },
      },
    });
    this.client = client;
    client.subscribe<{ bookingChanged: { cursor: string } }>(
      { query: this.query, variables: { after: this.lastCursor } },
      {
        next: (value) => {
          if (value.errors) this.errors.push(...value.errors);
          const cursor = value.data?.bookingChanged.cursor;
          if (cursor) {
            this.cursors.push(cursor);
            this.lastCursor = cursor;
          }
        },
        error: (error) => {
          // a closed socket surfaces here too; only GraphQL errors are the server's answer
          if (Array.isArray(error)) this.errors.push(...(error as unknown[]));
          reconnect();
        },
        complete: () => {},
      },
    );
  }

  async waitFor(count: number, timeoutMs = 20_000): Promise<string[]> {
    const deadline = Date.now() + timeoutMs;
    while (this.cursors.length < count) {
      if (Date.now() > deadline) throw new Error(`timed out waiting for ${count} changes, got ${this.cursors.length}`);
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    return this.cursors;
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.client) await disposeQuietly(this.client);
  }
}

/**
 * graphql-ws's `dispose` waits for a connection still being opened and rejects with that attempt's failure
 * (a proxy with no node left answers the handshake 503): stopping a client whose attempt failed is no error.
 */
async function disposeQuietly(client: Client): Promise<void> {
  await Promise.resolve(client.dispose()).catch(() => undefined);
}

/**
 * Runs `attack` while another process polls GET /healthz every 50 ms, and returns the attack's outcome with
 * the slowest health answer seen: whether the server stayed responsive for everyone else meanwhile. The
 * poller is its own process, so its timings are the server's, not this test's own busy event loop.
 * `quietHealthMs` is the slowest of ten answers just before the attack: the floor this machine gives at
 * this moment, which other test files running beside this one raise (see `responsiveBound`).
 */
export async function healthWhile<T>(
  baseUrl: string,
  attack: () => Promise<T>,
): Promise<{ result: T; slowestHealthMs: number; quietHealthMs: number }> {
  const poller = spawn(
    process.execPath,
    [
      '-e',
      `let slowest = 0, measured = 0, running = true;
       process.stdin.on('data', () => { running = false; });
       (async () => {
         // the first request also opens the connection; ten more, before the attack, are the floor
         await fetch(process.argv[1] + '/healthz').then((response) => response.arrayBuffer(), () => {});
         let quiet = 0;
         for (let round = 0; round < 10; round++) {
           const started = performance.now();
           await fetch(process.argv[1] + '/healthz').then((response) => response.arrayBuffer(), () => {});
           quiet = Math.max(quiet, performance.now() - started);
           await new Promise((resolve) => setTimeout(resolve, 50));
         }
         process.stdout.write('ready ' + quiet + '\\n');
         while (running || measured < 2) {
           const started = performance.now();
           await fetch(process.argv[1] + '/healthz').then((response) => response.arrayBuffer(), () => {});
           slowest = Math.max(slowest, performance.now() - started);
           measured++;
           await new Promise((resolve) => setTimeout(resolve, 50));
         }
         process.stdout.write(slowest + ' ' + measured + '\\n', () => process.exit(0));
       })();`,
      baseUrl,
    ],
    { stdio: ['pipe', 'pipe', 'inherit'] },
  );
  let output = '';
  poller.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => poller.on('exit', () => resolve()));
  let result: T;
  try {
    await until(() => output.startsWith('ready'), 'the health poller is polling', 30_000);
    [result] = await Promise.all([attack(), new Promise((resolve) => setTimeout(resolve, 300))]);
  } finally {
    poller.stdin.write('stop');
    await exited;
  }
  const quiet = Number((output.split('\n')[0] ?? '').split(' ')[1]);
  const [slowest, measured] = (output.split('\n')[1] ?? '').split(' ').map(Number);
  if (!Number.isFinite(slowest) || !measured || !Number.isFinite(quiet)) throw new Error(`the health poller measured nothing: ${output}`);
  return { result, slowestHealthMs: slowest!, quietHealthMs: quiet };
}

/**
 * The slowest health answer an attack may cause: 200 ms on a quiet machine, or three times the floor measured
 * just before it when other work slows every answer. A server whose event loop the attack blocks answers
 * after the attack's own second or more, past either.
 */
export function responsiveBound(health: { quietHealthMs: number }): number {
  return Math.max(200, 3 * health.quietHealthMs);
}

/** How many pairs of active bookings of one room overlap: what the exclusion constraint must keep at 0. */
export async function overlappingBookings(app: TestApp): Promise<number> {
  const rows: Array<{ count: string }> = await app.services.database.dataSource.query(
    `SELECT count(*)::text AS count FROM booking a JOIN booking b
        ON a.room_id = b.room_id AND a.id < b.id
       AND a.status <> 'CANCELLED' AND b.status <> 'CANCELLED'
       AND tstzrange(a.starts_at, a.ends_at, '[)') && tstzrange(b.starts_at, b.ends_at, '[)')`,
  );
  return Number(rows[0]?.count);
}
