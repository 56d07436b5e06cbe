import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, createTestApp, subscribed, until, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import {
  AUDIT_LOG,
  BOOKING_CHANGED,
  CANCEL_BOOKING_WITH_REASON,
  CREATE_BOOKING,
  MARK_NOTIFICATIONS_READ,
  MOVE_BOOKING_WITH_REASON,
  UPDATE_USER,
  NOTIFICATIONS,
} from '../../test/documents.js';
import { User } from '../auth/user.entity.js';

let app: TestApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let factory: Factory;
let staff: ApiClient;
let staffId: string;
let member: ApiClient;
let memberId: string;
let colleague: ApiClient;
let organizationId: string;
let south: { house: string; hall: string; music: string };
let hour = 8;

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 60 } });
  factory = new Factory(app);
  organizationId = (await factory.organization({ name: 'Chor Kalyna', contactEmail: 'kontakt@kalyna.example', languages: ['uk', 'de'] }))
    .id;
  const house = (await factory.location({ name: 'KolLEktiv Süd' })).id;
  south = {
    house,
    hall: (await factory.room({ locationId: house, name: 'Großer Saal' })).id,
    music: (await factory.room({ locationId: house, name: 'Musikraum' })).id,
  };
  const staffLogin = await factory.staffClient();
  staff = staffLogin.client;
  staffId = staffLogin.user.id;
  const memberLogin = await factory.memberClient(organizationId);
  member = memberLogin.client;
  memberId = memberLogin.user.id;
  await app.services.database.dataSource.getRepository(User).update({ id: memberId }, { language: 'uk' });
  colleague = (await factory.memberClient(organizationId)).client;
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

/** A booking the member makes for their MO, at a fresh hour on Tuesday 2 June. */
async function memberBooking(title = 'Chorprobe') {
  const start = hour++;
  const { createBooking } = await member.data(CREATE_BOOKING, {
    input: {
      roomId: south.hall,
      organizationId,
      title,
      category: 'CHOIR',
      start: `2026-06-02T${String(start).padStart(2, '0')}:00:00+02:00`,
      end: `2026-06-02T${String(start).padStart(2, '0')}:45:00+02:00`,
    },
  });
  return createBooking as { id: string; version: number; start: string; end: string };
}

