import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import { User } from '../auth/user.entity.js';
import { MeetingResponse, NetworkMeeting } from './network.entities.js';
import { NetworkReminders } from './network-reminders.js';

// Monday 1 June 2026, 10:00 in Leipzig; the meeting is on Thursday 4 June, 18:00: three days and eight hours on.
const NOW = '2026-06-01T08:00:00Z';
const START = '2026-06-04T16:00:00Z';
const THREE_DAYS_BEFORE = '2026-06-01T16:00:00Z';
const THE_DAY_BEFORE = '2026-06-03T16:30:00Z';

interface Scene {
  app: TestApp;
  mailbox: Awaited<ReturnType<typeof startMailbox>>;
  meetingId: string;
  /** By MO: Kalyna said it comes, Dari has not answered, Sova said it does not come. */
  members: { kalyna: string[]; dari: string[]; sova: string[] };
  emails: Map<string, string>;
  stop(): Promise<void>;
}

/** One MO's members: one who chose a language, one who did not (the MO's first language is theirs). */
async function membersOf(factory: Factory, app: TestApp, organizationId: string, language: string) {
  const users = app.services.database.dataSource.getRepository(User);
  const chose = await factory.user('MEMBER', organizationId, { language });
  const didNot = await factory.user('MEMBER', organizationId, { language: null });
  await users.update({ id: didNot.id }, { language: null });
  return [chose, didNot];
}

interface SceneOptions {
  /** When the meeting starts (START unless said) and when it was created, the app's clock then (NOW unless said). */
  start?: string;
  createdAt?: string;
}

/** A meeting with three MOs, on an app with a mailbox. */
async function scene(options: SceneOptions = {}): Promise<Scene> {
  const start = options.start ?? START;
  const createdAt = options.createdAt ?? NOW;
  const mailbox = await startMailbox();
  const app = await createTestApp({ now: createdAt, config: { smtpUrl: mailbox.url } });
  const factory = new Factory(app);
  const dataSource = app.services.database.dataSource;
  const roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id })).id;
  const centreId = (await factory.organization({ name: 'KolLEktiv' })).id;
  await dataSource.query(`UPDATE organization SET kind = 'CENTRE' WHERE id = $1`, [centreId]);
  const kalyna = (await factory.organization({ name: 'Chor Kalyna', languages: ['uk'] })).id;
  const dari = (await factory.organization({ name: 'Dari-Kreis', languages: ['fa'] })).id;
  const sova = (await factory.organization({ name: 'Sova', languages: ['ru'] })).id;
  const all = {
    kalyna: await membersOf(factory, app, kalyna, 'de'),
    dari: await membersOf(factory, app, dari, 'ar'),
    sova: await membersOf(factory, app, sova, 'tr'),
  };
  const booking = await factory.booking({
    roomId,
    organizationId: centreId,
    start,
    end: new Date(Date.parse(start) + 2 * 3600_000).toISOString(),
    category: 'NETWORK_MEETING',
    title: 'Netzwerktreffen Juni',
  });
  const meeting = await dataSource.getRepository(NetworkMeeting).save({
    bookingId: booking.id,
    title: 'Netzwerktreffen Juni',
    description: '',
    agendaDeadline: new Date(start),
    interpretationLanguages: [],
    minutes: null,
    minutesPublishedAt: null,
    remindedUnansweredAt: null,
    remindedComingAt: null,
    createdById: null,
    createdAt: new Date(createdAt),
    updatedAt: new Date(createdAt),
    version: 1,
  });
  const responses = dataSource.getRepository(MeetingResponse);
  const base = { meetingId: meeting.id, interpretation: [], respondedById: null, updatedAt: new Date(createdAt) };
  await responses.save({ ...base, organizationId: kalyna, attending: true, people: 3 });
  await responses.save({ ...base, organizationId: sova, attending: false, people: 0 });
  const ids = (users: User[]) => users.map((user) => user.id);
  return {
    app,
    mailbox,
    meetingId: meeting.id,
    members: { kalyna: ids(all.kalyna), dari: ids(all.dari), sova: ids(all.sova) },
    emails: new Map(Object.values(all).flatMap((users) => users.map((user) => [user.id, user.email] as const))),
    async stop() {
      await app.stop();
      await mailbox.stop();
    },
  };
}

/** Who has a notice of this kind about the meeting, by user id, with how many each. */
async function noticed(app: TestApp, meetingId: string, kind: string): Promise<Record<string, number>> {
  const rows = await app.services.database.dataSource.query<Array<{ user_id: string; count: number }>>(
    `SELECT user_id, count(*)::int AS count FROM network_notice WHERE meeting_id = $1 AND kind = $2 GROUP BY user_id`,
    [meetingId, kind],
  );
  return Object.fromEntries(rows.map((row) => [row.user_id, row.count]));
}

