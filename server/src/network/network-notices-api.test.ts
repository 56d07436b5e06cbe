import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import { NETWORK_NOTICES } from '../../test/documents.js';
import {
  CANCEL_NETWORK_MEETING,
  CREATE_NETWORK_MEETING,
  RESPOND_TO_NETWORK_MEETING,
  UPDATE_NETWORK_MEETING,
} from '../../test/meeting-documents.js';
import { PUBLISH_MINUTES } from '../../test/agenda-documents.js';
import { User } from '../auth/user.entity.js';

// Monday 1 June 2026, 10:00 in Leipzig; the meetings are in the weeks after, dated from it.
const NOW = '2026-06-01T08:00:00Z';

let app: TestApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let staff: ApiClient;
let roomId: string;
let kalyna: { client: ApiClient; email: string };
let dari: { client: ApiClient; email: string };

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({ now: NOW, config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 60 } });
  const factory = new Factory(app);
  roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id })).id;
  staff = (await factory.staffClient()).client;
  const users = app.services.database.dataSource.getRepository(User);
  const memberOf = async (name: string, language: string) => {
    const { user, client } = await factory.memberClient((await factory.organization({ name, languages: [language] })).id);
    await users.update({ id: user.id }, { language: null });
    return { client, email: user.email };
  };
  kalyna = await memberOf('Chor Kalyna', 'uk');
  dari = await memberOf('Dari-Kreis', 'fa');
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

async function createMeeting(day: string, time = '18:00'): Promise<string> {
  const start = new Date(`${day}T${time}:00+02:00`);
  const { createNetworkMeeting } = await staff.data(CREATE_NETWORK_MEETING, {
    input: {
      roomId,
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      title: `Netzwerktreffen ${day}`,
      agendaDeadline: new Date(start.getTime() - 3600_000).toISOString(),
    },
  });
  return createNetworkMeeting.id as string;
}

async function kindsOf(client: ApiClient, meetingId: string): Promise<string[]> {
  const { networkNotices } = await client.data(NETWORK_NOTICES);
  return (networkNotices as Array<{ kind: string; meetingId: string | null }>)
    .filter((notice) => notice.meetingId === meetingId)
    .map((notice) => notice.kind)
    .sort();
}

/** Sends every mail due a minute on and answers those about the meeting, by address. */
async function mailsAbout(meetingId: string) {
  const now = app.clock();
  app.clock.set(new Date(now.getTime() + 61_000));
  while ((await app.services.networkMails.sendDue()) > 0);
  app.clock.set(now);
  return mailbox.messages.filter((mail) => mail.text.includes(`/network/${meetingId}`));
}

