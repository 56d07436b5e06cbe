import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { ANSWER_PROPOSAL, CREATE_PROPOSAL } from '../../test/documents.js';
import { CREATE_NETWORK_MEETING, RESPOND_TO_NETWORK_MEETING } from '../../test/meeting-documents.js';
import { PUBLISH_MINUTES } from '../../test/agenda-documents.js';

/** What the report reads, written by the network's own mutations rather than by hand (`network-report.test.ts`). */
const MARCH = `
  query { networkReport(from: "2027-03-01T00:00:00+01:00", to: "2027-04-01T00:00:00+02:00") {
    rows { period meetingsHeld mosInvited mosPresent peoplePresent proposalsMade proposalsAnswered proposalsDone }
  } }
`;

let app: TestApp;
let factory: Factory;
let staff: () => Promise<ApiClient>;
let kalyna: string;
let gruenau: string;
let roomId: string;

beforeAll(async () => {
  app = await createTestApp({ now: '2027-03-01T08:00:00Z' });
  factory = new Factory(app);
  const mo = async (name: string) => {
    const { id } = await factory.organization({ name });
    // members of the network since January, whatever day the test runs on
    await app.services.database.dataSource.query(`UPDATE organization SET created_at = '2027-01-05T10:00:00Z' WHERE id = $1`, [id]);
    return id;
  };
  kalyna = await mo('Chor Kalyna');
  gruenau = await mo('Nachbarschaftsverein Grünau');
  roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id, capacity: 60 })).id;
  // the clock moves by days: each step signs in afresh
  staff = async () => (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

const march = async () => {
  const { networkReport } = await (await staff()).data<{ networkReport: { rows: Array<Record<string, number | string>> } }>(MARCH);
  return networkReport.rows[0];
};

describe('the network report over what the network’s mutations wrote', () => {
  it('counts a meeting once it started, its answers until the minutes say who came, and a proposal made and done', async () => {
    const { createNetworkMeeting: meeting } = await (
      await staff()
    ).data(CREATE_NETWORK_MEETING, {
      input: {
        roomId,
        start: '2027-03-10T17:00:00Z',
        end: '2027-03-10T19:00:00Z',
        title: 'Netzwerktreffen im März',
        agendaDeadline: '2027-03-07T17:00:00Z',
      },
    });
    const kalynaMember = (await factory.memberClient(kalyna)).client;
    await kalynaMember.data(RESPOND_TO_NETWORK_MEETING, { meetingId: meeting.id, input: { attending: true, people: 3 } });
    await (
      await factory.memberClient(gruenau)
    ).client.data(RESPOND_TO_NETWORK_MEETING, {
      meetingId: meeting.id,
      input: { attending: false },
    });
    const { createProposal: proposal } = await kalynaMember.data(CREATE_PROPOSAL, {
      input: { title: 'Sonntags öffnen', language: 'de' },
    });
    // not held yet; the centre's own organisation, made with the meeting, is no MO and not invited
    expect(await march()).toMatchObject({ period: '2027-03', meetingsHeld: 0, mosInvited: 0, proposalsMade: 1, proposalsAnswered: 0 });

    app.clock.set('2027-03-10T18:00:00Z');
    expect(await march()).toMatchObject({ meetingsHeld: 1, mosInvited: 2, mosPresent: 1, peoplePresent: 3 });

    await (
      await staff()
    ).data(PUBLISH_MINUTES, {
      meetingId: meeting.id,
      input: {
        text: 'Wir haben über Sonntage gesprochen.',
        decisions: [{ text: 'Das Team prüft Sonntage.' }],
        attendance: [
          { organizationId: kalyna, people: 2 },
          { organizationId: gruenau, people: 1 },
        ],
      },
    });
    app.clock.set('2027-03-12T09:00:00Z');
    await (await staff()).data(ANSWER_PROPOSAL, { id: proposal.id, status: 'DONE', answer: 'Ab April zwei Sonntage im Monat.' });
    expect(await march()).toEqual({
      period: '2027-03',
      meetingsHeld: 1,
      mosInvited: 2,
      mosPresent: 2,
      peoplePresent: 3,
      proposalsMade: 1,
      proposalsAnswered: 1,
      proposalsDone: 1,
    });
  });
});
