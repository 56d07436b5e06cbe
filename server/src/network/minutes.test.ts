import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../test/harness.js';
import { agendaScenario, FIFTY_KB } from '../../test/agenda-scenario.js';
import { MEETING_RECORD, PUBLISH_MINUTES, UPDATE_DECISION } from '../../test/agenda-documents.js';

const NOW = '2026-06-01T08:00:00Z';
let app: TestApp;
let scenario: Awaited<ReturnType<typeof agendaScenario>>;
let member: ApiClient;
let staff: ApiClient;

beforeAll(async () => {
  app = await createTestApp({ now: NOW });
  scenario = await agendaScenario(app);
  ({ member, staff } = scenario.clients);
});

beforeEach(() => app.clock.set(NOW));

afterAll(async () => {
  await app?.stop();
});

interface MeetingRecord {
  minutes: string | null;
  minutesPublishedAt: string | null;
  decisions: Array<{ id: string; text: string; responsible: string; state: string }>;
  attendance: Array<{ organization: { id: string }; people: number }> | null;
}

const recordOf = async (meetingId: string, client: ApiClient = staff): Promise<MeetingRecord> =>
  (await client.data(MEETING_RECORD, { id: meetingId })).networkMeeting as MeetingRecord;

/** A meeting that started an hour ago by the test's clock. */
async function heldMeeting(): Promise<{ id: string; start: Date }> {
  const meeting = await scenario.meeting(3);
  app.clock.set(new Date(meeting.start.getTime() + 3600_000));
  return meeting;
}

const minutes = () => ({
  text: 'Zwölf MOs waren da.\nWir haben über Räume gesprochen.',
  decisions: [{ text: 'Samstags öffnet der Saal für Chöre.', responsible: 'Team' }, { text: 'Nächstes Treffen auf Arabisch übersetzt.' }],
  attendance: [
    { organizationId: scenario.organizationId, people: 3 },
    { organizationId: scenario.otherOrganizationId, people: 2 },
  ],
});

