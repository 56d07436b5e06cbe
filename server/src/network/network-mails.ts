import type { DataSource, EntityManager } from 'typeorm';
import { isToldOfNetworkNews, viewerOfPerson } from '../auth/policy.js';
import { describeSlot } from '../mail/change-mails.js';
import type { Mailer } from '../mail/mailer.js';
import { mailFooter, mailMessagesFor } from '../mail/messages.js';
import type { Clock } from '../shared/clock.js';
import { DueWork } from '../shared/due-work.js';
import type { Log } from '../shared/log.js';
import { concernedOrganizations, type NetworkNoticeKind } from './network-notices.js';

interface DueMail {
  id: string;
  user_id: string;
  recipient: string;
  language: string;
  kind: NetworkNoticeKind;
  meeting_id: string | null;
  proposal_id: string | null;
}

interface MeetingFacts {
  title: string;
  start: Date;
  end: Date;
  room: string;
  house: string;
  cancelled: boolean;
}

const BATCH = 20;
/** News that is stale once the meeting is called off: the cancellation is told instead. */
const FOR_A_COMING_MEETING = new Set<NetworkNoticeKind>(['MEETING_MOVED', 'ANSWER_REMINDER', 'COMING_REMINDER']);

/**
 * Sends the e-mails `tellNetworkNews` queued once they are due, each telling the meeting or proposal as it
 * is when sent, in the reader's language, with a link to it. A person is written to only while the policy
 * still tells them of it (a member who left the MO, an MO that answered meanwhile: no reminder). Rows are
 * claimed with SKIP LOCKED, so several app processes share the work without sending twice.
 */
export class NetworkMails {
  private readonly due = new DueWork(() => this.sendBatch());
  /** The app's address; a mail links to `<it>/network/<meeting id>` or `<it>/network/proposals`. */
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
          `SELECT id, user_id, recipient, language, kind, meeting_id, proposal_id
             FROM network_mail WHERE sent_at IS NULL AND due_at <= $1
            ORDER BY due_at, id LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [this.clock().toISOString()],
        );
        let sent = 0;
        for (const mail of due) {
          if (await this.send(manager, mail)) sent++;
          await manager.query('UPDATE network_mail SET sent_at = $2 WHERE id = $1', [mail.id, this.clock().toISOString()]);
        }
        return sent;
      });
    } catch (error) {
      this.log('could not send the e-mails about the network', error);
      return 0;
    }
  }

  private async send(manager: EntityManager, mail: DueMail): Promise<boolean> {
    if (!(await this.stillTold(manager, mail))) return false;
    const { language, messages } = mailMessagesFor(mail.language);
    let title: string;
    let when: string | null = null;
    let status: 'PLANNED' | 'DECLINED' | 'DONE' | null = null;
    let answer: string | null = null;
    let url: string;
    if (mail.meeting_id) {
      const meeting = await meetingFacts(manager, mail.meeting_id);
      if (!meeting || (meeting.cancelled && FOR_A_COMING_MEETING.has(mail.kind))) return false;
      title = meeting.title;
      when = describeSlot(meeting, language);
      url = `${this.appUrl}/network/${mail.meeting_id}`;
    } else {
      const [proposal] = await manager.query<Array<{ title: string; status: string; answer: string | null }>>(
        `SELECT title, status, answer FROM proposal WHERE id = $1`,
        [mail.proposal_id],
      );
      if (!proposal || proposal.status === 'OPEN') return false;
      title = proposal.title;
      status = proposal.status as 'PLANNED' | 'DECLINED' | 'DONE';
      answer = proposal.answer;
      url = `${this.appUrl}/network/proposals`;
    }
    return this.mailer.send({
      to: mail.recipient,
      language,
      subject: messages.network.subject({ kind: mail.kind, title }),
      text: [messages.network.body({ kind: mail.kind, title, when, status, answer, url }), '', mailFooter(messages, this.appUrl)].join(
        '\n',
      ),
    });
  }

  /** Whether the person is still told of it now: the MOs it concerns are read again, the person as they are. */
  private async stillTold(manager: EntityManager, mail: DueMail): Promise<boolean> {
    const [person] = await manager.query<
      Array<{ id: string; role: 'STAFF' | 'MEMBER' | 'COACH'; organization_id: string | null; active: boolean }>
    >(`SELECT id, role, organization_id, active FROM app_user WHERE id = $1 AND lower(email) = $2`, [mail.user_id, mail.recipient]);
    if (!person) return false;
    const concerned = await concernedOrganizations(manager, {
      kind: mail.kind,
      meetingId: mail.meeting_id,
      proposalId: mail.proposal_id,
    });
    const viewer = viewerOfPerson({ ...person, organizationId: person.organization_id });
    return isToldOfNetworkNews(viewer, concerned, null);
  }
}

/** A meeting's title, time and place, read from its booking. */
async function meetingFacts(manager: EntityManager, meetingId: string): Promise<MeetingFacts | null> {
  const [row] = await manager.query<
    Array<{ title: string; starts_at: Date | string; ends_at: Date | string; room: string; house: string; status: string }>
  >(
    `SELECT m.title, b.starts_at, b.ends_at, r.name AS room, l.name AS house, b.status
       FROM network_meeting m JOIN booking b ON b.id = m.booking_id
       JOIN room r ON r.id = b.room_id JOIN location l ON l.id = r.location_id
      WHERE m.id = $1`,
    [meetingId],
  );
  if (!row) return null;
  return {
    title: row.title,
    start: new Date(row.starts_at),
    end: new Date(row.ends_at),
    room: row.room,
    house: row.house,
    cancelled: row.status === 'CANCELLED',
  };
}
