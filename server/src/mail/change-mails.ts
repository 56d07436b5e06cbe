import type { DataSource, EntityManager } from 'typeorm';
import { personMayReadDetails } from '../auth/policy.js';
import type { BookingSnapshot } from '../bookings/booking-record.js';
import { findBookingRecord } from '../bookings/booking.repository.js';
import { holdsSlot } from '../bookings/booking.enums.js';
import { statusNews } from '../bookings/status-news.js';
import { Room } from '../locations/room.entity.js';
import type { Clock } from '../shared/clock.js';
import type { Log } from '../shared/log.js';
import type { Mailer } from './mailer.js';
import { mailFooter, mailMessagesFor } from './messages.js';
import { DueWork } from '../shared/due-work.js';

interface DueMail {
  id: string;
  booking_id: string;
  recipient: string;
  language: string;
  /** As it was before the first change gathered here; for a booking created then (an offer), `status` is null. */
  before: Omit<BookingSnapshot, 'status'> & { status: BookingSnapshot['status'] | null };
  last_cursor: string;
}

const BATCH = 20;

/** "Di., 1. Dezember 2026, 18:00–20:30, Großer Saal, KolLEktiv Süd" in the reader's language (Berlin time). */
export function describeSlot(slot: { start: Date; end: Date; room: string; house: string }, language: string): string {
  const locale = `${language}-u-nu-latn`;
  const day = new Intl.DateTimeFormat(locale, {
    weekday: 'short',
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'Europe/Berlin',
  });
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit', hourCycle: 'h23', timeZone: 'Europe/Berlin' });
  return `${day.format(slot.start)}, ${time.format(slot.start)}–${time.format(slot.end)}, ${slot.room}, ${slot.house}`;
}

/**
 * Sends the e-mails `tellOthers` queued once they are due: one per booking and address, telling the state
 * the booking is in now against the one before the first change. Rows are claimed with SKIP LOCKED, so
 * several app processes share the work without sending twice.
 */
export class ChangeMails {
  private readonly due = new DueWork(() => this.sendBatch());

  constructor(
    private readonly dataSource: DataSource,
    private readonly mailer: Mailer,
    private readonly clock: Clock,
    private readonly log: Log,
  ) {}

  /** The calendar's address, for the link in every mail; known once the server listens. */
  private calendarUrl = '';
  private linkBase = '';

  start(linkBase: string, pollMs: number): void {
    this.linkBase = linkBase;
    this.calendarUrl = `${linkBase}/calendar`;
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
          `SELECT id, booking_id, recipient, language, before, last_cursor::text AS last_cursor
             FROM booking_change_mail WHERE sent_at IS NULL AND due_at <= $1
            ORDER BY due_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
          [this.clock().toISOString()],
        );
        let sent = 0;
        for (const mail of due) {
          if (await this.send(manager, mail)) sent++;
          await manager.query('UPDATE booking_change_mail SET sent_at = $2 WHERE id = $1', [mail.id, this.clock().toISOString()]);
        }
        return sent;
      });
    } catch (error) {
      this.log('could not send the e-mails about changed bookings', error);
      return 0;
    }
  }

  private async send(manager: EntityManager, mail: DueMail): Promise<boolean> {
    const booking = await findBookingRecord(manager, mail.booking_id);
    if (!booking) return false;
    // the person who booked is told only while they may read the booking (they may have left its MO since)
    const people: Array<{
      id: string;
      role: 'STAFF' | 'MEMBER' | 'COACH';
      organization_id: string | null;
      coach_id: string | null;
      coach_active: boolean | null;
      active: boolean;
    }> = await manager.query(
      `SELECT u.id, u.role, u.organization_id, c.id AS coach_id, c.active AS coach_active, u.active
         FROM app_user u LEFT JOIN coach c ON c.user_id = u.id WHERE u.id = $1 AND lower(u.email) = $2`,
      [booking.createdById, mail.recipient],
    );
    const person = people[0];
    // the MO's own contact address is told in any case, even when it is also the address of who booked
    const toTheMo = booking.organization.contactEmail?.toLowerCase() === mail.recipient;
    if (
      person &&
      !toTheMo &&
      !personMayReadDetails(
        { ...person, organizationId: person.organization_id, coachId: person.coach_id, coachActive: person.coach_active === true },
        booking,
      )
    )
      return false;
    const rows: Array<{ actor_role: string | null; reason: string | null }> = await manager.query(
      `SELECT u.role AS actor_role, c.reason FROM change_log c LEFT JOIN app_user u ON u.id = c.actor_id WHERE c.cursor = $1::bigint`,
      [mail.last_cursor],
    );
    const beforeRoom = await manager.getRepository(Room).findOne({ where: { id: mail.before.roomId }, relations: { location: true } });
    const { language, messages } = mailMessagesFor(mail.language);
    const before = describeSlot(
      {
        start: new Date(mail.before.start),
        end: new Date(mail.before.end),
        room: beforeRoom?.name ?? booking.room.name,
        house: beforeRoom?.location?.name ?? booking.room.location.name,
      },
      language,
    );
    const here = describeSlot({ ...booking, room: booking.room.name, house: booking.room.location.name }, language);
    const news = statusNews(mail.before.status, booking.status);
    if (news !== null) {
      const time = new Intl.DateTimeFormat(`${language}-u-nu-latn`, {
        hour: '2-digit',
        minute: '2-digit',
        hourCycle: 'h23',
        timeZone: 'Europe/Berlin',
      });
      return this.mailer.send({
        to: mail.recipient,
        language,
        subject: messages.bookingDecided.subject({ title: booking.title, news }),
        text: [
          messages.bookingDecided.body({
            title: booking.title,
            organization: booking.organization.name,
            when: here,
            news,
            reason: booking.statusReason ?? rows[0]?.reason ?? null,
            until: news === 'OFFERED' && booking.expiresAt ? time.format(booking.expiresAt) : null,
            url: this.calendarUrl,
          }),
          '',
          mailFooter(messages, this.linkBase),
        ].join('\n'),
      });
    }
    const cancelled = !holdsSlot(booking.status);
    const after = cancelled ? null : here;
    if (after === before) return false; // moved and moved back within the minute: nothing to tell
    return this.mailer.send({
      to: mail.recipient,
      language,
      subject: messages.bookingChanged.subject({ title: booking.title, cancelled }),
      text: [
        messages.bookingChanged.body({
          title: booking.title,
          organization: booking.organization.name,
          before,
          after,
          byStaff: rows[0]?.actor_role === 'STAFF',
          reason: rows[0]?.reason ?? null,
          url: this.calendarUrl,
        }),
        '',
        mailFooter(messages, this.linkBase),
      ].join('\n'),
    });
  }
}
