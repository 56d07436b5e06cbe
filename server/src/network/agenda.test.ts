import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { collect, createTestApp, subscribed, until, type ApiClient, type TestApp } from '../../test/harness.js';
import { agendaScenario, FIFTY_KB } from '../../test/agenda-scenario.js';
import {
  DECIDE_AGENDA_ITEM,
  MEETING_RECORD,
  ORDER_AGENDA,
  PROPOSE_AGENDA_ITEM,
  PUBLISH_MINUTES,
  UPDATE_AGENDA_ITEM,
} from '../../test/agenda-documents.js';
import { NETWORK_CHANGES } from '../../test/meeting-documents.js';
import { MAX_AGENDA_ITEMS } from './agenda-input.js';
import { NOT_IN_AGENDA_SNAPSHOTS, agendaItemSnapshot, decisionSnapshot } from './agenda-log.js';
import { AgendaItem, MeetingDecision } from './network.entities.js';

const NOW = '2026-06-01T08:00:00Z';
let app: TestApp;
let scenario: Awaited<ReturnType<typeof agendaScenario>>;
let member: ApiClient;
let otherMember: ApiClient;
let staff: ApiClient;

beforeAll(async () => {
  app = await createTestApp({ now: NOW });
  scenario = await agendaScenario(app);
  ({ member, otherMember, staff } = scenario.clients);
});

beforeEach(() => app.clock.set(NOW));

afterAll(async () => {
  await app?.stop();
});

interface Item {
  id: string;
  meetingId: string;
  title: string;
  text: string;
  status: string;
  position: number | null;
  mergedIntoId: string | null;
  movedFromMeetingId: string | null;
  proposalId: string | null;
  mayEdit: boolean;
  language: string;
  createdAt: string;
  organization: { id: string } | null;
}

const topic = (title = 'Ein Raum für Kinder') => ({ title, text: 'Samstags am Nachmittag.', language: 'uk' });

async function propose(client: ApiClient, meetingId: string, input = topic()): Promise<Item> {
  return (await client.data(PROPOSE_AGENDA_ITEM, { meetingId, input })).proposeAgendaItem as Item;
}

async function decide(id: string, decision: string, more: { toMeetingId?: string; intoItemId?: string } = {}): Promise<Item> {
  return (await staff.data(DECIDE_AGENDA_ITEM, { id, decision, ...more })).decideAgendaItem as Item;
}

async function agendaOf(meetingId: string, client: ApiClient = staff): Promise<Item[]> {
  return (await client.data(MEETING_RECORD, { id: meetingId })).networkMeeting.agenda as Item[];
}

const itemCount = async () => (await scenario.sql<Array<{ n: number }>>('SELECT count(*)::int AS n FROM agenda_item'))[0]!.n;

