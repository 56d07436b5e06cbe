import type { DataSource, EntityManager } from 'typeorm';
import { ADVISORY_LOCK } from '../shared/advisory-locks.js';
import type { Clock } from '../shared/clock.js';
import { DueWork } from '../shared/due-work.js';
import type { Log } from '../shared/log.js';
import { personalFieldsSql, scrubbedSql } from './pseudonyms.js';

export interface RetentionSettings {
  /** Change-log entries older than this have their personal fields pseudonymised. */
  auditMonths: number;
  /** Notices (of bookings, coaching, the network) older than this are deleted, read or not. */
  notificationsMonths: number;
}

/** What one run removed or pseudonymised, per kind; the run answers their sum. */
export type RetentionCounts = Record<
  'sessions' | 'invitations' | 'passwordResets' | 'notices' | 'sentMails' | 'pseudonymisedChanges',
  number
>;

/** A run is cheap when nothing is due; hourly keeps expired credentials from lying around for long. */
const RETENTION_POLL_MS = 60 * 60 * 1000;

/**
 * Keeping personal data no longer than needed (GDPR Art. 5(1)(e)): expired sessions, invitations and reset links
 * that can no longer be used go at once, and so do queued mails once sent; notices after
 * `notificationsMonths`; the change log keeps every event, but after `auditMonths` with the person under their
 * pseudonym. One run at a time per process (`DueWork`), and one node at a time: a run holds a transaction-level
 * advisory lock that another node only tries (and then skips its run, which would have found nothing left).
 */
export class Retention {
  private readonly due = new DueWork(async () => {
    const counts = await this.runOnce();
    return counts === null ? 0 : Object.values(counts).reduce((sum, count) => sum + count, 0);
  });

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly settings: RetentionSettings,
    private readonly log: Log,
  ) {}

  start(pollMs = RETENTION_POLL_MS): void {
    this.due.start(pollMs);
  }

  stop(): Promise<void> {
    return this.due.stop();
  }

  /** Runs now (or joins the run in flight); answers how many rows it removed or pseudonymised. */
  runNow(): Promise<number> {
    return this.due.runNow();
  }

  /** One run in one transaction; null when another node holds the run. */
  async runOnce(): Promise<RetentionCounts | null> {
    const now = this.clock();
    try {
      return await this.dataSource.transaction(async (manager) => {
        const [claim] = await manager.query<Array<{ claimed: boolean }>>('SELECT pg_try_advisory_xact_lock($1) AS claimed', [
          ADVISORY_LOCK.RETENTION,
        ]);
        if (!claim?.claimed) return null;
        return applyRetention(manager, now, this.settings);
      });
    } catch (error) {
      // the next run tries again; the message names no row, so no personal data reaches the log
      this.log('retention run failed', error);
      return null;
    }
  }
}

async function applyRetention(manager: EntityManager, now: Date, settings: RetentionSettings): Promise<RetentionCounts> {
  const count = async (sql: string, parameters: unknown[]): Promise<number> => {
    const rows: Array<{ n: string | number }> = await manager.query(
      `WITH gone AS (${sql} RETURNING 1) SELECT count(*) AS n FROM gone`,
      parameters,
    );
    return Number(rows[0]?.n ?? 0);
  };
  const noticesBefore = monthsBefore(now, settings.notificationsMonths);
  const changesBefore = monthsBefore(now, settings.auditMonths);
  let notices = 0;
  for (const table of ['notification', 'coaching_notice', 'network_notice', 'series_notice'])
    notices += await count(`DELETE FROM ${table} WHERE created_at < $1`, [noticesBefore]);
  let sentMails = 0;
  for (const table of ['booking_change_mail', 'coaching_change_mail', 'network_mail'])
    sentMails += await count(`DELETE FROM ${table} WHERE sent_at IS NOT NULL`, []);
  const fields = personalFieldsSql('entity', 'entity_id');
  return {
    sessions: await count(`DELETE FROM user_session WHERE expires_at <= $1`, [now]),
    // an invitation or reset link that can no longer be used: expired, used or revoked
    invitations: await count(`DELETE FROM invitation WHERE expires_at <= $1 OR accepted_at IS NOT NULL OR revoked_at IS NOT NULL`, [now]),
    passwordResets: await count(`DELETE FROM password_reset WHERE expires_at <= $1 OR used_at IS NOT NULL`, [now]),
    notices,
    sentMails,
    // only entries whose snapshots still hold something to replace are written, so a run with nothing due writes nothing
    pseudonymisedChanges: await count(
      `UPDATE change_log SET before = due.before, after = due.after
         FROM (SELECT cursor, ${scrubbedSql('before', fields)} AS before, ${scrubbedSql('after', fields)} AS after
                 FROM change_log
                WHERE occurred_at < $1 AND entity IN ('USER', 'COACH', 'ORGANIZATION')) AS due
        WHERE change_log.cursor = due.cursor
          AND (change_log.before IS DISTINCT FROM due.before OR change_log.after IS DISTINCT FROM due.after)`,
      [changesBefore],
    ),
  };
}

/** The same day and time `months` calendar months earlier (the 31st falls back to the month's last day). */
export function monthsBefore(now: Date, months: number): Date {
  const then = new Date(now);
  const day = then.getUTCDate();
  then.setUTCDate(1);
  then.setUTCMonth(then.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(then.getUTCFullYear(), then.getUTCMonth() + 1, 0)).getUTCDate();
  then.setUTCDate(Math.min(day, lastDay));
  return then;
}
