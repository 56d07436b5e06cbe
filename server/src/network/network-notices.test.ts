import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { startMailbox, type ReceivedMail } from '../../test/smtp.js';
import { MARK_NETWORK_NOTICES_READ, NETWORK_NOTICES } from '../../test/documents.js';
import { User } from '../auth/user.entity.js';
import type { ChangeEntry } from '../changes/change-log.js';
import { MeetingResponse, NetworkMeeting, Proposal } from './network.entities.js';
import { tellNetworkChanges } from './network-notices.js';

// Monday 1 June 2026, 10:00 in Leipzig: every meeting below is dated from it, never from today.
const NOW = '2026-06-01T08:00:00Z';
const DAY = 86_400_000;

interface Member {
  client: ApiClient;
  id: string;
  email: string;
}

let app: TestApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let factory: Factory;
let roomId: string;
let centreId: string;
let kalynaId: string;
let dariId: string;
/** Kalyna (Ukrainian first): one member who chose Ukrainian, one who chose nothing (the MO's Ukrainian). */
let olena: Member;
let taras: Member;
/** Dari (Farsi): a member who chose nothing, and one who chose English. */
let parisa: Member;
let sam: Member;
/** A member of an MO that is no longer active: told nothing. */
let retired: Member;
let staffId: string;

const member = async (organizationId: string, language: string | null): Promise<Member> => {
  const { user, client } = await factory.memberClient(organizationId);
  await app.services.database.dataSource.getRepository(User).update({ id: user.id }, { language });
  return { client, id: user.id, email: user.email };
};

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({ now: NOW, config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 60 } });
  factory = new Factory(app);
  roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id })).id;
  centreId = (await factory.organization({ name: 'KolLEktiv', languages: ['de'] })).id;
  await app.services.database.dataSource.query(`UPDATE organization SET kind = 'CENTRE' WHERE id = $1`, [centreId]);
  kalynaId = (await factory.organization({ name: 'Chor Kalyna', languages: ['uk', 'de'] })).id;
  dariId = (await factory.organization({ name: 'Dari-Kreis', languages: ['fa'] })).id;
  const retiredMo = (await factory.organization({ name: 'Ehemalige', active: false })).id;
  olena = await member(kalynaId, 'uk');
  taras = await member(kalynaId, null);
  parisa = await member(dariId, null);
  sam = await member(dariId, 'en');
  retired = await member(retiredMo, 'de');
  staffId = (await factory.staffClient()).user.id;
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

let slot = 0;
/** A meeting `startsIn` ms after NOW, in the centre's booking like the meetings' writer makes them. */
async function meeting(startsIn = 10 * DAY): Promise<NetworkMeeting> {
  const start = new Date(Date.parse(NOW) + startsIn + slot++ * 3 * 3600_000);
  const booking = await factory.booking({
    roomId,
    organizationId: centreId,
    start: start.toISOString(),
    end: new Date(start.getTime() + 2 * 3600_000).toISOString(),
    title: 'Netzwerktreffen',
    category: 'NETWORK_MEETING',
    visibility: 'MEMBERS',
  });
  return app.services.database.dataSource.getRepository(NetworkMeeting).save({
    bookingId: booking.id,
    title: `Netzwerktreffen ${slot}`,
    description: '',
    agendaDeadline: start,
    interpretationLanguages: [],
    minutes: null,
    minutesPublishedAt: null,
    remindedUnansweredAt: null,
    remindedComingAt: null,
    createdById: staffId,
    updatedAt: new Date(NOW),
    version: 1,
  });
}

const respond = (meetingId: string, organizationId: string, attending: boolean) =>
  app.services.database.dataSource.getRepository(MeetingResponse).save({
    meetingId,
    organizationId,
    attending,
    people: attending ? 2 : 0,
    interpretation: [],
    respondedById: null,
    updatedAt: new Date(NOW),
  });

