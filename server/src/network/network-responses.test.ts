import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, ENGINE, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import {
  CANCEL_NETWORK_MEETING,
  CREATE_NETWORK_MEETING,
  NETWORK_MEETING,
  RESPOND_TO_NETWORK_MEETING,
} from '../../test/meeting-documents.js';

let app: TestApp;
let factory: Factory;
let roomId: string;
let organizationId: string;
let otherOrganizationId: string;
let staff: ApiClient;
let member: ApiClient;
let sameMoMember: ApiClient;
let otherMember: ApiClient;
let coach: ApiClient;

// Monday 1 June 2026, 10:00 in Leipzig; the house is open around the clock
const NOW = '2026-06-01T08:00:00Z';
beforeAll(async () => {
  app = await createTestApp({ now: NOW });
  factory = new Factory(app);
  const locationId = (await factory.location({ openingHours: ALWAYS_OPEN })).id;
  roomId = (await factory.room({ locationId, capacity: 80 })).id;
  organizationId = (await factory.organization()).id;
  otherOrganizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
  sameMoMember = (await factory.memberClient(organizationId)).client;
  otherMember = (await factory.memberClient(otherOrganizationId)).client;
  coach = (await factory.coachClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

let day = 0;
/** A meeting on a coming evening (a new day each time), 18:00–20:00 in Leipzig. */
async function meeting(): Promise<{ id: string; start: string }> {
  const start = new Date(Date.parse('2026-06-02T18:00:00+02:00') + day++ * 86_400_000);
  const { createNetworkMeeting } = await staff.data(CREATE_NETWORK_MEETING, {
    input: {
      roomId,
      title: 'Netzwerktreffen',
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3600_000).toISOString(),
      agendaDeadline: new Date(start.getTime() - 3600_000).toISOString(),
      interpretationLanguages: ['ar', 'uk'],
    },
  });
  return createNetworkMeeting as { id: string; start: string };
}

const answersOf = async (meetingId: string) =>
  app.services.database.dataSource.query<Array<{ organization_id: string; people: number }>>(
    'SELECT organization_id, people FROM meeting_response WHERE meeting_id = $1',
    [meetingId],
  );

describe('answering a meeting', () => {
  it('is one answer per MO: a second member of the MO changes it', async () => {
    const { id } = await meeting();
    const { respondToNetworkMeeting: first } = await member.data(RESPOND_TO_NETWORK_MEETING, {
      meetingId: id,
      input: { attending: true, people: 3, interpretation: ['uk'] },
    });
    expect(first).toMatchObject({ attending: true, people: 3, interpretation: ['uk'], organization: { id: organizationId } });
    const { respondToNetworkMeeting: second } = await sameMoMember.data(RESPOND_TO_NETWORK_MEETING, {
      meetingId: id,
      input: { attending: false, people: 3, interpretation: ['uk'] },
    });
    // the same answer, changed; not coming needs neither seats nor interpretation
    expect(second).toMatchObject({ id: first.id, attending: false, people: 0, interpretation: [] });
    expect(await answersOf(id)).toEqual([{ organization_id: organizationId, people: 0 }]);
    const log = await app.services.database.dataSource.query<Array<{ action: string; organization_id: string }>>(
      `SELECT action, organization_id FROM change_log WHERE entity = 'MEETING_RESPONSE' AND entity_id = $1 ORDER BY cursor`,
      [first.id],
    );
    expect(log).toEqual([
      { action: 'CREATED', organization_id: organizationId },
      { action: 'UPDATED', organization_id: organizationId },
    ]);
  });

  it(`stays one answer per MO when two members answer at the same moment (${ENGINE})`, async () => {
    for (let round = 0; round < 3; round++) {
      const { id } = await meeting();
      const results = await Promise.all([
        member.request(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input: { attending: true, people: 2 } }),
        sameMoMember.request(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input: { attending: true, people: 5 } }),
        otherMember.request(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input: { attending: true, people: 1 } }),
      ]);
      expect(results.map((result) => result.errors)).toEqual([undefined, undefined, undefined]);
      const answers = await answersOf(id);
      expect(answers.filter((answer) => answer.organization_id === organizationId)).toHaveLength(1);
      expect(answers).toHaveLength(2);
      // the answer left is the one written last, and the log tells one creation and one change of it
      const log = await app.services.database.dataSource.query<Array<{ action: string; people: number }>>(
        `SELECT action, (after->>'people')::int AS people FROM change_log
          WHERE entity = 'MEETING_RESPONSE' AND organization_id = $1 AND after->>'meetingId' = $2 ORDER BY cursor`,
        [organizationId, id],
      );
      expect(log.map((entry) => entry.action)).toEqual(['CREATED', 'UPDATED']);
      expect(answers.find((answer) => answer.organization_id === organizationId)?.people).toBe(log[1]!.people);
    }
  });

  it('is the MO’s own word: staff and coaches answer for no MO, strangers are refused', async () => {
    const { id } = await meeting();
    const input = { attending: true, people: 2 };
    expect((await staff.errorCode(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input })).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input })).code).toBe('UNAUTHENTICATED');
    expect((await member.errorCode(RESPOND_TO_NETWORK_MEETING, { meetingId: '00000000-0000-4000-8000-000000000000', input })).code).toBe(
      'NOT_FOUND',
    );
    expect(await answersOf(id)).toEqual([]);
  });

  it('is refused for an MO since deactivated', async () => {
    const { id } = await meeting();
    const leaving = (await factory.organization()).id;
    const client = (await factory.memberClient(leaving)).client;
    await app.services.database.dataSource.query('UPDATE organization SET active = false WHERE id = $1', [leaving]);
    expect((await client.errorCode(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input: { attending: false } })).code).toBe('FORBIDDEN');
  });

  it.each([
    ['coming without people', { attending: true }, 'people', 'REQUIRED'],
    ['coming with no one', { attending: true, people: 0 }, 'people', 'OUT_OF_RANGE'],
    ['coming with 501', { attending: true, people: 501 }, 'people', 'OUT_OF_RANGE'],
    ['a language that is no tag', { attending: true, people: 2, interpretation: ['Ukrainisch'] }, 'interpretation', 'INVALID_LANGUAGE'],
    ['a 50 kB language', { attending: true, people: 2, interpretation: ['u'.repeat(50_000)] }, 'interpretation', 'INVALID_LANGUAGE'],
    [
      'eleven languages',
      { attending: true, people: 2, interpretation: ['ar', 'uk', 'fa', 'ru', 'tr', 'de', 'en', 'fr', 'es', 'it', 'pl'] },
      'interpretation',
      'OUT_OF_RANGE',
    ],
  ])('refuses %s and changes nothing', async (_name, input, field, reason) => {
    const { id } = await meeting();
    const response = await member.request(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input });
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field, reason });
    expect(await answersOf(id)).toEqual([]);
  });

  it('is MEETING_OVER once the meeting has started, or was called off', async () => {
    const held = await meeting();
    const called = await meeting();
    await member.data(RESPOND_TO_NETWORK_MEETING, { meetingId: held.id, input: { attending: true, people: 2 } });
    await staff.data(CANCEL_NETWORK_MEETING, { id: called.id, reason: 'Krankheit' });
    const cancelled = await member.request(RESPOND_TO_NETWORK_MEETING, { meetingId: called.id, input: { attending: true, people: 2 } });
    expect(cancelled.errors?.[0]?.extensions).toEqual({ code: 'MEETING_OVER', state: 'CANCELLED' });
    try {
      app.clock.set(held.start);
      const late = await member.request(RESPOND_TO_NETWORK_MEETING, { meetingId: held.id, input: { attending: false } });
      expect(late.errors?.[0]?.extensions).toEqual({ code: 'MEETING_OVER', state: 'HELD' });
    } finally {
      app.clock.set(NOW);
    }
    expect(await answersOf(held.id)).toEqual([{ organization_id: organizationId, people: 2 }]);
  });
});