describe(`the network's writes tell the MOs on ${ENGINE}`, () => {
  it('a move and a cancellation reach the MOs that come; the minutes reach every MO', async () => {
    const meetingId = await createMeeting('2026-06-17');
    await kalyna.client.data(RESPOND_TO_NETWORK_MEETING, { meetingId, input: { attending: true, people: 2 } });
    await dari.client.data(RESPOND_TO_NETWORK_MEETING, { meetingId, input: { attending: false } });
    await staff.data(UPDATE_NETWORK_MEETING, {
      id: meetingId,
      input: { start: '2026-06-18T18:00:00+02:00', end: '2026-06-18T20:00:00+02:00', agendaDeadline: '2026-06-18T12:00:00+02:00' },
    });
    expect(await kindsOf(kalyna.client, meetingId)).toEqual(['MEETING_MOVED']);
    expect(await kindsOf(dari.client, meetingId)).toEqual([]);
    const moved = await mailsAbout(meetingId);
    expect(moved.map((mail) => [mail.to[0], mail.language])).toEqual([[kalyna.email, 'uk']]);
    expect(moved[0]?.text).toMatch(/Тепер: .*18:00–20:00/);

    app.clock.set('2026-06-18T19:00:00+02:00');
    try {
      await staff.data(PUBLISH_MINUTES, {
        meetingId,
        input: { text: 'Wir haben beraten.', decisions: [{ text: 'Klavier', responsible: 'Team' }] },
      });
      expect(await kindsOf(kalyna.client, meetingId)).toEqual(['MEETING_MOVED', 'MINUTES_PUBLISHED']);
      expect(await kindsOf(dari.client, meetingId)).toEqual(['MINUTES_PUBLISHED']);
      const minutes = (await mailsAbout(meetingId)).filter((mail) => !moved.includes(mail));
      expect(minutes.map((mail) => [mail.to[0], mail.language]).sort()).toEqual(
        [
          [dari.email, 'fa'],
          [kalyna.email, 'uk'],
        ].sort(),
      );

      // a correction of the minutes tells nobody again, by notice or by mail
      app.clock.set('2026-06-18T21:00:00+02:00');
      await staff.data(PUBLISH_MINUTES, {
        meetingId,
        input: { text: 'Wir haben beraten; korrigiert.', decisions: [{ text: 'Klavier', responsible: 'Team' }] },
      });
      expect(await kindsOf(kalyna.client, meetingId)).toEqual(['MEETING_MOVED', 'MINUTES_PUBLISHED']);
      expect(await kindsOf(dari.client, meetingId)).toEqual(['MINUTES_PUBLISHED']);
      expect((await mailsAbout(meetingId)).filter((mail) => !moved.includes(mail) && !minutes.includes(mail))).toEqual([]);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('a called-off meeting is told to the MOs that come, and reminds nobody', async () => {
    const meetingId = await createMeeting('2026-06-03');
    await kalyna.client.data(RESPOND_TO_NETWORK_MEETING, { meetingId, input: { attending: true, people: 1 } });
    await staff.data(CANCEL_NETWORK_MEETING, { id: meetingId, reason: 'Wasserschaden' });
    expect(await kindsOf(kalyna.client, meetingId)).toEqual(['MEETING_CANCELLED']);
    expect(await kindsOf(dari.client, meetingId)).toEqual([]);
    app.clock.set('2026-06-02T18:30:00+02:00');
    try {
      await app.services.networkReminders.remindDue();
      expect(await kindsOf(kalyna.client, meetingId)).toEqual(['MEETING_CANCELLED']);
      expect(await kindsOf(dari.client, meetingId)).toEqual([]);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('a meeting moved out of the reminders’ window is reminded of again before its new date', async () => {
    const meetingId = await createMeeting('2026-06-04', '12:00');
    app.clock.set('2026-06-01T12:30:00+02:00');
    try {
      await app.services.networkReminders.remindDue();
      expect(await kindsOf(dari.client, meetingId)).toEqual(['ANSWER_REMINDER']);
      await staff.data(UPDATE_NETWORK_MEETING, {
        id: meetingId,
        input: { start: '2026-06-24T12:00:00+02:00', end: '2026-06-24T14:00:00+02:00', agendaDeadline: '2026-06-24T11:00:00+02:00' },
      });
      await app.services.networkReminders.remindDue();
      expect(await kindsOf(dari.client, meetingId)).toEqual(['ANSWER_REMINDER']);
      app.clock.set('2026-06-21T12:30:00+02:00');
      await app.services.networkReminders.remindDue();
      expect(await kindsOf(dari.client, meetingId)).toEqual(['ANSWER_REMINDER', 'ANSWER_REMINDER']);
    } finally {
      app.clock.set(NOW);
    }
  });

  it('a meeting created two days ahead does not remind every MO at once that it has not answered', async () => {
    const meetingId = await createMeeting('2026-06-03');
    await app.services.networkReminders.remindDue();
    expect(await kindsOf(kalyna.client, meetingId)).toEqual([]);
    expect(await kindsOf(dari.client, meetingId)).toEqual([]);
    // Kalyna answers; the day before, it is reminded that it comes
    await kalyna.client.data(RESPOND_TO_NETWORK_MEETING, { meetingId, input: { attending: true, people: 2 } });
    app.clock.set('2026-06-02T18:00:00+02:00');
    try {
      await app.services.networkReminders.remindDue();
      expect(await kindsOf(kalyna.client, meetingId)).toEqual(['COMING_REMINDER']);
      expect(await kindsOf(dari.client, meetingId)).toEqual([]);
    } finally {
      app.clock.set(NOW);
    }
  });
});