/** Tells the entries as a writer does, in a transaction of its own. */
const tell = (entries: Array<Partial<ChangeEntry> & Pick<ChangeEntry, 'entity' | 'entityId' | 'after'>>) =>
  app.services.database.dataSource.transaction((manager) =>
    tellNetworkChanges(
      manager,
      entries.map((entry, index) => ({
        cursor: String(index + 1),
        entry: { action: 'UPDATED', actorId: staffId, before: null, locationIds: [], roomIds: [], organizationId: null, ...entry },
      })),
      { mail: true, delayMs: 60_000, now: app.clock() },
    ),
  );

/** The kinds of someone's notices about one meeting or proposal. */
async function noticesOf(someone: Member, subjectId: string): Promise<string[]> {
  const { networkNotices } = await someone.client.data(NETWORK_NOTICES);
  return (networkNotices as Array<{ kind: string; meetingId: string | null; proposalId: string | null }>)
    .filter((notice) => notice.meetingId === subjectId || notice.proposalId === subjectId)
    .map((notice) => notice.kind)
    .sort();
}

/** Sends what is due `after` ms from now and answers the mails whose link names `path`, by address. */
async function mailsTo(path: string, after = 61_000): Promise<Map<string, ReceivedMail>> {
  const now = app.clock();
  app.clock.set(new Date(now.getTime() + after));
  try {
    while ((await app.services.networkMails.sendDue()) > 0);
  } finally {
    app.clock.set(now);
  }
  const mails = mailbox.messages.filter((mail) => mail.text.includes(path));
  return new Map(mails.map((mail) => [mail.to[0]!, mail]));
}