describe('putting a topic on the agenda', () => {
  it('lets a member bring one for their MO before the deadline; everyone signed in reads it, live through the log', async () => {
    const meeting = await scenario.meeting(7);
    const logged = await scenario.changeCount('AGENDA_ITEM');
    const item = await propose(member, meeting.id);
    expect(item).toMatchObject({
      meetingId: meeting.id,
      status: 'PROPOSED',
      position: null,
      organization: { id: scenario.organizationId },
      mayEdit: true,
    });
    expect(await scenario.changeCount('AGENDA_ITEM')).toBe(logged + 1);
    const [entry] = await scenario.sql<Array<{ after: { meetingId: string } }>>(
      `SELECT after FROM change_log WHERE entity = 'AGENDA_ITEM' AND entity_id = $1`,
      [item.id],
    );
    expect(entry?.after.meetingId).toBe(meeting.id);
    for (const client of [member, otherMember, scenario.clients.coach, staff])
      expect((await agendaOf(meeting.id, client)).map((one) => one.id)).toEqual([item.id]);
    expect((await agendaOf(meeting.id, otherMember))[0]?.mayEdit).toBe(false);
    expect((await agendaOf(meeting.id, scenario.clients.coach))[0]?.mayEdit).toBe(false);
    expect((await agendaOf(meeting.id, staff))[0]?.mayEdit).toBe(true);
  });

  it('refuses MOs after the deadline (AGENDA_CLOSED) and writes nothing; staff add until the meeting starts', async () => {
    const meeting = await scenario.meeting(3, 24);
    app.clock.set(new Date(meeting.deadline.getTime() - 1000));
    await propose(member, meeting.id);
    app.clock.set(meeting.deadline);
    const before = await itemCount();
    const refusal = await member.errorCode(PROPOSE_AGENDA_ITEM, { meetingId: meeting.id, input: topic() });
    expect(refusal.code).toBe('AGENDA_CLOSED');
    expect(refusal.extensions).toMatchObject({ deadline: meeting.deadline.toISOString(), state: 'COMING' });
    expect(await itemCount()).toBe(before);

    const centreTopic = await propose(staff, meeting.id, topic('Haushalt 2027'));
    expect(centreTopic.organization).toBeNull();
    app.clock.set(meeting.start);
    expect((await staff.errorCode(PROPOSE_AGENDA_ITEM, { meetingId: meeting.id, input: topic() })).extensions).toMatchObject({
      code: 'AGENDA_CLOSED',
      state: 'HELD',
    });
  });

  it('refuses a meeting called off, for MOs and staff alike', async () => {
    const meeting = await scenario.meeting(10);
    await scenario.callOff(meeting.id);
    for (const client of [member, staff])
      expect((await client.errorCode(PROPOSE_AGENDA_ITEM, { meetingId: meeting.id, input: topic() })).extensions).toMatchObject({
        code: 'AGENDA_CLOSED',
        state: 'CANCELLED',
      });
  });

  it('is not for coaches, strangers or wall displays, and an unknown meeting is not found', async () => {
    const meeting = await scenario.meeting(7);
    const variables = { meetingId: meeting.id, input: topic() };
    expect((await scenario.clients.coach.errorCode(PROPOSE_AGENDA_ITEM, variables)).code).toBe('FORBIDDEN');
    expect((await scenario.clients.anonymous.errorCode(PROPOSE_AGENDA_ITEM, variables)).code).toBe('UNAUTHENTICATED');
    expect((await scenario.clients.display.errorCode(PROPOSE_AGENDA_ITEM, variables)).code).toBe('UNAUTHENTICATED');
    expect((await member.errorCode(PROPOSE_AGENDA_ITEM, { ...variables, meetingId: '00000000-0000-4000-8000-000000000000' })).code).toBe(
      'NOT_FOUND',
    );
    for (const client of [scenario.clients.anonymous, scenario.clients.display])
      expect((await client.errorCode(MEETING_RECORD, { id: meeting.id })).code).toBe('UNAUTHENTICATED');
  });

  it('puts a proposal on the agenda by staff only, as its MO’s topic', async () => {
    const meeting = await scenario.meeting(7);
    const proposalId = await scenario.proposal(scenario.otherOrganizationId);
    expect((await member.errorCode(PROPOSE_AGENDA_ITEM, { meetingId: meeting.id, input: { ...topic(), proposalId } })).code).toBe(
      'FORBIDDEN',
    );
    const item = await propose(staff, meeting.id, { ...topic(), proposalId } as ReturnType<typeof topic>);
    expect(item).toMatchObject({ proposalId, organization: { id: scenario.otherOrganizationId } });
    const unknown = await staff.errorCode(PROPOSE_AGENDA_ITEM, {
      meetingId: meeting.id,
      input: { ...topic(), proposalId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(unknown.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'proposalId' });
  });

  it('keeps a well-formed language tag trimmed and canonical, script and region too', async () => {
    const meeting = await scenario.meeting(60);
    expect((await propose(member, meeting.id, { ...topic(), language: ' sr-Latn-RS ' })).language).toBe('sr-Latn-RS');
    expect((await propose(member, meeting.id, { ...topic(), language: 'zh-hant-tw' })).language).toBe('zh-Hant-TW');
  });

  it('dates a topic by the service’s clock and lists proposed topics in that order', async () => {
    const meeting = await scenario.meeting(61);
    app.clock.set(new Date(Date.parse(NOW) + 2 * 60_000));
    const later = await propose(member, meeting.id, topic('Später gebracht'));
    expect(later.createdAt).toBe(app.clock().toISOString());
    app.clock.set(new Date(Date.parse(NOW) + 60_000));
    const earlier = await propose(otherMember, meeting.id, topic('Früher gebracht'));
    expect(earlier.createdAt).toBe(app.clock().toISOString());
    expect((await agendaOf(meeting.id)).map((item) => item.title)).toEqual(['Früher gebracht', 'Später gebracht']);
  });

  it('refuses 50 kB texts, long titles and a missing language by field, and changes nothing', async () => {
    const meeting = await scenario.meeting(7);
    const before = await itemCount();
    const cases: Array<[Record<string, unknown>, string, string]> = [
      [{ ...topic(), text: FIFTY_KB }, 'text', 'TOO_LONG'],
      [{ ...topic(), title: 'T'.repeat(201) }, 'title', 'TOO_LONG'],
      [{ ...topic(), title: '   ' }, 'title', 'REQUIRED'],
      [{ ...topic(), language: '' }, 'language', 'REQUIRED'],
      [{ ...topic(), language: 'not a language' }, 'language', 'INVALID_LANGUAGE'],
    ];
    for (const [input, field, reason] of cases)
      expect((await member.errorCode(PROPOSE_AGENDA_ITEM, { meetingId: meeting.id, input })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field,
        reason,
      });
    expect(await itemCount()).toBe(before);
  });
});

describe('editing a topic', () => {
  it('is its MO’s until staff decide (ALREADY_DECIDED after); staff always; nobody else', async () => {
    const meeting = await scenario.meeting(7);
    const item = await propose(member, meeting.id);
    const edited = (await member.data(UPDATE_AGENDA_ITEM, { id: item.id, input: topic('Ein Raum für Jugendliche') })).updateAgendaItem;
    expect(edited).toMatchObject({ title: 'Ein Raum für Jugendliche', status: 'PROPOSED' });
    expect((await otherMember.errorCode(UPDATE_AGENDA_ITEM, { id: item.id, input: topic() })).code).toBe('FORBIDDEN');
    expect((await scenario.clients.coach.errorCode(UPDATE_AGENDA_ITEM, { id: item.id, input: topic() })).code).toBe('FORBIDDEN');
    expect((await scenario.clients.anonymous.errorCode(UPDATE_AGENDA_ITEM, { id: item.id, input: topic() })).code).toBe('UNAUTHENTICATED');

    await decide(item.id, 'ACCEPT');
    const refusal = await member.errorCode(UPDATE_AGENDA_ITEM, { id: item.id, input: topic('Zu spät') });
    expect(refusal.extensions).toMatchObject({ code: 'ALREADY_DECIDED', status: 'ACCEPTED' });
    expect((await agendaOf(meeting.id, member))[0]).toMatchObject({ title: 'Ein Raum für Jugendliche', mayEdit: false });
    const byStaff = (await staff.data(UPDATE_AGENDA_ITEM, { id: item.id, input: topic('Räume für Jugendliche') })).updateAgendaItem;
    expect(byStaff).toMatchObject({ title: 'Räume für Jugendliche', status: 'ACCEPTED', position: 1 });
  });

  it('closes to its MO with the agenda: AGENDA_CLOSED after the deadline, once started or called off; staff still edit', async () => {
    const meeting = await scenario.meeting(4, 24);
    const item = await propose(member, meeting.id);
    app.clock.set(meeting.deadline);
    const late = await member.errorCode(UPDATE_AGENDA_ITEM, { id: item.id, input: topic('Zu spät') });
    expect(late.extensions).toMatchObject({ code: 'AGENDA_CLOSED', deadline: meeting.deadline.toISOString(), state: 'COMING' });
    expect((await agendaOf(meeting.id, member))[0]).toMatchObject({ title: item.title, mayEdit: false });
    expect((await agendaOf(meeting.id, staff))[0]?.mayEdit).toBe(true);
    expect((await staff.data(UPDATE_AGENDA_ITEM, { id: item.id, input: topic('Von der Leitung') })).updateAgendaItem.title).toBe(
      'Von der Leitung',
    );
    app.clock.set(meeting.start);
    expect((await member.errorCode(UPDATE_AGENDA_ITEM, { id: item.id, input: topic() })).extensions).toMatchObject({
      code: 'AGENDA_CLOSED',
      state: 'HELD',
    });

    app.clock.set(NOW);
    const calledOff = await scenario.meeting(62);
    const stranded = await propose(member, calledOff.id);
    await scenario.callOff(calledOff.id);
    expect((await member.errorCode(UPDATE_AGENDA_ITEM, { id: stranded.id, input: topic() })).extensions).toMatchObject({
      code: 'AGENDA_CLOSED',
      state: 'CANCELLED',
    });
    expect((await agendaOf(calledOff.id, member))[0]?.mayEdit).toBe(false);
  });

  it('refuses a 50 kB text and keeps the topic as it was', async () => {
    const meeting = await scenario.meeting(7);
    const item = await propose(member, meeting.id);
    const refusal = await member.errorCode(UPDATE_AGENDA_ITEM, { id: item.id, input: { ...topic('Neu'), text: FIFTY_KB } });
    expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'text', reason: 'TOO_LONG' });
    expect((await agendaOf(meeting.id))[0]).toMatchObject({ title: item.title, text: item.text });
  });
});

