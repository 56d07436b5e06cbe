import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../shared/clock.js';
import { DueWork } from '../shared/due-work.js';
import type { Log } from '../shared/log.js';
import { tellNetworkNews, type NetworkNoticeKind } from './network-notices.js';

/** The reminders before a meeting: which column claims it, and how long before the start it is due. */
const REMINDERS: ReadonlyArray<{ kind: NetworkNoticeKind; column: 'reminded_unanswered_at' | 'reminded_coming_at'; hours: number }> = [
  { kind: 'ANSWER_REMINDER', column: 'reminded_unanswered_at', hours: 72 },
  { kind: 'COMING_REMINDER', column: 'reminded_coming_at', hours: 24 },
];

/**
 * Reminds the MOs of a coming meeting: three days before it, those that have not answered; the day before,
 * those that said they come. Each reminder of a meeting is claimed by one UPDATE that sets its column only
 * where it is still empty, in the transaction that writes the notices and queues the e-mails: whichever node
 * gets the row sends, every other finds it set (PostgreSQL re-checks the condition after the row lock), so
 * two nodes polling at once remind each MO once. A called-off meeting is reminded of by nobody.
 */
export class NetworkReminders {
  private readonly due = new DueWork(() => this.remind());

  constructor(
    private readonly dataSource: DataSource,
    private readonly clock: Clock,
    private readonly log: Log,
    /** Whether reminders are also e-mailed (an SMTP server is configured). */
    private readonly mail: boolean,
  ) {}

  start(pollMs: number): void {
    this.due.start(pollMs);
  }

  stop(): Promise<void> {
    return this.due.stop();
  }

  /** Reminds of what is due now; answers how many notices were written. */
  remindDue(): Promise<number> {
    return this.due.runNow();
  }

  private async remind(): Promise<number> {
    try {
      return await this.dataSource.transaction(async (manager) => {
        const now = this.clock();
        let told = 0;
        for (const reminder of REMINDERS) {
          for (const meetingId of await this.claim(manager, reminder.column, reminder.hours, now))
            told += await tellNetworkNews(manager, [{ kind: reminder.kind, meetingId, proposalId: null, actorId: null }], {
              mail: this.mail,
              delayMs: 0,
              now,
            });
        }
        return told;
      });
    } catch (error) {
      this.log('could not remind the MOs of coming network meetings', error);
      return 0;
    }
  }

  /** Sets the reminder's column on the meetings it is due for and still unclaimed; answers their ids. */
  private async claim(manager: EntityManager, column: string, hours: number, now: Date): Promise<string[]> {
    const rows = await manager.query<Array<{ id: string }>>(
      `WITH claimed AS (
         UPDATE network_meeting m SET ${column} = $1
           FROM booking b
          WHERE b.id = m.booking_id AND m.${column} IS NULL AND b.status = 'CONFIRMED'
            AND b.starts_at - make_interval(hours => $2::int) <= $1::timestamptz AND $1::timestamptz < b.starts_at
         RETURNING m.id
       )
       SELECT id FROM claimed ORDER BY id`,
      [now.toISOString(), hours],
    );
    return rows.map((row) => row.id);
  }
}