describe(`telling the MOs of the network on ${ENGINE}`, () => {
  it('tells every member of every active MO of published minutes, in their language, never the actor', async () => {
    const held = await meeting(-DAY);
    await tell([
      {
        entity: 'NETWORK_MEETING',
        entityId: held.id,
        actorId: sam.id,
        before: { minutesPublishedAt: null },
        after: { minutesPublishedAt: '2026-06-01T07:00:00Z' },
      },
    ]);
    expect(await noticesOf(olena, held.id)).toEqual(['MINUTES_PUBLISHED']);
    expect(await noticesOf(taras, held.id)).toEqual(['MINUTES_PUBLISHED']);
    expect(await noticesOf(parisa, held.id)).toEqual(['MINUTES_PUBLISHED']);
    expect(await noticesOf(sam, held.id)).toEqual([]);
    expect(await noticesOf(retired, held.id)).toEqual([]);

    const mails = await mailsTo(`/network/${held.id}`);
    expect([...mails.keys()].sort()).toEqual([olena.email, taras.email, parisa.email].sort());
    expect(mails.get(olena.email)?.language).toBe('uk');
    expect(mails.get(taras.email)?.language).toBe('uk');
    expect(mails.get(parisa.email)?.language).toBe('fa');
    expect(mails.get(olena.email)?.subject).toBe(`Протокол: ${held.title}`);
    expect(mails.get(parisa.email)?.text).toContain(`«${held.title}»`);
  });

  it('tells a meeting moved or called off only to the MOs that said they come', async () => {
    const coming = await meeting();
    await respond(coming.id, kalynaId, true);
    await respond(coming.id, dariId, false);
    await tell([
      {
        entity: 'NETWORK_MEETING',
        entityId: coming.id,
        before: { start: '2026-06-11T08:00:00.000Z', end: '2026-06-11T10:00:00.000Z', roomId },
        after: { start: '2026-06-12T08:00:00.000Z', end: '2026-06-12T10:00:00.000Z', roomId },
      },
    ]);
    await app.services.database.dataSource.query(`UPDATE booking SET status = 'CANCELLED' WHERE id = $1`, [coming.bookingId]);
    await tell([{ entity: 'NETWORK_MEETING', entityId: coming.id, action: 'CANCELLED', before: {}, after: { cancelled: true } }]);
    expect(await noticesOf(olena, coming.id)).toEqual(['MEETING_CANCELLED', 'MEETING_MOVED']);
    expect(await noticesOf(parisa, coming.id)).toEqual([]);
    expect(await noticesOf(sam, coming.id)).toEqual([]);
    // the move is stale once the meeting is off: only the cancellation is mailed
    const mails = mailbox.messages.filter((mail) => mail.text.includes(`/network/${coming.id}`));
    expect(mails).toHaveLength(0);
    const sent = await mailsTo(`/network/${coming.id}`);
    expect([...sent.keys()].sort()).toEqual([olena.email, taras.email].sort());
    expect(sent.get(olena.email)?.subject).toBe(`Скасовано: ${coming.title}`);
  });

  it('tells the proposing MO of the answer, with the answer and a link to the proposals', async () => {
    const proposal = await app.services.database.dataSource.getRepository(Proposal).save({
      organizationId: dariId,
      title: 'Ein Klavier samstags',
      text: '',
      language: 'de',
      status: 'DECLINED',
      answer: 'Leider kein Platz',
      answeredAt: new Date(NOW),
      answeredById: staffId,
      createdById: sam.id,
      updatedAt: new Date(NOW),
    });
    await tell([
      {
        entity: 'PROPOSAL',
        entityId: proposal.id,
        before: { status: 'OPEN', answer: null },
        after: { status: 'DECLINED', answer: 'Leider kein Platz' },
      },
    ]);
    expect(await noticesOf(parisa, proposal.id)).toEqual(['PROPOSAL_ANSWERED']);
    expect(await noticesOf(sam, proposal.id)).toEqual(['PROPOSAL_ANSWERED']);
    expect(await noticesOf(olena, proposal.id)).toEqual([]);
    await mailsTo('/network/proposals');
    const mail = mailbox.messages.find((received) => received.to.includes(sam.email) && received.subject.includes('Ein Klavier'));
    expect(mail?.language).toBe('en');
    expect(mail?.text).toContain('Leider kein Platz');
    expect(mail?.text).toContain(': declined.');
    expect(mail?.text).toMatch(/http:\/\/\S+\/network\/proposals/);
  });

  it('lists one’s own notices newest first with the meeting as it is now, and marks them read', async () => {
    const later = await meeting();
    await tell([{ entity: 'NETWORK_MEETING', entityId: later.id, action: 'CANCELLED', before: {}, after: {} }]);
    await respond(later.id, kalynaId, true);
    await tell([{ entity: 'NETWORK_MEETING', entityId: later.id, action: 'CANCELLED', before: {}, after: {} }]);
    const { networkNotices } = await olena.client.data(NETWORK_NOTICES, { unreadOnly: true });
    const notice = networkNotices.find((listed: { meetingId: string }) => listed.meetingId === later.id);
    expect(notice).toMatchObject({ kind: 'MEETING_CANCELLED', title: later.title, read: false, proposalId: null });
    expect(new Date(notice.start).getTime()).toBeGreaterThan(Date.parse(NOW));
    // someone else's notice is not theirs to mark
    expect((await parisa.client.data(MARK_NETWORK_NOTICES_READ, { ids: [notice.id] })).markNetworkNoticesRead).toBe(0);
    expect((await olena.client.data(MARK_NETWORK_NOTICES_READ, { ids: [notice.id] })).markNetworkNoticesRead).toBe(1);
    const after = await olena.client.data(NETWORK_NOTICES, { unreadOnly: true });
    expect(after.networkNotices.some((listed: { id: string }) => listed.id === notice.id)).toBe(false);
    expect((await olena.client.data(MARK_NETWORK_NOTICES_READ)).markNetworkNoticesRead).toBeGreaterThan(0);
    expect((await olena.client.data(NETWORK_NOTICES, { unreadOnly: true })).networkNotices).toEqual([]);
  });

  it('passes over entries that hold no news', async () => {
    const quiet = await meeting();
    await tell([
      { entity: 'NETWORK_MEETING', entityId: quiet.id, before: { title: 'A', roomId }, after: { title: 'B', roomId } },
      { entity: 'MEETING_RESPONSE', entityId: quiet.id, after: { attending: true } },
      { entity: 'BOOKING', entityId: quiet.bookingId, after: {} },
    ]);
    expect(await noticesOf(olena, quiet.id)).toEqual([]);
    expect(await noticesOf(parisa, quiet.id)).toEqual([]);
  });
});