describe('publishing the minutes', () => {
  it('is refused before the meeting starts (MEETING_NOT_HELD) and for one called off, changing nothing', async () => {
    const meeting = await scenario.meeting(3);
    app.clock.set(new Date(meeting.start.getTime() - 1000));
    const early = await staff.errorCode(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() });
    expect(early.extensions).toMatchObject({ code: 'MEETING_NOT_HELD', start: meeting.start.toISOString(), state: 'COMING' });
    await scenario.callOff(meeting.id);
    app.clock.set(new Date(meeting.start.getTime() + 3600_000));
    const cancelled = await staff.errorCode(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() });
    expect(cancelled.extensions).toMatchObject({ code: 'MEETING_NOT_HELD', state: 'CANCELLED' });
    expect(await recordOf(meeting.id)).toMatchObject({ minutes: null, minutesPublishedAt: null, decisions: [], attendance: [] });
  });

  it('is staff’s once the meeting started; members and coaches read minutes and decisions, only staff who came', async () => {
    const meeting = await heldMeeting();
    const logged = { meeting: await scenario.changeCount('NETWORK_MEETING'), decisions: await scenario.changeCount('MEETING_DECISION') };
    for (const client of [member, scenario.clients.otherMember, scenario.clients.coach])
      expect((await client.errorCode(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() })).code).toBe('FORBIDDEN');
    for (const client of [scenario.clients.anonymous, scenario.clients.display])
      expect((await client.errorCode(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() })).code).toBe('UNAUTHENTICATED');

    const { publishMinutes } = await staff.data(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() });
    expect(publishMinutes).toMatchObject({
      minutes: minutes().text,
      minutesPublishedAt: app.clock().toISOString(),
      decisions: [
        { text: 'Samstags öffnet der Saal für Chöre.', responsible: 'Team', state: 'OPEN' },
        { text: 'Nächstes Treffen auf Arabisch übersetzt.', responsible: '', state: 'OPEN' },
      ],
    });
    expect(publishMinutes.attendance).toHaveLength(2);
    for (const client of [member, scenario.clients.coach]) {
      const record = await recordOf(meeting.id, client);
      expect(record).toMatchObject({ minutes: minutes().text, attendance: null });
      expect(record.decisions).toHaveLength(2);
    }
    expect(await scenario.changeCount('NETWORK_MEETING')).toBe(logged.meeting + 1);
    expect(await scenario.changeCount('MEETING_DECISION')).toBe(logged.decisions + 2);
    const [entry] = await scenario.sql<Array<{ before: { minutesPublishedAt: string | null }; after: { minutesPublishedAt: string } }>>(
      `SELECT before, after FROM change_log WHERE entity = 'NETWORK_MEETING' AND entity_id = $1 ORDER BY cursor DESC LIMIT 1`,
      [meeting.id],
    );
    expect(entry).toMatchObject({ before: { minutesPublishedAt: null }, after: { minutesPublishedAt: app.clock().toISOString() } });
  });

  it('again matches decisions by id: a kept one keeps its state wherever it moves, a new one starts OPEN, one left out goes', async () => {
    const meeting = await heldMeeting();
    const first = (await staff.data(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() })).publishMinutes as MeetingRecord;
    const [done, open] = first.decisions as [MeetingRecord['decisions'][number], MeetingRecord['decisions'][number]];
    await staff.data(UPDATE_DECISION, { id: done.id, state: 'DONE' });
    const logged = await scenario.changeCount('MEETING_DECISION');
    // a new decision first, then the done one, moved down a place; the open one left out
    const again = (
      await staff.data(PUBLISH_MINUTES, {
        meetingId: meeting.id,
        input: {
          text: 'Berichtigt.',
          decisions: [{ text: 'Ein neuer Beschluss.' }, { id: done.id, text: done.text, responsible: 'Vorstand' }],
        },
      })
    ).publishMinutes as MeetingRecord;
    expect(again).toMatchObject({
      minutes: 'Berichtigt.',
      decisions: [
        { text: 'Ein neuer Beschluss.', state: 'OPEN' },
        { id: done.id, text: done.text, responsible: 'Vorstand', state: 'DONE' },
      ],
    });
    expect(again.decisions.map((decision) => decision.id)).not.toContain(open.id);
    expect(await scenario.sql('SELECT id FROM meeting_decision WHERE id = $1', [open.id])).toEqual([]);
    // created, updated, deleted: one entry each
    expect(await scenario.changeCount('MEETING_DECISION')).toBe(logged + 3);
    // attendance left out: the record kept so far stays
    expect(again.attendance).toHaveLength(2);

    const foreign = (await staff.data(PUBLISH_MINUTES, { meetingId: (await heldMeeting()).id, input: minutes() })).publishMinutes;
    const refusals: Array<[Array<Record<string, unknown>>, string]> = [
      [[{ id: (foreign as MeetingRecord).decisions[0]!.id, text: 'Fremd' }], 'INVALID_ID'],
      [[{ id: 'nonsense', text: 'Kaputt' }], 'INVALID_ID'],
      [
        [
          { id: done.id, text: 'Eins' },
          { id: done.id, text: 'Zwei' },
        ],
        'DUPLICATE',
      ],
    ];
    for (const [decisions, reason] of refusals)
      expect((await staff.errorCode(PUBLISH_MINUTES, { meetingId: meeting.id, input: { text: 'X', decisions } })).extensions).toMatchObject(
        { code: 'BAD_USER_INPUT', field: 'decisions', reason },
      );
    expect((await recordOf(meeting.id)).decisions.map((decision) => decision.id)).toEqual(again.decisions.map((decision) => decision.id));

    const cleared = (
      await staff.data(PUBLISH_MINUTES, { meetingId: meeting.id, input: { text: 'Ohne Liste.', decisions: [], attendance: [] } })
    ).publishMinutes as MeetingRecord;
    expect(cleared).toMatchObject({ decisions: [], attendance: [] });
  });

  it('swaps two kept decisions’ places, each with its state', async () => {
    const meeting = await heldMeeting();
    const first = (await staff.data(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() })).publishMinutes as MeetingRecord;
    const [a, b] = first.decisions as [MeetingRecord['decisions'][number], MeetingRecord['decisions'][number]];
    await staff.data(UPDATE_DECISION, { id: b.id, state: 'DONE' });
    const swapped = (
      await staff.data(PUBLISH_MINUTES, {
        meetingId: meeting.id,
        input: { text: 'Umgestellt.', decisions: [b, a].map(({ id, text, responsible }) => ({ id, text, responsible })) },
      })
    ).publishMinutes as MeetingRecord;
    expect(swapped.decisions.map(({ id, state }) => [id, state])).toEqual([
      [b.id, 'DONE'],
      [a.id, 'OPEN'],
    ]);
  });

  it('refuses 50 kB minutes, a 50 kB decision and bad attendance by field, and keeps what was published', async () => {
    const meeting = await heldMeeting();
    await staff.data(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() });
    const before = await recordOf(meeting.id);
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...minutes(), text: FIFTY_KB }, 'text', 'TOO_LONG'],
      [{ ...minutes(), decisions: [{ text: FIFTY_KB }] }, 'decisions', 'TOO_LONG'],
      [{ ...minutes(), text: ' ' }, 'text', 'REQUIRED'],
      [{ ...minutes(), attendance: [{ organizationId: scenario.centreId, people: 2 }] }, 'organizationId', 'UNKNOWN_ORGANIZATION'],
      [
        {
          ...minutes(),
          attendance: [
            { organizationId: scenario.organizationId, people: 2 },
            { organizationId: scenario.organizationId, people: 1 },
          ],
        },
        'attendance',
        'DUPLICATE',
      ],
      [{ ...minutes(), attendance: [{ organizationId: scenario.organizationId, people: 0 }] }, 'people', 'OUT_OF_RANGE'],
    ];
    for (const [input, field, reason] of cases)
      expect((await staff.errorCode(PUBLISH_MINUTES, { meetingId: meeting.id, input })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    expect(await recordOf(meeting.id)).toEqual(before);
  });
});

describe('a decision’s state', () => {
  it('is staff’s to change; others are refused and an unknown one is not found', async () => {
    const meeting = await heldMeeting();
    const { publishMinutes } = await staff.data(PUBLISH_MINUTES, { meetingId: meeting.id, input: minutes() });
    const decision = (publishMinutes as MeetingRecord).decisions[1]!;
    const logged = await scenario.changeCount('MEETING_DECISION');
    const { updateDecision } = await staff.data(UPDATE_DECISION, { id: decision.id, state: 'DONE' });
    expect(updateDecision).toMatchObject({ id: decision.id, state: 'DONE' });
    expect(await scenario.changeCount('MEETING_DECISION')).toBe(logged + 1);
    for (const client of [member, scenario.clients.coach])
      expect((await client.errorCode(UPDATE_DECISION, { id: decision.id, state: 'OPEN' })).code).toBe('FORBIDDEN');
    expect((await scenario.clients.anonymous.errorCode(UPDATE_DECISION, { id: decision.id, state: 'OPEN' })).code).toBe('UNAUTHENTICATED');
    expect((await staff.errorCode(UPDATE_DECISION, { id: '00000000-0000-4000-8000-000000000000', state: 'OPEN' })).code).toBe('NOT_FOUND');
    expect((await recordOf(meeting.id, member)).decisions[1]?.state).toBe('DONE');
  });
});
