import 'reflect-metadata';
import type { AddressInfo } from 'node:net';
import { ConfigError, type AppConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { seedDemoData } from '../db/seed/seed-demo.js';
import { buildAppSchema } from './schema.js';
import { DEFAULT_FANOUT_LIMITS, type FanoutLimits } from '../realtime/booking-change-fanout.js';
import { refuseDemoPasswords } from '../db/seed/demo-guard.js';
import { createJsonLog } from '../shared/log.js';
import { Metrics } from '../shared/metrics.js';
import { observeServices } from './metric-sources.js';
import { createMailer } from '../mail/mailer.js';
import { createHttpApp } from '../http/app.js';
import type { DrainTimes } from '../http/drain.js';
import { systemClock, type Clock } from '../shared/clock.js';
import { createServices, type Services } from './services.js';
import { serveBackupSocket } from '../backup/backup-socket.js';
import { privacyInfo } from './app-info.js';

/** The host a development server's own links name: one a browser on this machine can open. */
function linkHost(host: string): string {
  if (['0.0.0.0', '::', '', '127.0.0.1', '::1'].includes(host)) return 'localhost';
  return host.includes(':') ? `[${host}]` : host;
}

export interface RunningApp {
  url: string;
  port: number;
  services: Services;
  /** Stops soon (tests): requests in flight and due mail runs still finish, idle connections close at once. */
  stop(): Promise<void>;
  /**
   * Stops without anyone noticing (SIGTERM): `/readyz` answers 503 for `DRAIN_DELAY_SECONDS`, then no new
   * connections, every socket told to reconnect elsewhere, what is in flight finished within
   * `DRAIN_TIMEOUT_SECONDS`, and the rest stopped as `stop()` does.
   */
  drain(): Promise<void>;
}

export interface StartOptions {
  clock?: Clock;
  /** Keeps the embedded database in memory instead of `config.dataDir` (tests). */
  inMemory?: boolean;
  /** With `inMemory`: start from this dump of a migrated embedded database rather than an empty one. */
  embeddedSnapshot?: Blob;
  log?: (message: string, error?: unknown) => void;
  /** Smaller send buffers let tests reach the slow-consumer limit quickly. */
  fanoutLimits?: Partial<FanoutLimits>;
}

export async function startApp(config: AppConfig, options: StartOptions = {}): Promise<RunningApp> {
  const log = options.log ?? createJsonLog({ level: config.logLevel });
  const production = config.nodeEnv === 'production';
  // links in mail go to whoever the address names: in production only the configured one will do
  if (production && !config.publicUrl)
    throw new ConfigError(
      'PUBLIC_URL is required with NODE_ENV=production: links in invitations, password resets and change e-mails point there.',
    );
  const clock = options.clock ?? systemClock;
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    dataDir: options.inMemory ? undefined : config.dataDir,
    logSql: config.logSql,
    embeddedSnapshot: options.inMemory ? options.embeddedSnapshot : undefined,
  });
  try {
    if (production && !config.allowDemoInProduction) await refuseDemoPasswords(database.dataSource);
    if (config.seedDemo) {
      const seeded = await seedDemoData(database.dataSource, clock());
      if (seeded.bookings > 0 || seeded.organizations > 0)
        log(`Demo data: ${seeded.organizations} organisations, ${seeded.bookings} bookings added.`);
    }
    const services = createServices(database, {
      clock,
      sessionDays: config.sessionDays,
      backup: config.backup,
      log,
      fanoutLimits: { ...DEFAULT_FANOUT_LIMITS, maxReplayChanges: config.operationLimits.maxReplayChanges, ...options.fanoutLimits },
      bookingLimits: config.booking,
      throttleLogins: config.rateLimits !== null,
      retention: config.retention,
      demo: config.seedDemo || (production && config.allowDemoInProduction),
      privacy: privacyInfo(config),
      mailer: createMailer({ smtpUrl: config.smtpUrl, from: config.mailFrom, log }),
      changeMailDelaySeconds: config.changeMailDelaySeconds,
      // the process's memory and event loop only for a real server: tests start many apps in one process
      metrics: new Metrics({ processMetrics: !options.inMemory }),
    });
    observeServices(services);
    await services.changeFeed.start();
    const schema = await buildAppSchema();
    let listeningPort = config.port;
    const linkBase = () => config.publicUrl ?? `http://${linkHost(config.host)}:${listeningPort}`;
    const http = await createHttpApp(schema, services, {
      production,
      cookieSecure: config.cookieSecure,
      clientDist: config.clientDist,
      log,
      publicUrl: config.publicUrl,
      linkBase,
      trustProxy: config.trustProxy,
      rateLimits: config.rateLimits,
      operationLimits: config.operationLimits,
      metricsToken: config.metricsToken,
    });
    await new Promise<void>((resolve, reject) => {
      http.server.once('error', reject);
      http.server.listen(config.port, config.host, () => resolve());
    });
    const port = (http.server.address() as AddressInfo).port;
    listeningPort = port;
    services.changeMails.start(linkBase(), Math.min(5000, Math.max(250, config.changeMailDelaySeconds * 250)));
    services.coachingMails.start(linkBase(), Math.min(5000, Math.max(250, config.changeMailDelaySeconds * 250)));
    services.networkMails.start(linkBase(), Math.min(5000, Math.max(250, config.changeMailDelaySeconds * 250)));
    // reminders are due days ahead: a minute late is on time
    services.networkReminders.start(60_000);
    // a request lapses hours after it was made, an offer of the waiting list after half an hour: 15 s is prompt
    services.requestExpiry.start(15_000);
    services.retention.start();
    // a period of hours: a minute late is on time
    services.scheduledBackups.start(60_000);
    // a no-show is released minutes after the start: 10 s keeps the wall display's free room prompt
    services.noShowRelease.start(10_000);
    // no second process can read the embedded database while this one runs: `npm run backup` asks this one
    const closeBackupSocket =
      database.engine === 'pglite' && !options.inMemory
        ? await serveBackupSocket(config.dataDir, services.backups, log).catch((error: unknown) => {
            log('`npm run backup` cannot reach this server (its socket in DATA_DIR failed); scheduled backups still work.', error);
            return undefined;
          })
        : undefined;
    let stopping: Promise<void> | undefined;
    // how long connections get to finish: briefly for stop(), as configured for drain()
    let drainTimes: DrainTimes = { idleMs: 0, timeoutMs: 10_000 };
    const running: RunningApp = {
      url: `http://localhost:${port}`,
      port,
      services,
      stop() {
        services.readiness.startDraining();
        stopping ??= (async () => {
          await http.stop(drainTimes);
          await services.changeMails.stop();
          await services.coachingMails.stop();
          await services.networkReminders.stop();
          await services.requestExpiry.stop();
          await services.retention.stop();
          await services.networkMails.stop();
          await services.noShowRelease.stop();
          await services.scheduledBackups.stop();
          await closeBackupSocket?.();
          services.changeFanout.stop();
          services.mailer.close();
          await services.changeFeed.stop();
          await database.close();
        })();
        return stopping;
      },
      async drain() {
        services.readiness.startDraining();
        // a balancer that polls /readyz stops sending meanwhile; until then this node serves whatever comes
        if (config.drain.delaySeconds > 0) await new Promise((resolve) => setTimeout(resolve, config.drain.delaySeconds * 1000));
        drainTimes = { idleMs: http.server.keepAliveTimeout, timeoutMs: config.drain.timeoutSeconds * 1000 };
        return running.stop();
      },
    };
    return running;
  } catch (error) {
    await database.close();
    throw error;
  }
}