describe('what each reads of the answers', () => {
  it('gives a member their MO’s answer and the count; staff every answer, who has not answered and the languages', async () => {
    const { id } = await meeting();
    await member.data(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input: { attending: true, people: 4, interpretation: ['uk', 'ar'] } });
    await otherMember.data(RESPOND_TO_NETWORK_MEETING, { meetingId: id, input: { attending: true, people: 2, interpretation: ['uk'] } });

    const { networkMeeting: mine } = await sameMoMember.data(NETWORK_MEETING, { id });
    expect(mine).toMatchObject({
      attendingCount: 2,
      myResponse: { attending: true, people: 4, organization: { id: organizationId } },
      responses: null,
      notAnswered: null,
      interpretationNeeds: null,
      abilities: { respond: true },
    });
    const { networkMeeting: theirs } = await otherMember.data(NETWORK_MEETING, { id });
    expect(theirs.myResponse).toMatchObject({ people: 2, organization: { id: otherOrganizationId } });

    const { networkMeeting: all } = await staff.data(NETWORK_MEETING, { id });
    expect(all.myResponse).toBeNull();
    expect(all.responses.map((response: { organization: { id: string } }) => response.organization.id).sort()).toEqual(
      [organizationId, otherOrganizationId].sort(),
    );
    expect(all.interpretationNeeds).toEqual([
      { language: 'uk', organizations: 2, people: 6 },
      { language: 'ar', organizations: 1, people: 4 },
    ]);
    const notAnswered = all.notAnswered.map((organization: { id: string }) => organization.id);
    expect(notAnswered).not.toContain(organizationId);
    expect(notAnswered).not.toContain(otherOrganizationId);
    const invited = await app.services.database.dataSource.query<Array<{ n: number }>>(
      `SELECT count(*)::int AS n FROM organization WHERE active AND kind = 'MO'`,
    );
    expect(notAnswered).toHaveLength(invited[0]!.n - 2);
  });
});
