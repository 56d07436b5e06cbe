import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { randomUUID } from 'node:crypto';
import { ApiClient, ENGINE, countQueries, createTestApp, until, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { startMailbox, type ReceivedMail } from '../../test/smtp.js';
import {
  ADD_COACHING_MESSAGE,
  ASSIGN_COACH,
  CANCEL_COACHING_SESSION,
  CANCEL_BOOKING,
  CLOSE_COACHING_REQUEST,
  COACHING_NOTICES,
  COACHING_REQUEST,
  DECLINE_COACHING_REQUEST,
  MARK_COACHING_NOTICES_READ,
  MOVE_COACHING_SESSION,
  NOTIFICATIONS,
  REQUEST_COACHING,
  SCHEDULE_COACHING_SESSION,
} from '../../test/documents.js';
import { User } from '../auth/user.entity.js';
import type { Viewer } from '../auth/viewer.js';
import { sessionSnapshot } from './coaching-log.js';
import { CoachingSession } from './coaching.entities.js';

interface Person {
  client: ApiClient;
  id: string;
  email: string;
}

let app: TestApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let factory: Factory;
let organizationId: string;
let roomId: string;
let asker: Person;
let colleague: Person;
let stranger: Person;
let staff: Person;
let otherStaff: Person;
let coach: Person & { coachId: string };
let otherCoach: Person;
const MO_ADDRESS = 'kontakt@kalyna.example';

const person = ({ user, client }: { user: User; client: ApiClient }): Person => ({ client, id: user.id, email: user.email });

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 60 } });
  factory = new Factory(app);
  organizationId = (await factory.organization({ name: 'Chor Kalyna', contactEmail: MO_ADDRESS, languages: ['uk', 'de'] })).id;
  roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id })).id;
  asker = person(await factory.memberClient(organizationId));
  colleague = person(await factory.memberClient(organizationId));
  stranger = person(await factory.memberClient((await factory.organization()).id));
  staff = person(await factory.staffClient());
  otherStaff = person(await factory.staffClient());
  const coachLogin = await factory.coachClient();
  coach = { ...person(coachLogin), coachId: coachLogin.coach.id };
  otherCoach = person(await factory.coachClient());
  const users = app.services.database.dataSource.getRepository(User);
  await users.update({ id: asker.id }, { language: 'uk' });
  await users.update({ id: coach.id }, { language: 'ar' });
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

let week = 0;
/** An hour on a coming Wednesday, a new week each time. */
function nextSlot() {
  const start = new Date(Date.parse('2026-06-03T10:00:00+02:00') + week++ * 7 * 86_400_000);
  return { start: start.toISOString(), end: new Date(start.getTime() + 3600_000).toISOString() };
}

async function askForCoaching(by: Person = asker): Promise<string> {
  const { requestCoaching } = await by.client.data(REQUEST_COACHING, {
    input: { organizationId, topic: 'FUNDING', text: 'Hilfe beim Förderantrag', languages: ['uk', 'de'] },
  });
  return requestCoaching.id as string;
}

/** The kinds of the notices someone has about one request, sorted. */
async function noticesOf(someone: Person, requestId: string): Promise<string[]> {
  const { coachingNotices } = await someone.client.data(COACHING_NOTICES);
  return (coachingNotices as Array<{ kind: string; request: { id: string } }>)
    .filter((notice) => notice.request.id === requestId)
    .map((notice) => notice.kind)
    .sort();
}

/** Sends what is due a minute later; the mails about one request, by address. */
async function mailsAbout(requestId: string, expected: number): Promise<Map<string, ReceivedMail>> {
  app.clock.set('2026-06-01T08:01:01Z');
  try {
    const about = () => mailbox.messages.filter((mail) => mail.text.includes(`/coaching/${requestId}`));
    await until(async () => {
      await app.services.coachingMails.sendDue();
      return about().length >= expected;
    }, `${expected} mails about the request arrived`);
    return new Map(about().map((mail) => [mail.to[0]!, mail]));
  } finally {
    app.clock.set('2026-06-01T08:00:00Z');
  }
}