const once = (ids: string[]) => Object.fromEntries(ids.map((id) => [id, 1]));

describe(`reminding the MOs of a meeting on ${ENGINE}`, () => {
  let one: Scene;
  beforeAll(async () => {
    one = await scene();
  });
  afterAll(async () => {
    await one?.stop();
  });

  it('reminds those without an answer three days before, those coming the day before, each once', async () => {
    const { app, meetingId, members, mailbox } = one;
    expect(await app.services.networkReminders.remindDue()).toBe(0); // more than three days ahead
    app.clock.set(THREE_DAYS_BEFORE);
    // two pollers at once in one process, like two timers: the claim lets one of them write
    const second = new NetworkReminders(app.services.database.dataSource, app.clock, () => {}, true);
    const told = await Promise.all([app.services.networkReminders.remindDue(), second.remindDue()]);
    expect(told.sort()).toEqual([0, 2]);
    expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual(once(members.dari));
    await app.services.networkMails.sendDue();
    const dari = members.dari.map((id) => one.emails.get(id)!);
    const reminders = mailbox.messages.filter((mail) => mail.text.includes(`/network/${meetingId}`));
    expect(reminders.map((mail) => mail.to[0]).sort()).toEqual([...dari].sort());
    // the one who chose Arabic reads Arabic, the one who chose nothing the MO's Farsi
    expect(reminders.map((mail) => mail.language).sort()).toEqual(['ar', 'fa']);
    expect(reminders.find((mail) => mail.language === 'fa')?.subject).toBe('می‌آیید؟ Netzwerktreffen Juni');

    app.clock.set(THE_DAY_BEFORE);
    await Promise.all([app.services.networkReminders.remindDue(), second.remindDue()]);
    expect(await noticed(app, meetingId, 'COMING_REMINDER')).toEqual(once(members.kalyna));
    expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual(once(members.dari));
    await app.services.networkMails.sendDue();
    const coming = mailbox.messages.filter((mail) => mail.subject === 'Morgen: Netzwerktreffen Juni' || mail.language === 'uk');
    expect(coming.map((mail) => [mail.to[0], mail.language]).sort()).toEqual(
      [
        [one.emails.get(members.kalyna[0]!), 'de'],
        [one.emails.get(members.kalyna[1]!), 'uk'],
      ].sort(),
    );
    expect(mailbox.messages).toHaveLength(4);
    expect(await noticed(app, meetingId, 'COMING_REMINDER')).not.toHaveProperty(members.sova[0]!);
  });
});

/** Runs `check` on a scene and stops it, whatever happens. */
async function inScene(options: SceneOptions, check: (scene: Scene) => Promise<void>): Promise<void> {
  const made = await scene(options);
  try {
    await check(made);
  } finally {
    await made.stop();
  }
}

/** Whether the meeting's reminders are claimed (sent or passed over). */
async function claimed(app: TestApp, meetingId: string) {
  const [row] = await app.services.database.dataSource.query<Array<{ unanswered: boolean; coming: boolean }>>(
    `SELECT reminded_unanswered_at IS NOT NULL AS unanswered, reminded_coming_at IS NOT NULL AS coming FROM network_meeting WHERE id = $1`,
    [meetingId],
  );
  return row;
}

describe(`a meeting created late on ${ENGINE}`, () => {
  it('created inside the three days, it passes over the unanswered reminder, not the day before’s', async () => {
    // created on Tuesday 2 June, 10:00: the three-day window opened on Monday at 18:00
    await inScene({ createdAt: '2026-06-02T08:00:00Z' }, async ({ app, meetingId, members }) => {
      app.clock.set('2026-06-02T08:01:00Z');
      expect(await app.services.networkReminders.remindDue()).toBe(0);
      expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual({});
      expect(await claimed(app, meetingId)).toEqual({ unanswered: true, coming: false });
      app.clock.set(THE_DAY_BEFORE);
      expect(await app.services.networkReminders.remindDue()).toBe(2);
      expect(await noticed(app, meetingId, 'COMING_REMINDER')).toEqual(once(members.kalyna));
      expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual({});
    });
  });

  it('created the day before, it reminds nobody, then or later', async () => {
    await inScene({ createdAt: '2026-06-04T06:00:00Z' }, async ({ app, meetingId, mailbox }) => {
      for (const instant of ['2026-06-04T06:01:00Z', '2026-06-04T15:00:00Z']) {
        app.clock.set(instant);
        expect(await app.services.networkReminders.remindDue()).toBe(0);
      }
      expect(await claimed(app, meetingId)).toEqual({ unanswered: true, coming: true });
      await app.services.networkMails.sendDue();
      expect(mailbox.messages).toEqual([]);
    });
  });
});