describe('staff’s decisions', () => {
  it('accept to the end, decline and merge close the gaps, and the agenda lists accepted, proposed, then the rest', async () => {
    const meeting = await scenario.meeting(7);
    const items: Item[] = [];
    // a second apart by the test's clock: proposed, merged and declined topics are listed by when they came
    for (const [index, title] of ['Eins', 'Zwei', 'Drei', 'Vier', 'Fünf'].entries()) {
      app.clock.set(new Date(Date.parse(NOW) + index * 1000));
      items.push(await propose(member, meeting.id, topic(title)));
    }
    const [one, two, three, four] = items as [Item, Item, Item, Item];
    expect((await decide(three.id, 'ACCEPT')).position).toBe(1);
    expect((await decide(one.id, 'ACCEPT')).position).toBe(2);
    expect((await decide(two.id, 'ACCEPT')).position).toBe(3);
    expect((await decide(one.id, 'ACCEPT')).position).toBe(2);

    const declined = await decide(three.id, 'DECLINE');
    expect(declined).toMatchObject({ status: 'DECLINED', position: null });
    const merged = await decide(four.id, 'MERGE', { intoItemId: two.id });
    expect(merged).toMatchObject({ status: 'MERGED', mergedIntoId: two.id, position: null });

    const agenda = await agendaOf(meeting.id);
    expect(agenda.map((item) => [item.title, item.status, item.position])).toEqual([
      ['Eins', 'ACCEPTED', 1],
      ['Zwei', 'ACCEPTED', 2],
      ['Fünf', 'PROPOSED', null],
      ['Drei', 'DECLINED', null],
      ['Vier', 'MERGED', null],
    ]);
  });

  it('merges only into another live topic of the same meeting, and needs the topic to merge into', async () => {
    const meeting = await scenario.meeting(7);
    const other = await scenario.meeting(8);
    const item = await propose(member, meeting.id);
    const elsewhere = await propose(member, other.id);
    const declined = await propose(member, meeting.id);
    await decide(declined.id, 'DECLINE');
    expect((await staff.errorCode(DECIDE_AGENDA_ITEM, { id: item.id, decision: 'MERGE' })).extensions).toMatchObject({
      field: 'intoItemId',
      reason: 'REQUIRED',
    });
    for (const intoItemId of [elsewhere.id, item.id, declined.id])
      expect((await staff.errorCode(DECIDE_AGENDA_ITEM, { id: item.id, decision: 'MERGE', intoItemId })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'intoItemId',
      });
    expect((await agendaOf(meeting.id)).find((one) => one.id === item.id)?.status).toBe('PROPOSED');
  });

  it('moves a topic to the end of a later meeting to come, remembering where it came from', async () => {
    const meeting = await scenario.meeting(7);
    const later = await scenario.meeting(35);
    const earlier = await scenario.meeting(5);
    const there = await propose(member, later.id, topic('Schon da'));
    await decide(there.id, 'ACCEPT');
    const first = await propose(member, meeting.id, topic('Bleibt'));
    const moving = await propose(otherMember, meeting.id, topic('Wandert'));
    await decide(moving.id, 'ACCEPT');
    await decide(first.id, 'ACCEPT');

    const moved = await decide(moving.id, 'MOVE', { toMeetingId: later.id });
    expect(moved).toMatchObject({ meetingId: later.id, movedFromMeetingId: meeting.id, status: 'ACCEPTED', position: 2 });
    expect((await agendaOf(meeting.id)).map((item) => [item.title, item.position])).toEqual([['Bleibt', 1]]);
    expect((await agendaOf(later.id)).map((item) => [item.title, item.position])).toEqual([
      ['Schon da', 1],
      ['Wandert', 2],
    ]);

    expect((await staff.errorCode(DECIDE_AGENDA_ITEM, { id: first.id, decision: 'MOVE' })).extensions).toMatchObject({
      field: 'toMeetingId',
      reason: 'REQUIRED',
    });
    const cancelled = await scenario.meeting(40);
    await scenario.callOff(cancelled.id);
    for (const toMeetingId of [earlier.id, meeting.id, cancelled.id])
      expect((await staff.errorCode(DECIDE_AGENDA_ITEM, { id: first.id, decision: 'MOVE', toMeetingId })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'toMeetingId',
      });
  });

  it('moves a topic only into a meeting with room on its agenda (OUT_OF_RANGE at the bound), leaving it where it was', async () => {
    const meeting = await scenario.meeting(63);
    const full = await scenario.meeting(64);
    await scenario.sql(
      `INSERT INTO agenda_item (meeting_id, title, language) SELECT $1, 'Thema ' || n, 'de' FROM generate_series(1, $2::int) AS n`,
      [full.id, MAX_AGENDA_ITEMS],
    );
    const item = await propose(member, meeting.id);
    expect((await staff.errorCode(DECIDE_AGENDA_ITEM, { id: item.id, decision: 'MOVE', toMeetingId: full.id })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'toMeetingId',
      reason: 'OUT_OF_RANGE',
      limit: MAX_AGENDA_ITEMS,
    });
    expect((await agendaOf(meeting.id)).map((one) => [one.id, one.status])).toEqual([[item.id, 'PROPOSED']]);
  });

  it('leave the order to the database too: two accepted topics of one meeting never share a place', async () => {
    const meeting = await scenario.meeting(65);
    const [one, two] = [await propose(member, meeting.id), await propose(otherMember, meeting.id)];
    await decide(one.id, 'ACCEPT');
    await decide(two.id, 'ACCEPT');
    await expect(scenario.sql(`UPDATE agenda_item SET position = 1 WHERE meeting_id = $1`, [meeting.id])).rejects.toMatchObject({
      code: '23505',
    });
    expect((await agendaOf(meeting.id)).map((item) => item.position)).toEqual([1, 2]);
  });

  it('keep places 1..n in both meetings when topics move into a meeting while it is being decided on', async () => {
    const meeting = await scenario.meeting(66);
    const later = await scenario.meeting(67);
    const moving: Item[] = [];
    const staying: Item[] = [];
    for (let index = 0; index < 4; index++) {
      moving.push(await propose(member, meeting.id, topic(`Wandert ${index}`)));
      staying.push(await propose(otherMember, later.id, topic(`Bleibt ${index}`)));
    }
    await Promise.all([
      ...moving.map((item) => decide(item.id, 'MOVE', { toMeetingId: later.id })),
      ...staying.map((item) => decide(item.id, 'ACCEPT')),
    ]);
    expect((await agendaOf(later.id)).map((item) => item.position)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(await agendaOf(meeting.id)).toEqual([]);
  });

  it('are staff’s alone', async () => {
    const meeting = await scenario.meeting(7);
    const item = await propose(member, meeting.id);
    for (const client of [member, otherMember, scenario.clients.coach])
      expect((await client.errorCode(DECIDE_AGENDA_ITEM, { id: item.id, decision: 'ACCEPT' })).code).toBe('FORBIDDEN');
    expect((await scenario.clients.anonymous.errorCode(DECIDE_AGENDA_ITEM, { id: item.id, decision: 'ACCEPT' })).code).toBe(
      'UNAUTHENTICATED',
    );
    expect((await agendaOf(meeting.id))[0]?.status).toBe('PROPOSED');
  });

  it('give concurrent accepts distinct positions 1..n', async () => {
    const meeting = await scenario.meeting(7);
    const items: Item[] = [];
    for (let index = 0; index < 8; index++)
      items.push(await propose(index % 2 ? member : otherMember, meeting.id, topic(`Thema ${index}`)));
    const accepted = await Promise.all(items.map((item) => decide(item.id, 'ACCEPT')));
    expect(accepted.map((item) => item.position).sort((a, b) => a! - b!)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
  });
});

describe('ordering the agenda', () => {
  it('takes exactly the accepted topics, each once, and logs each one that moved', async () => {
    const meeting = await scenario.meeting(7);
    const items: Item[] = [];
    for (const title of ['A', 'B', 'C']) items.push(await propose(member, meeting.id, topic(title)));
    for (const item of items) await decide(item.id, 'ACCEPT');
    const proposed = await propose(member, meeting.id, topic('D'));
    const [a, b, c] = items as [Item, Item, Item];

    const logged = await scenario.changeCount('AGENDA_ITEM');
    const { orderAgenda } = await staff.data(ORDER_AGENDA, { meetingId: meeting.id, itemIds: [c.id, a.id, b.id] });
    expect(orderAgenda.agenda.map((item: { id: string; position: number | null }) => [item.id, item.position])).toEqual([
      [c.id, 1],
      [a.id, 2],
      [b.id, 3],
      [proposed.id, null],
    ]);
    expect(await scenario.changeCount('AGENDA_ITEM')).toBe(logged + 3);

    for (const itemIds of [[c.id, a.id], [c.id, a.id, b.id, proposed.id], [c.id, a.id, a.id, b.id], ['nonsense']])
      expect((await staff.errorCode(ORDER_AGENDA, { meetingId: meeting.id, itemIds })).extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'itemIds',
      });
    for (const client of [member, scenario.clients.coach])
      expect((await client.errorCode(ORDER_AGENDA, { meetingId: meeting.id, itemIds: [a.id, b.id, c.id] })).code).toBe('FORBIDDEN');
    expect((await agendaOf(meeting.id)).map((item) => item.id)).toEqual([c.id, a.id, b.id, proposed.id]);
  });
});

describe('the change log of the agenda and minutes', () => {
  it('carries topics, decisions on them and the minutes live to another MO’s open screen, naming the meeting', async () => {
    const meeting = await scenario.meeting(7);
    const stream = await subscribed(app, 1, () =>
      collect<{ networkChanges: Record<string, string> }>(otherMember.subscriptions(), NETWORK_CHANGES),
    );
    try {
      const item = await propose(member, meeting.id);
      await decide(item.id, 'ACCEPT');
      app.clock.set(new Date(meeting.start.getTime() + 3600_000));
      await staff.data(PUBLISH_MINUTES, { meetingId: meeting.id, input: { text: 'Protokoll', decisions: [{ text: 'Beschluss' }] } });
      const heard = () => stream.events.map((event) => event.networkChanges).filter((change) => change?.meetingId === meeting.id);
      await until(() => heard().length >= 4, 'four changes heard');
      expect(heard().map((change) => [change.entity, change.action])).toEqual([
        ['AGENDA_ITEM', 'CREATED'],
        ['AGENDA_ITEM', 'UPDATED'],
        ['NETWORK_MEETING', 'UPDATED'],
        ['MEETING_DECISION', 'CREATED'],
      ]);
    } finally {
      stream.dispose();
      await otherMember.closeSockets();
    }
  });

  it('keeps every column of a topic and a decision, or says why not', () => {
    const columns = (entity: typeof AgendaItem | typeof MeetingDecision) =>
      app.services.database.dataSource
        .getMetadata(entity)
        .columns.map((column) => column.propertyName)
        .sort();
    const item = Object.fromEntries(columns(AgendaItem).map((name) => [name, null])) as unknown as AgendaItem;
    const decision = Object.fromEntries(columns(MeetingDecision).map((name) => [name, null])) as unknown as MeetingDecision;
    expect([...Object.keys(agendaItemSnapshot(item)), ...NOT_IN_AGENDA_SNAPSHOTS.item].sort()).toEqual(columns(AgendaItem));
    expect([...Object.keys(decisionSnapshot(decision)), ...NOT_IN_AGENDA_SNAPSHOTS.decision].sort()).toEqual(columns(MeetingDecision));
  });
});
