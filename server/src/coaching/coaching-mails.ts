import type { DataSource, EntityManager } from 'typeorm';
import { mayLearnOfCoachingChange, moAddressMayLearnOfCoachingChange, viewerOfPerson } from '../auth/policy.js';
import { changeColumns, toChangeRow, type ChangeRow } from '../changes/change-log.js';
import { Room } from '../locations/room.entity.js';
import { describeSlot } from '../mail/change-mails.js';
import type { Mailer } from '../mail/mailer.js';
import { mailFooter, mailMessagesFor, type MailMessages } from '../mail/messages.js';
import type { Clock } from '../shared/clock.js';
import type { Log } from '../shared/log.js';
import { coachingChangeOf, type CoachingChange } from './coaching-changes.js';
import { CoachingRequest } from './coaching.entities.js';
import { DueWork } from '../shared/due-work.js';

interface DueMail {
  id: string;
  request_id: string;
  recipient: string;
  language: string;
  mo_side: boolean;
  cursors: string[];
}

interface Person {
  id: string;
  role: 'STAFF' | 'MEMBER' | 'COACH';
  organization_id: string | null;
  coach_id: string | null;
  coach_active: boolean | null;
  active: boolean;
}

const BATCH = 20;
const SESSION_KINDS = new Set(['SESSION_SCHEDULED', 'SESSION_MOVED', 'SESSION_CANCELLED']);

/**
 * Sends the e-mails `tellCoachingChanges` queued once they are due: one per request and address, a line per
 * change it gathered. A mail to the MO's side leaves out every staff-only note (none is queued for it; this is
 * the second lock on the door), and a person is written to only while they may still learn of the change.
 * Rows are claimed with SKIP LOCKED, so several app processes share the work without sending twice.
 */
export class CoachingMails {
  private readonly due = new DueWork(() => this.sendBatch());
  /** The app's address; a mail links to `<it>/coaching/<request id>`. */
  private appUrl = '';

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly log: Log,
  ) {}

  start(appUrl: string, pollMs: number): void {
    this.appUrl = appUrl;
    if (this.mailer.configured) this.due.start(pollMs);
  }

  stop(): Promise<void> {
    return this.due.stop();
  }

  /** Sends what is due now; answers how many mails went out. */
  sendDue(): Promise<number> {
    return this.due.runNow();
  }

  private async sendBatch(): Promise<number> {
    if (!this.mailer.configured) return 0;
    try {
      return await this.dataSource.transaction(async (manager) => {
        const due: DueMail[] = await manager.query(
          `SELECT id, request_id, recipient, language, mo_side, cursors::text[] AS cursors
             FROM coaching_change_mail WHERE sent_at IS NULL AND due_at <= $1
            ORDER BY due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [this.clock().toISOString()],
        );
        let sent = 0;
        for (const mail of due) {
          if (await this.send(manager, mail)) sent++;
          await manager.query('UPDATE coaching_change_mail SET sent_at = $2 WHERE id = $1', [mail.id, this.clock().toISOString()]);
        }
        return sent;
      });
    } catch (error) {
      this.log('could not send the e-mails about coaching changes', error);
      return 0;
    }
  }

  private async send(manager: EntityManager, mail: DueMail): Promise<boolean> {
    const request = await manager
      .getRepository(CoachingRequest)
      .findOne({ where: { id: mail.request_id }, relations: { organization: true } });
    if (!request?.organization) return false;
    const mayLearn = await this.readerRule(manager, mail, request);
    const rows: Parameters<typeof toChangeRow>[0][] = await manager.query(
      `SELECT ${changeColumns()} FROM change_log WHERE cursor = ANY($1::bigint[]) ORDER BY cursor`,
      [mail.cursors],
    );
    const changes = rows.map(toChangeRow).flatMap((row) => {
      const change = coachingChangeOf(row);
      return change && change.requestId === request.id && mayLearn(change) ? [{ change, row }] : [];
    });
    if (changes.length === 0) return false;
    const { language, messages } = mailMessagesFor(mail.language);
    const lines: string[] = [];
    for (const { change, row } of changes)
      lines.push(messages.coachingChanged.change({ kind: change.kind, when: await this.when(manager, change, row, language, messages) }));
    return this.mailer.send({
      to: mail.recipient,
      language,
      subject: messages.coachingChanged.subject({ organization: request.organization.name }),
      text: [
        messages.coachingChanged.body({
          organization: request.organization.name,
          changes: lines,
          url: `${this.appUrl}/coaching/${request.id}`,
        }),
        '',
        mailFooter(messages, this.appUrl),
      ].join('\n'),
    });
  }

  /**
   * What this address may be told. The MO's own address reads what the MO's members read; a person what they
   * could read signed in now (a member who left the MO, a coach handed off: nothing).
   */
  private async readerRule(manager: EntityManager, mail: DueMail, request: CoachingRequest): Promise<(change: CoachingChange) => boolean> {
    const moSide = (change: CoachingChange) => moAddressMayLearnOfCoachingChange(request, change);
    if (request.organization?.contactEmail?.toLowerCase() === mail.recipient) return moSide;
    const people: Person[] = await manager.query(
      `SELECT u.id, u.role, u.organization_id, c.id AS coach_id, c.active AS coach_active, u.active
         FROM app_user u LEFT JOIN coach c ON c.user_id = u.id WHERE lower(u.email) = $1`,
      [mail.recipient],
    );
    const readers = people.map((person) =>
      viewerOfPerson({
        ...person,
        organizationId: person.organization_id,
        coachId: person.coach_id,
        coachActive: person.coach_active === true,
      }),
    );
    return (change) => (!mail.mo_side || moSide(change)) && readers.some((viewer) => mayLearnOfCoachingChange(viewer, request, change));
  }

  /** A session's time and place, as it is after this change (as it was, when cancelled). */
  private async when(
    manager: EntityManager,
    change: CoachingChange,
    row: ChangeRow,
    language: string,
    messages: MailMessages,
  ): Promise<string | null> {
    if (!SESSION_KINDS.has(change.kind)) return null;
    const session = row.after;
    const start = new Date(String(session['start']));
    const end = new Date(String(session['end']));
    const roomId = typeof session['roomId'] === 'string' ? session['roomId'] : null;
    const room = roomId ? await manager.getRepository(Room).findOne({ where: { id: roomId }, relations: { location: true } }) : null;
    if (!room) return describeSlot({ start, end, room: messages.coachingChanged.online, house: '' }, language).replace(/, $/, '');
    return describeSlot({ start, end, room: room.name, house: room.location?.name ?? '' }, language);
  }
}