describe(`reminder windows over the change from summer time on ${ENGINE}`, () => {
  // Sunday 25 October 2026, 18:00 in Leipzig (17:00Z, winter time since 03:00 that night): three days before
  // is Thursday 18:00 summer time (16:00Z), the day before Saturday 18:00 (16:00Z), an hour earlier than 72 h and 24 h
  it('opens them at the start’s wall time three days and one day before', async () => {
    await inScene({ start: '2026-10-25T17:00:00Z', createdAt: '2026-10-01T08:00:00Z' }, async ({ app, meetingId, members }) => {
      const remindAt = async (instant: string) => {
        app.clock.set(instant);
        return app.services.networkReminders.remindDue();
      };
      expect(await remindAt('2026-10-22T15:59:00Z')).toBe(0);
      expect(await remindAt('2026-10-22T16:00:00Z')).toBe(2);
      expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual(once(members.dari));
      expect(await remindAt('2026-10-24T15:59:00Z')).toBe(0);
      expect(await remindAt('2026-10-24T16:00:00Z')).toBe(2);
      expect(await noticed(app, meetingId, 'COMING_REMINDER')).toEqual(once(members.kalyna));
    });
  });
});

describe(`a called-off meeting on ${ENGINE}`, () => {
  it('is reminded of by nobody', async () => {
    const called = await scene();
    try {
      const { app, meetingId } = called;
      await app.services.database.dataSource.query(
        `UPDATE booking SET status = 'CANCELLED' WHERE id = (SELECT booking_id FROM network_meeting WHERE id = $1)`,
        [meetingId],
      );
      app.clock.set(THE_DAY_BEFORE);
      expect(await app.services.networkReminders.remindDue()).toBe(0);
      expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual({});
    } finally {
      await called.stop();
    }
  });
});

// Several app nodes share one PostgreSQL; the embedded engine is one process by design.
describe.runIf(ENGINE === 'postgres')('a meeting another transaction holds', () => {
  it('is passed over for now, not waited for, and reminded of on the next round', async () => {
    await inScene({}, async ({ app, meetingId, members }) => {
      app.clock.set(THREE_DAYS_BEFORE);
      // a writer (or another node's claim) holds the meeting's row
      const holder = app.services.database.dataSource.createQueryRunner();
      await holder.connect();
      await holder.startTransaction();
      try {
        await holder.query('SELECT id FROM network_meeting WHERE id = $1 FOR UPDATE', [meetingId]);
        const waited = new Promise<'waited'>((resolve) => setTimeout(() => resolve('waited'), 5_000));
        expect(await Promise.race([app.services.networkReminders.remindDue(), waited])).toBe(0);
        expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual({});
      } finally {
        await holder.rollbackTransaction();
        await holder.release();
      }
      expect(await app.services.networkReminders.remindDue()).toBe(2);
      expect(await noticed(app, meetingId, 'ANSWER_REMINDER')).toEqual(once(members.dari));
    });
  });
});

describe.runIf(ENGINE === 'postgres')('two app nodes reminding at once', () => {
  it('remind each member of each MO exactly once, by notice and by e-mail', async () => {
    const nodeA = await scene();
    const mailboxB = await startMailbox();
    const nodeB = await createTestApp({ now: NOW, databaseUrl: nodeA.app.databaseUrl, config: { smtpUrl: mailboxB.url } });
    try {
      const nodes = [nodeA.app, nodeB, nodeA.app, nodeB];
      for (const instant of [THREE_DAYS_BEFORE, THE_DAY_BEFORE]) {
        nodeA.app.clock.set(instant);
        nodeB.clock.set(instant);
        await Promise.all(nodes.map((node) => node.services.networkReminders.remindDue()));
        await Promise.all(nodes.map((node) => node.services.networkMails.sendDue()));
      }
      const { members, meetingId } = nodeA;
      expect(await noticed(nodeA.app, meetingId, 'ANSWER_REMINDER')).toEqual(once(members.dari));
      expect(await noticed(nodeA.app, meetingId, 'COMING_REMINDER')).toEqual(once(members.kalyna));
      const mails = [...nodeA.mailbox.messages, ...mailboxB.messages];
      const expected = [...members.dari, ...members.kalyna].map((id) => nodeA.emails.get(id)!);
      expect(mails.map((mail) => mail.to[0]).sort()).toEqual(expected.sort());
    } finally {
      await nodeB.stop();
      await mailboxB.stop();
      await nodeA.stop();
    }
  });
});