describe('knowing when someone else changes your MO’s booking', () => {
  it('a member’s open screen hears that staff moved it, with the reason; the MO’s people get a notification, the actor none', async () => {
    const booking = await memberBooking();
    const stream = await subscribed(app, 1, () =>
      collect<{
        bookingChanged: { bookingId: string; kind: string; byStaff: boolean; actorId: string | null; reason: string | null };
      }>(member.subscriptions(), BOOKING_CHANGED),
    );
    await staff.data(MOVE_BOOKING_WITH_REASON, {
      id: booking.id,
      expectedVersion: booking.version,
      roomId: south.music,
      start: '2026-06-02T18:00:00+02:00',
      end: '2026-06-02T20:00:00+02:00',
      reason: 'Wasserschaden im Saal',
    });
    // the booking's creation may still arrive first; the move is what this screen must hear
    const moved = () =>
      stream.events.find((event) => event.bookingChanged.bookingId === booking.id && event.bookingChanged.kind === 'UPDATED');
    await until(() => moved() !== undefined, 'the move reaches the member');
    expect(moved()!.bookingChanged).toMatchObject({
      bookingId: booking.id,
      byStaff: true,
      actorId: staffId,
      reason: 'Wasserschaden im Saal',
    });
    stream.dispose();
    await member.closeSockets();

    for (const client of [member, colleague]) {
      const [latest] = (await client.data(NOTIFICATIONS, { unreadOnly: true })).notifications;
      expect(latest).toMatchObject({
        kind: 'UPDATED',
        byStaff: true,
        read: false,
        reason: 'Wasserschaden im Saal',
        booking: { id: booking.id, room: { name: 'Musikraum' }, start: '2026-06-02T16:00:00.000Z' },
        previous: { roomName: 'Großer Saal', houseName: 'KolLEktiv Süd', start: booking.start },
      });
    }
    expect((await staff.data(NOTIFICATIONS)).notifications).toEqual([]);
    // the reason stays in the audit log with the change
    const { auditLog } = await staff.data(AUDIT_LOG, { first: 5, filter: { organizationId } });
    expect(
      auditLog.entries.find((entry: { entityId: string; action: string }) => entry.entityId === booking.id && entry.action === 'UPDATED'),
    ).toMatchObject({
      reason: 'Wasserschaden im Saal',
    });
  });

  it('tells a colleague but not the member who made the change; read notices stay listed but not as unread', async () => {
    const booking = await memberBooking('Stimmbildung');
    await member.data(CANCEL_BOOKING_WITH_REASON, { id: booking.id, expectedVersion: booking.version });
    const mine = (await member.data(NOTIFICATIONS)).notifications as Array<{ booking: { id: string } }>;
    expect(mine.some((notification) => notification.booking.id === booking.id)).toBe(false);
    const theirs = (await colleague.data(NOTIFICATIONS, { unreadOnly: true })).notifications as Array<{
      id: string;
      booking: { id: string };
      kind: string;
    }>;
    const notice = theirs.find((notification) => notification.booking.id === booking.id)!;
    expect(notice.kind).toBe('CANCELLED');
    expect((await colleague.data(MARK_NOTIFICATIONS_READ, { ids: [notice.id] })).markNotificationsRead).toBe(1);
    const after = (await colleague.data(NOTIFICATIONS, { unreadOnly: true })).notifications as Array<{ id: string }>;
    expect(after.map((notification) => notification.id)).not.toContain(notice.id);
    expect(
      (await colleague.data(NOTIFICATIONS)).notifications.find((notification: { id: string }) => notification.id === notice.id).read,
    ).toBe(true);
    // nobody marks another person's notices
    expect((await member.data(MARK_NOTIFICATIONS_READ, { ids: [notice.id] })).markNotificationsRead).toBe(0);
  });

  it('e-mails the MO’s contact address and the person who booked once for a drag back and forth, in their language', async () => {
    const booking = await memberBooking('Generalprobe');
    const first = (
      await staff.data(MOVE_BOOKING_WITH_REASON, {
        id: booking.id,
        expectedVersion: booking.version,
        roomId: south.music,
        start: booking.start,
        end: booking.end,
      })
    ).moveBooking;
    await staff.data(MOVE_BOOKING_WITH_REASON, {
      id: booking.id,
      expectedVersion: first.version,
      roomId: south.music,
      start: '2026-06-02T20:00:00+02:00',
      end: '2026-06-02T21:45:00+02:00',
      reason: 'Konzert im Saal',
    });
    // nothing before the minute is over
    expect(await app.services.changeMails.sendDue()).toBe(0);
    app.clock.set('2026-06-01T08:01:01Z');
    try {
      expect(await app.services.changeMails.sendDue()).toBeGreaterThanOrEqual(2);
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
    const aboutIt = mailbox.messages.filter((mail) => mail.subject.includes('Generalprobe'));
    const toContact = aboutIt.filter((mail) => mail.to.includes('kontakt@kalyna.example'));
    expect(toContact).toHaveLength(1);
    expect(toContact[0]!.language).toBe('uk');
    expect(toContact[0]!.text).toContain('Generalprobe');
    expect(toContact[0]!.text).toContain('Musikraum');
    expect(toContact[0]!.text).toContain('Konzert im Saal');
    expect(toContact[0]!.text).toMatch(/20:00–21:45/);
    const memberEmail = (await app.services.database.dataSource.getRepository(User).findOneByOrFail({ id: memberId })).email;
    const toMember = aboutIt.filter((mail) => mail.to.includes(memberEmail));
    expect(toMember).toHaveLength(1);
    expect(toMember[0]!.subject).toContain('Generalprobe');
  });

  it('sends nothing when the member moves their own booking', async () => {
    const booking = await memberBooking('Eigene Verschiebung');
    await member.data(MOVE_BOOKING_WITH_REASON, {
      id: booking.id,
      expectedVersion: booking.version,
      roomId: south.music,
      start: booking.start,
      end: booking.end,
    });
    app.clock.set('2026-06-01T08:05:00Z');
    try {
      await app.services.changeMails.sendDue();
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
    expect(mailbox.messages.filter((mail) => mail.subject.includes('Eigene Verschiebung'))).toEqual([]);
  });

  it('does not tell someone who booked for an MO and has left it what its private booking is called', async () => {
    const leaver = await factory.memberClient(organizationId);
    const start = hour++;
    const { createBooking } = await leaver.client.data(CREATE_BOOKING, {
      input: {
        roomId: south.hall,
        organizationId,
        title: 'Vertrauliche Vorstandssitzung',
        category: 'MEETING',
        visibility: 'PRIVATE',
        start: `2026-06-02T${String(start).padStart(2, '0')}:00:00+02:00`,
        end: `2026-06-02T${String(start).padStart(2, '0')}:45:00+02:00`,
      },
    });
    const elsewhere = (await factory.organization({ name: 'Andere MO' })).id;
    await staff.data(UPDATE_USER, { id: leaver.user.id, input: { organizationId: elsewhere } });
    await staff.data(MOVE_BOOKING_WITH_REASON, {
      id: createBooking.id,
      expectedVersion: createBooking.version,
      roomId: south.music,
      start: createBooking.start,
      end: createBooking.end,
    });
    app.clock.set('2026-06-01T08:10:00Z');
    try {
      await app.services.changeMails.sendDue();
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
    const aboutIt = mailbox.messages.filter((mail) => mail.subject.includes('Vertrauliche Vorstandssitzung'));
    expect(aboutIt.map((mail) => mail.to)).toEqual([['kontakt@kalyna.example']]);
  });
});