const linesOf = (mail: ReceivedMail | undefined) => mail?.text.split('\n').filter((line) => line.startsWith('– ')) ?? [];

describe(`telling the people of a coaching request on ${ENGINE}`, () => {
  it('tells each change to the other side in a notice, never to the actor', async () => {
    const requestId = await askForCoaching();
    await staff.client.data(ASSIGN_COACH, { requestId, coachId: coach.coachId });
    const { scheduleCoachingSession } = await coach.client.data(SCHEDULE_COACHING_SESSION, {
      requestId,
      input: { ...nextSlot(), onlineUrl: 'https://meet.example/kalyna' },
    });
    await colleague.client.data(CANCEL_COACHING_SESSION, { id: scheduleCoachingSession.id, reason: 'Krank' });
    await asker.client.data(ADD_COACHING_MESSAGE, { requestId, text: 'Passt Dienstag?' });
    await coach.client.data(ADD_COACHING_MESSAGE, { requestId, text: 'Ja, gern.' });
    await staff.client.data(ADD_COACHING_MESSAGE, { requestId, text: 'Wir haben den Raum.' });
    await coach.client.data(ADD_COACHING_MESSAGE, { requestId, text: 'Braucht Hilfe beim Budget', staffOnly: true });
    await asker.client.data(CLOSE_COACHING_REQUEST, { requestId, outcome: 'Antrag ist raus' });

    // REQUESTED (asker), ASSIGNED (staff), SESSION_SCHEDULED (coach), SESSION_CANCELLED (colleague), MESSAGE (asker,
    // coach, staff, coach staff-only), CLOSED (asker)
    expect(await noticesOf(asker, requestId)).toEqual(['ASSIGNED', 'MESSAGE', 'MESSAGE', 'SESSION_CANCELLED', 'SESSION_SCHEDULED']);
    expect(await noticesOf(colleague, requestId)).toEqual(['ASSIGNED', 'MESSAGE', 'MESSAGE', 'SESSION_SCHEDULED']);
    expect(await noticesOf(coach, requestId)).toEqual(['ASSIGNED', 'CLOSED', 'MESSAGE', 'MESSAGE', 'SESSION_CANCELLED']);
    expect(await noticesOf(staff, requestId)).toEqual(['CLOSED', 'MESSAGE', 'REQUESTED', 'SESSION_CANCELLED', 'SESSION_SCHEDULED']);
    expect(await noticesOf(otherStaff, requestId)).toEqual(['CLOSED', 'MESSAGE', 'REQUESTED', 'SESSION_CANCELLED', 'SESSION_SCHEDULED']);
    expect(await noticesOf(stranger, requestId)).toEqual([]);
    expect(await noticesOf(otherCoach, requestId)).toEqual([]);

    // one mail per address for the whole minute, in the reader's language; staff only of the new request
    const mails = await mailsAbout(requestId, 5);
    expect([...mails.keys()].sort()).toEqual([asker.email, coach.email, MO_ADDRESS, otherStaff.email, staff.email].sort());
    expect(mailbox.messages.filter((mail) => mail.text.includes(`/coaching/${requestId}`))).toHaveLength(5);
    // the MO's address: what others did (not the colleague's cancelling, nor the MO's own closing)
    expect(linesOf(mails.get(MO_ADDRESS))).toEqual([
      '– Призначено коуча',
      expect.stringMatching(/^– Нова зустріч: .*10:00–11:00, онлайн$/),
      '– Нове повідомлення',
      '– Нове повідомлення',
    ]);
    expect(mails.get(MO_ADDRESS)?.language).toBe('uk');
    expect(linesOf(mails.get(asker.email))).toHaveLength(5);
    expect(linesOf(mails.get(asker.email))).toContainEqual(expect.stringMatching(/^– Зустріч скасовано: /));
    expect(mails.get(coach.email)?.language).toBe('ar');
    expect(linesOf(mails.get(coach.email))).toHaveLength(5);
    expect(linesOf(mails.get(staff.email))).toEqual(['– Neue Coaching-Anfrage']);
    expect(mails.get(staff.email)?.text).toContain(`${app.url}/coaching/${requestId}`);
  });

  it('tells the MO of a request staff made for it, and of its refusal; staff are not told of their own refusal', async () => {
    const requestId = await askForCoaching(staff);
    await otherStaff.client.data(DECLINE_COACHING_REQUEST, { requestId, reason: 'Nicht unser Thema' });
    expect(await noticesOf(asker, requestId)).toEqual(['DECLINED', 'REQUESTED']);
    expect(await noticesOf(colleague, requestId)).toEqual(['DECLINED', 'REQUESTED']);
    expect(await noticesOf(staff, requestId)).toEqual([]);
    expect(await noticesOf(otherStaff, requestId)).toEqual(['REQUESTED']);
    expect(await noticesOf(coach, requestId)).toEqual([]);
  });

  it('tells of a session moved through the booking write unit, as any coaching write', async () => {
    const requestId = await askForCoaching();
    await staff.client.data(ASSIGN_COACH, { requestId, coachId: coach.coachId });
    const { scheduleCoachingSession } = await staff.client.data(SCHEDULE_COACHING_SESSION, {
      requestId,
      input: { ...nextSlot(), onlineUrl: 'https://meet.example/kalyna' },
    });
    // a move as a session-moving write logs it: the session's entry, UPDATED with its new time
    const sessions = app.services.database.dataSource.getRepository(CoachingSession);
    const before = await sessions.findOneByOrFail({ id: scheduleCoachingSession.id });
    const after = { ...before, start: new Date(before.start.getTime() + 3600_000), end: new Date(before.end.getTime() + 3600_000) };
    const viewer: Viewer = { kind: 'coach', userId: coach.id, coachId: coach.coachId, sessionId: '' };
    await app.services.bookings.write(viewer, async (write) => {
      await write.manager.getRepository(CoachingSession).update({ id: before.id }, { start: after.start, end: after.end });
      write.note({
        entity: 'COACHING_SESSION',
        entityId: before.id,
        action: 'UPDATED',
        actorId: coach.id,
        before: sessionSnapshot(before),
        after: sessionSnapshot(after),
        locationIds: [],
        roomIds: [],
        organizationId,
      });
    });
    expect(await noticesOf(asker, requestId)).toEqual(['ASSIGNED', 'SESSION_MOVED', 'SESSION_SCHEDULED']);
    expect(await noticesOf(coach, requestId)).toEqual(['ASSIGNED', 'SESSION_SCHEDULED']);
    // staff booked the session (no staff notice), the coach moved it (staff hear of it)
    expect(await noticesOf(otherStaff, requestId)).toEqual(['REQUESTED', 'SESSION_MOVED']);
  });

  it('tells of a session the MO moves, and of one staff cancel on the calendar, as coaching changes only', async () => {
    const requestId = await askForCoaching();
    await staff.client.data(ASSIGN_COACH, { requestId, coachId: coach.coachId });
    const { scheduleCoachingSession } = await coach.client.data(SCHEDULE_COACHING_SESSION, { requestId, input: { ...nextSlot(), roomId } });
    await asker.client.data(MOVE_COACHING_SESSION, { id: scheduleCoachingSession.id, input: { ...nextSlot(), roomId } });
    const { coachingRequest } = await staff.client.data(COACHING_REQUEST, { id: requestId });
    const { bookings: inRange } = await staff.client.data(
      `query ($from: DateTime!, $to: DateTime!) { bookings(from: $from, to: $to) { id version room { id } } }`,
      {
        from: coachingRequest.sessions[0].start,
        to: coachingRequest.sessions[0].end,
      },
    );
    // the session's booking, not whatever else the shared database holds at that hour
    const bookings = (inRange as Array<{ id: string; version: number; room: { id: string } }>).filter(
      (booking) => booking.room.id === roomId,
    );
    expect(bookings).toHaveLength(1);
    await staff.client.data(CANCEL_BOOKING, { id: bookings[0]!.id, expectedVersion: bookings[0]!.version });
    expect(await noticesOf(asker, requestId)).toEqual(['ASSIGNED', 'SESSION_CANCELLED', 'SESSION_SCHEDULED']);
    expect(await noticesOf(colleague, requestId)).toEqual(['ASSIGNED', 'SESSION_CANCELLED', 'SESSION_MOVED', 'SESSION_SCHEDULED']);
    expect(await noticesOf(coach, requestId)).toEqual(['ASSIGNED', 'SESSION_CANCELLED', 'SESSION_MOVED']);
    expect(await noticesOf(otherStaff, requestId)).toEqual(['REQUESTED', 'SESSION_MOVED', 'SESSION_SCHEDULED']);
    // the session's booking is not told a second time as a booking
    const { notifications } = await colleague.client.data(NOTIFICATIONS);
    expect((notifications as Array<{ booking: { id: string } }>).filter((notice) => notice.booking.id === bookings[0]!.id)).toEqual([]);
  });

  it('keeps notices until read: unread ones, then marked read, only one’s own', async () => {
    const requestId = await askForCoaching();
    await staff.client.data(ASSIGN_COACH, { requestId, coachId: coach.coachId });
    const unread = async (someone: Person) =>
      (await someone.client.data(COACHING_NOTICES, { unreadOnly: true })).coachingNotices as Array<{
        id: string;
        read: boolean;
        byStaff: boolean;
      }>;
    const mine = await unread(colleague);
    expect(mine.length).toBeGreaterThan(0);
    expect(mine[0]).toMatchObject({ read: false, byStaff: true });
    // someone else's ids mark nothing
    expect((await asker.client.data(MARK_COACHING_NOTICES_READ, { ids: mine.map((notice) => notice.id) })).markCoachingNoticesRead).toBe(0);
    expect((await colleague.client.data(MARK_COACHING_NOTICES_READ, { ids: [mine[0]!.id] })).markCoachingNoticesRead).toBe(1);
    expect((await unread(colleague)).map((notice) => notice.id)).not.toContain(mine[0]!.id);
    await colleague.client.data(MARK_COACHING_NOTICES_READ, {});
    expect(await unread(colleague)).toEqual([]);
    expect((await unread(asker)).length).toBeGreaterThan(0);
  });

  it('reads the request once per live change, however many open screens check it', async () => {
    const requestId = await askForCoaching();
    await staff.client.data(ASSIGN_COACH, { requestId, coachId: coach.coachId });
    const rows = await app.services.database.dataSource.query<Array<{ cursor: string }>>(
      'SELECT max(cursor)::text AS cursor FROM change_log',
    );
    const cursor = rows[0]!.cursor;
    const change = { requestId, kind: 'ASSIGNED' as const, staffOnly: false, cursor };
    const screens: Viewer[] = [
      { kind: 'member', userId: asker.id, organizationId, sessionId: 's1' },
      { kind: 'member', userId: colleague.id, organizationId, sessionId: 's2' },
      { kind: 'member', userId: stranger.id, organizationId: randomUUID(), sessionId: 's3' },
      { kind: 'coach', userId: coach.id, coachId: coach.coachId, sessionId: 's4' },
      { kind: 'coach', userId: otherCoach.id, coachId: randomUUID(), sessionId: 's5' },
      { kind: 'staff', userId: staff.id, sessionId: 's6' },
    ];
    let answers: boolean[] = [];
    const queries = await countQueries(app, async () => {
      answers = await Promise.all(screens.map((viewer) => app.services.coachingNotices.mayLearnOf(viewer, change)));
      // a screen that checks later still shares the read
      answers.push(await app.services.coachingNotices.mayLearnOf(screens[0]!, change));
    });
    expect(answers).toEqual([true, true, false, true, false, true, true]);
    expect(queries).toHaveLength(1);
  });
});
