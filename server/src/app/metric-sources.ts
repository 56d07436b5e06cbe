import type { Services } from './services.js';

/** The tables mail waits in until it is sent (`sent_at` null), one per kind of mail. */
const MAIL_QUEUES = ['booking_change_mail', 'coaching_change_mail', 'network_mail'] as const;

interface QueueRow {
  queue: string;
  waiting: number | string;
  overdue: number | string | null;
}

/**
 * The gauges read from the services when `/metrics` is asked: how far this node's change feed is behind the
 * log, its database pool, the last backup's age and the mail queues. They live on the top floor because they
 * read many folders; the counters are counted where things happen (`http/observability.ts`,
 * `graphql/operation-metrics.ts`, the fan-out).
 */
export function observeServices(services: Services): void {
  const { metrics } = services;
  // one read of the log serves both lag gauges of one scrape
  let lag: ReturnType<Services['changeFeed']['lag']> | undefined;
  const readLag = () => {
    lag ??= services.changeFeed.lag().finally(() => setImmediate(() => (lag = undefined)));
    return lag;
  };
  metrics.gauge(
    'kollektiv_change_log_lag_changes',
    "Changes committed to the log that this node's change feed has not yet handed to its subscribers.",
    async () => (await readLag()).changes,
  );
  metrics.gauge(
    'kollektiv_change_log_lag_seconds',
    "Age of the oldest change this node's change feed has not yet handed on (0 when caught up).",
    async () => (await readLag()).seconds,
  );

  metrics.gauge(
    'kollektiv_database_pool_connections',
    'Database connections of this node by state (the embedded database has one session).',
    async () => {
      const pool = services.database.pool();
      return [
        [{ state: 'busy' }, pool.total - pool.idle],
        [{ state: 'idle' }, pool.idle],
      ];
    },
    ['state'],
  );
  metrics.gauge(
    'kollektiv_database_pool_waiting',
    'Queries of this node waiting for a database connection.',
    async () => services.database.pool().waiting,
  );

  metrics.gauge(
    'kollektiv_backup_age_seconds',
    "Seconds since the last backup was taken, by the app's clock; +Inf before the first (as stale as can be).",
    async () => {
      const last = await services.backups.lastBackup();
      return last === null ? Infinity : Math.max(0, (services.clock().getTime() - last.takenAt.getTime()) / 1000);
    },
  );

  let queues: Promise<QueueRow[]> | undefined;
  const readQueues = () => {
    queues ??= readMailQueues(services).finally(() => setImmediate(() => (queues = undefined)));
    return queues;
  };
  metrics.gauge(
    'kollektiv_mail_queue_messages',
    'E-mails queued and not yet sent, by queue.',
    async () => (await readQueues()).map((row): [Record<string, string>, number] => [{ queue: row.queue }, Number(row.waiting)]),
    ['queue'],
  );
  metrics.gauge(
    'kollektiv_mail_queue_overdue_seconds',
    'How long the oldest e-mail that is due has waited to be sent, by queue (0: none due). Grows when SMTP fails.',
    async () => (await readQueues()).map((row): [Record<string, string>, number] => [{ queue: row.queue }, Number(row.overdue ?? 0)]),
    ['queue'],
  );
}

async function readMailQueues(services: Services): Promise<QueueRow[]> {
  // "due" by the app's clock, which decides when the mailers send
  const now = services.clock().toISOString();
  return services.database.dataSource.query(
    MAIL_QUEUES.map(
      (table) => `SELECT '${table}' AS queue, count(*)::int AS waiting,
                         greatest(0, extract(epoch FROM $1::timestamptz - min(due_at) FILTER (WHERE due_at <= $1::timestamptz)))::float8 AS overdue
                    FROM ${table} WHERE sent_at IS NULL`,
    ).join(' UNION ALL '),
    [now],
  );
}
