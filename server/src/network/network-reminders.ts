import type { DataSource, EntityManager } from 'typeorm';
import type { Clock } from '../shared/clock.js';
import { DueWork } from '../shared/due-work.js';
import type { Log } from '../shared/log.js';
import { tellNetworkNews } from './network-notices.js';
import { HOUSE_OF_BOOKING, REMINDERS, windowOpens, type Reminder } from './reminder-windows.js';

/**
 * Reminds the MOs of a coming meeting: three days before it, those that have not answered; the day before,
 * those that said they come (`reminder-windows.ts`). Each reminder is claimed in a short transaction of its
 * own, which also writes the notices and queues the e-mails: the due meetings' rows are locked in id order
 * with SKIP LOCKED and their column set, so a node never waits on another (nor holds one reminder's rows while
 * taking the next's), and a row another node holds or has claimed is not sent again. A meeting created inside a
 * reminder's window passes that reminder over (its column is set, nothing sent): it would otherwise remind
 * every MO seconds after the invitation. A called-off meeting is reminded of by nobody.
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
    let told = 0;
    for (const reminder of REMINDERS) {
      try {
        told += await this.dataSource.transaction(async (manager) => {
          const now = this.clock();
          let written = 0;
          for (const meetingId of await claim(manager, reminder, now))
            written += await tellNetworkNews(manager, [{ kind: reminder.kind, meetingId, proposalId: null, actorId: null }], {
              mail: this.mail,
              delayMs: 0,
              now,
            });
          return written;
        });
      } catch (error) {
        this.log('could not remind the MOs of coming network meetings', error);
      }
    }
    return told;
  }
}

/**
 * Claims the reminder on the meetings whose window is open and that nobody claimed: sets its column on them
 * and answers those to remind, the ones created before the window opened.
 */
async function claim(manager: EntityManager, reminder: Reminder, now: Date): Promise<string[]> {
  const opens = windowOpens(reminder);
  const due = await manager.query<Array<{ id: string; send: boolean }>>(
    `SELECT m.id, m.created_at < ${opens} AS send
       FROM network_meeting m JOIN booking b ON b.id = m.booking_id ${HOUSE_OF_BOOKING}
      WHERE m.${reminder.column} IS NULL AND b.status = 'CONFIRMED'
        AND ${opens} <= $1::timestamptz AND $1::timestamptz < b.starts_at
      ORDER BY m.id
        FOR UPDATE OF m SKIP LOCKED`,
    [now.toISOString()],
  );
  if (due.length === 0) return [];
  await manager.query(`UPDATE network_meeting SET ${reminder.column} = $1 WHERE id = ANY($2::uuid[])`, [
    now.toISOString(),
    due.map((row) => row.id),
  ]);
  return due.filter((row) => row.send).map((row) => row.id);
}
