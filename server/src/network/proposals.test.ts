import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, ENGINE, collect, createTestApp, subscribed, until, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { ANSWER_PROPOSAL, CREATE_PROPOSAL, NETWORK_NOTICES, PROPOSALS, SUPPORT_PROPOSAL, UPDATE_PROPOSAL } from '../../test/documents.js';
import { NETWORK_CHANGES } from '../../test/meeting-documents.js';

// Monday 1 June 2026, 10:00 in Leipzig; every proposal is dated from the test's clock, never from today.
const NOW = Date.parse('2026-06-01T08:00:00Z');

interface ProposalSeen {
  id: string;
  organization: { id: string; name: string };
  title: string;
  text: string;
  language: string;
  status: string;
  answer: string | null;
  answeredAt: string | null;
  createdAt: string;
  supportCount: number;
  supporters: Array<{ id: string; name: string }>;
  supportedByMine: boolean;
  abilities: { support: boolean; edit: boolean; answer: boolean };
}

let app: TestApp;
let chor: string;
let dari: string;
let staff: ApiClient;
/** Two members of the Chor, the MO that proposes below. */
let chorMember: ApiClient;
/** Two members of Dari, who support the Chor's proposals. */
let dariMember: ApiClient;
let dariOther: ApiClient;
/** Members of two more MOs, for support from three and for the order by support. */
let kreisMember: ApiClient;
let hausMember: ApiClient;
let coach: ApiClient;
let display: ApiClient;
let minutes = 0;

beforeAll(async () => {
  app = await createTestApp({ now: new Date(NOW).toISOString() });
  const factory = new Factory(app);
  chor = (await factory.organization({ name: 'Chor Kalyna' })).id;
  dari = (await factory.organization({ name: 'Dari-Kreis' })).id;
  const kreis = (await factory.organization({ name: 'Elternkreis' })).id;
  const haus = (await factory.organization({ name: 'Haus der Sprachen' })).id;
  staff = (await factory.staffClient()).client;
  chorMember = (await factory.memberClient(chor)).client;
  dariMember = (await factory.memberClient(dari)).client;
  dariOther = (await factory.memberClient(dari)).client;
  kreisMember = (await factory.memberClient(kreis)).client;
  hausMember = (await factory.memberClient(haus)).client;
  coach = (await factory.coachClient()).client;
  const locationId = (await factory.location()).id;
  display = app.client();
  display.displayToken = (await staff.data(`mutation ($l: ID!) { createDisplayLink(locationId: $l) { token } }`, { l: locationId }))
    .createDisplayLink.token as string;
});

afterAll(async () => {
  await app?.stop();
});

/** A minute later on the test's clock, so each proposal has its own creation time. */
const aMinuteLater = () => app.clock.set(new Date(NOW + ++minutes * 60_000));

const input = (overrides: Record<string, unknown> = {}) => ({
  title: 'Ein Raum mit Klavier am Samstag',
  text: 'Unser Chor probt samstags und braucht ein Klavier.',
  language: 'uk',
  ...overrides,
});

async function propose(client: ApiClient = chorMember, overrides: Record<string, unknown> = {}): Promise<ProposalSeen> {
  aMinuteLater();
  return (await client.data(CREATE_PROPOSAL, { input: input(overrides) })).createProposal as ProposalSeen;
}

async function support(client: ApiClient, id: string, given = true): Promise<ProposalSeen> {
  // supporters are listed the earliest first
  aMinuteLater();
  return (await client.data(SUPPORT_PROPOSAL, { id, support: given })).supportProposal as ProposalSeen;
}

async function listed(client: ApiClient, status?: string[]): Promise<ProposalSeen[]> {
  return (await client.data(PROPOSALS, status ? { status } : {})).proposals as ProposalSeen[];
}

const seenBy = async (client: ApiClient, id: string) => (await listed(client)).find((proposal) => proposal.id === id);

const count = async (sql: string, parameters: unknown[] = []) =>
  (await app.services.database.dataSource.query<Array<{ n: number }>>(sql, parameters))[0]!.n;
const proposalLog = (id: string) =>
  app.services.database.dataSource.query<Array<{ action: string; organization_id: string; after: Record<string, unknown> }>>(
    `SELECT action, organization_id, after FROM change_log WHERE entity = 'PROPOSAL' AND entity_id = $1 ORDER BY cursor`,
    [id],
  );

describe(`proposals between meetings, on ${ENGINE}`, () => {
  it('goes from a member’s proposal through support to staff’s answers, each write in the change log under its MO', async () => {
    const made = await propose(chorMember, { language: 'fa', text: '  Zwei Zeilen.\n\nUnd mehr.  ' });
    expect(made).toMatchObject({
      organization: { id: chor, name: 'Chor Kalyna' },
      language: 'fa',
      text: 'Zwei Zeilen.\n\nUnd mehr.',
      status: 'OPEN',
      answer: null,
      answeredAt: null,
      createdAt: new Date(NOW + minutes * 60_000).toISOString(),
      supportCount: 0,
      supporters: [],
      supportedByMine: false,
      abilities: { support: false, edit: true, answer: false },
    });
    expect((await seenBy(dariMember, made.id))?.abilities).toEqual({ support: true, edit: false, answer: false });
    expect((await seenBy(staff, made.id))?.abilities).toEqual({ support: false, edit: false, answer: true });
    expect((await seenBy(coach, made.id))?.abilities).toEqual({ support: false, edit: false, answer: false });

    const updated = (await chorMember.data(UPDATE_PROPOSAL, { id: made.id, input: input({ title: 'Ein Klavier, samstags' }) }))
      .updateProposal as ProposalSeen;
    expect(updated).toMatchObject({ title: 'Ein Klavier, samstags', language: 'uk' });

    for (const client of [dariMember, kreisMember, hausMember]) await support(client, made.id);
    const supported = await seenBy(dariOther, made.id);
    expect(supported).toMatchObject({ supportCount: 3, supportedByMine: true });
    expect(supported?.supporters.map((organization) => organization.name)).toEqual(['Dari-Kreis', 'Elternkreis', 'Haus der Sprachen']);
    expect((await seenBy(chorMember, made.id))?.supportedByMine).toBe(false);

    aMinuteLater();
    const planned = (await staff.data(ANSWER_PROPOSAL, { id: made.id, status: 'PLANNED', answer: 'Ab Juli im Saal 2.' }))
      .answerProposal as ProposalSeen;
    expect(planned).toMatchObject({ status: 'PLANNED', answer: 'Ab Juli im Saal 2.', answeredAt: app.clock().toISOString() });
    expect(planned.abilities).toEqual({ support: false, edit: false, answer: true });
    const done = (await staff.data(ANSWER_PROPOSAL, { id: made.id, status: 'DONE', answer: 'Das Klavier steht.' })).answerProposal;
    expect(done).toMatchObject({ status: 'DONE', answer: 'Das Klavier steht.', supportCount: 3 });

    const log = await proposalLog(made.id);
    expect(
      log.map((entry) => [entry.action, entry.organization_id, entry.after.status, (entry.after.supporterIds as string[]).length]),
    ).toEqual([
      ['CREATED', chor, 'OPEN', 0],
      ['UPDATED', chor, 'OPEN', 0],
      ['UPDATED', chor, 'OPEN', 1],
      ['UPDATED', chor, 'OPEN', 2],
      ['UPDATED', chor, 'OPEN', 3],
      ['UPDATED', chor, 'PLANNED', 3],
      ['UPDATED', chor, 'DONE', 3],
    ]);
  });

  it('is read by members, coaches and staff; strangers and wall displays are refused', async () => {
    const { id } = await propose();
    for (const client of [chorMember, dariMember, coach, staff]) expect((await listed(client)).map((one) => one.id)).toContain(id);
    expect((await app.client().errorCode(PROPOSALS)).code).toBe('UNAUTHENTICATED');
    expect((await display.errorCode(PROPOSALS)).code).toBe('UNAUTHENTICATED');
  });

  it('is made by members only, for their own MO, with a language', async () => {
    expect((await staff.errorCode(CREATE_PROPOSAL, { input: input() })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(CREATE_PROPOSAL, { input: input() })).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(CREATE_PROPOSAL, { input: input() })).code).toBe('UNAUTHENTICATED');
    expect((await display.errorCode(CREATE_PROPOSAL, { input: input() })).code).toBe('UNAUTHENTICATED');
    expect((await dariMember.data(CREATE_PROPOSAL, { input: input() })).createProposal.organization.id).toBe(dari);
    const refused = async (overrides: Record<string, unknown>) =>
      (await chorMember.errorCode(CREATE_PROPOSAL, { input: input(overrides) })).extensions;
    expect(await refused({ language: '' })).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language', reason: 'REQUIRED' });
    expect(await refused({ language: 'not a language' })).toMatchObject({ field: 'language', reason: 'INVALID_LANGUAGE' });
    expect(await refused({ title: ' \u200B ' })).toMatchObject({ field: 'title', reason: 'NO_VISIBLE_CHARACTERS' });
    expect((await chorMember.data(CREATE_PROPOSAL, { input: input({ text: null }) })).createProposal.text).toBe('');
  });

  it('refuses 50 kB texts in every write and changes nothing', async () => {
    const { id } = await propose();
    await support(dariMember, id);
    const big = 'x'.repeat(50_000);
    const before = {
      proposals: await count('SELECT count(*)::int AS n FROM proposal'),
      log: await count('SELECT count(*)::int AS n FROM change_log'),
    };
    const refusals = [
      await chorMember.errorCode(CREATE_PROPOSAL, { input: input({ title: big }) }),
      await chorMember.errorCode(CREATE_PROPOSAL, { input: input({ text: big }) }),
      await chorMember.errorCode(UPDATE_PROPOSAL, { id, input: input({ title: big }) }),
      await chorMember.errorCode(UPDATE_PROPOSAL, { id, input: input({ text: big }) }),
      await staff.errorCode(ANSWER_PROPOSAL, { id, status: 'DECLINED', answer: big }),
    ];
    expect(refusals.map(({ extensions }) => [extensions.code, extensions.field, extensions.reason, extensions.limit])).toEqual([
      ['BAD_USER_INPUT', 'title', 'TOO_LONG', 200],
      ['BAD_USER_INPUT', 'text', 'TOO_LONG', 4000],
      ['BAD_USER_INPUT', 'title', 'TOO_LONG', 200],
      ['BAD_USER_INPUT', 'text', 'TOO_LONG', 4000],
      ['BAD_USER_INPUT', 'answer', 'TOO_LONG', 4000],
    ]);
    expect(await count('SELECT count(*)::int AS n FROM proposal')).toBe(before.proposals);
    expect(await count('SELECT count(*)::int AS n FROM change_log')).toBe(before.log);
    expect(await seenBy(staff, id)).toMatchObject({ title: input().title, text: input().text, status: 'OPEN', supportCount: 1 });
  });

  it('is edited by its MO only, and only while OPEN', async () => {
    const { id } = await propose();
    expect((await chorMember.data(UPDATE_PROPOSAL, { id, input: input({ title: 'Neu' }) })).updateProposal.title).toBe('Neu');
    for (const client of [dariMember, staff, coach])
      expect((await client.errorCode(UPDATE_PROPOSAL, { id, input: input() })).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(UPDATE_PROPOSAL, { id, input: input() })).code).toBe('UNAUTHENTICATED');
    await staff.data(ANSWER_PROPOSAL, { id, status: 'PLANNED', answer: 'Machen wir.' });
    expect((await chorMember.errorCode(UPDATE_PROPOSAL, { id, input: input() })).extensions).toEqual({
      code: 'ALREADY_DECIDED',
      status: 'PLANNED',
    });
    expect((await seenBy(chorMember, id))?.title).toBe('Neu');
    expect((await chorMember.errorCode(UPDATE_PROPOSAL, { id: '00000000-0000-4000-8000-000000000000', input: input() })).code).toBe(
      'NOT_FOUND',
    );
  });
});

describe(`support, one voice per MO, on ${ENGINE}`, () => {
  it('is given once per MO, whichever member gives it, and withdrawn once', async () => {
    const { id } = await propose();
    expect(await support(dariMember, id)).toMatchObject({ supportCount: 1, supportedByMine: true });
    expect((await dariOther.errorCode(SUPPORT_PROPOSAL, { id, support: true })).extensions).toEqual({ code: 'ALREADY_SUPPORTED' });
    expect((await dariMember.errorCode(SUPPORT_PROPOSAL, { id, support: true })).code).toBe('ALREADY_SUPPORTED');
    // withdrawn by another member of the same MO: the voice is the MO's
    expect(await support(dariOther, id, false)).toMatchObject({ supportCount: 0, supportedByMine: false, supporters: [] });
    expect((await dariMember.errorCode(SUPPORT_PROPOSAL, { id, support: false })).extensions).toEqual({ code: 'NOT_SUPPORTED' });
    expect(await support(dariMember, id)).toMatchObject({ supportCount: 1 });
    expect(await count('SELECT count(*)::int AS n FROM proposal_support WHERE proposal_id = $1', [id])).toBe(1);
  });

  it('refuses the MO’s own proposal, staff, coaches, strangers and displays', async () => {
    const { id } = await propose();
    expect((await chorMember.errorCode(SUPPORT_PROPOSAL, { id, support: true })).extensions).toEqual({ code: 'OWN_PROPOSAL' });
    expect((await chorMember.errorCode(SUPPORT_PROPOSAL, { id, support: false })).code).toBe('OWN_PROPOSAL');
    expect((await staff.errorCode(SUPPORT_PROPOSAL, { id, support: true })).code).toBe('FORBIDDEN');
    expect((await coach.errorCode(SUPPORT_PROPOSAL, { id, support: true })).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(SUPPORT_PROPOSAL, { id, support: true })).code).toBe('UNAUTHENTICATED');
    expect((await display.errorCode(SUPPORT_PROPOSAL, { id, support: true })).code).toBe('UNAUTHENTICATED');
    expect((await dariMember.errorCode(SUPPORT_PROPOSAL, { id: 'nope', support: true })).code).toBe('NOT_FOUND');
    expect(await count('SELECT count(*)::int AS n FROM proposal_support WHERE proposal_id = $1', [id])).toBe(0);
  });

  it('goes on while PLANNED and stops once DECLINED or DONE, the count kept', async () => {
    const planned = await propose();
    await support(dariMember, planned.id);
    await staff.data(ANSWER_PROPOSAL, { id: planned.id, status: 'PLANNED', answer: 'Im Herbst.' });
    expect(await support(kreisMember, planned.id)).toMatchObject({ status: 'PLANNED', supportCount: 2 });
    expect(await support(dariMember, planned.id, false)).toMatchObject({ supportCount: 1 });

    const declined = await propose();
    await support(dariMember, declined.id);
    await staff.data(ANSWER_PROPOSAL, { id: declined.id, status: 'DECLINED', answer: 'Sonntags ist das Haus zu.' });
    expect((await kreisMember.errorCode(SUPPORT_PROPOSAL, { id: declined.id, support: true })).extensions).toEqual({
      code: 'ALREADY_DECIDED',
      status: 'DECLINED',
    });
    expect((await dariMember.errorCode(SUPPORT_PROPOSAL, { id: declined.id, support: false })).code).toBe('ALREADY_DECIDED');
    expect(await seenBy(kreisMember, declined.id)).toMatchObject({ supportCount: 1, abilities: { support: false } });
  });

  it('counts one voice when two members of one MO support at the same moment, and refuses the other', async () => {
    for (let round = 0; round < 5; round++) {
      const { id } = await propose();
      const before = await count(`SELECT count(*)::int AS n FROM change_log WHERE entity = 'PROPOSAL' AND entity_id = $1`, [id]);
      const answers = await Promise.all([dariMember, dariOther].map((client) => client.request(SUPPORT_PROPOSAL, { id, support: true })));
      const codes = answers.map((answer) => (answer.errors?.length ? String(answer.errors[0]?.extensions?.code) : 'ok')).sort();
      expect(codes).toEqual(['ALREADY_SUPPORTED', 'ok']);
      expect(await count('SELECT count(*)::int AS n FROM proposal_support WHERE proposal_id = $1', [id])).toBe(1);
      expect(await count(`SELECT count(*)::int AS n FROM change_log WHERE entity = 'PROPOSAL' AND entity_id = $1`, [id])).toBe(before + 1);
      expect((await seenBy(staff, id))?.supportCount).toBe(1);
    }
  });

  // PGlite runs one transaction at a time; only PostgreSQL can hold a support open while another arrives
  it.runIf(ENGINE === 'postgres')('lets a support wait for one of the same MO still being written, then refuses it', async () => {
    const { id } = await propose();
    const other = app.services.database.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await other.query('INSERT INTO proposal_support (proposal_id, organization_id) VALUES ($1, $2)', [id, dari]);
      let settled = false;
      const answer = dariMember.request(SUPPORT_PROPOSAL, { id, support: true }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      // the insert waits on the first one's key, neither refused nor counted yet
      expect(settled).toBe(false);
      await other.commitTransaction();
      expect((await answer).errors?.[0]?.extensions?.code).toBe('ALREADY_SUPPORTED');
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    expect(await count('SELECT count(*)::int AS n FROM proposal_support WHERE proposal_id = $1', [id])).toBe(1);
  });

  const loggedSupporters = async (id: string) =>
    (
      await app.services.database.dataSource.query<Array<{ after: { supporterIds: string[] } }>>(
        `SELECT after FROM change_log WHERE entity = 'PROPOSAL' AND entity_id = $1 ORDER BY cursor`,
        [id],
      )
    ).map((entry) => [...entry.after.supporterIds].sort());

  it('logs every supporter when MOs support at the same moment: the last entry lists them all', async () => {
    const { id } = await propose();
    const answers = await Promise.all(
      [dariMember, kreisMember, hausMember].map((client) => client.request(SUPPORT_PROPOSAL, { id, support: true })),
    );
    expect(answers.map((answer) => answer.errors)).toEqual([undefined, undefined, undefined]);
    const lists = await loggedSupporters(id);
    expect(lists.map((list) => list.length)).toEqual([0, 1, 2, 3]);
  });

  // PGlite runs one transaction at a time; only PostgreSQL can hold a support open while another arrives
  it.runIf(ENGINE === 'postgres')('lets a support of another MO wait for one still being written, and logs both', async () => {
    const { id } = await propose();
    const other = app.services.database.dataSource.createQueryRunner();
    await other.connect();
    try {
      await other.startTransaction();
      await other.query('INSERT INTO proposal_support (proposal_id, organization_id) VALUES ($1, $2)', [id, dari]);
      let settled = false;
      const answer = hausMember.request(SUPPORT_PROPOSAL, { id, support: true }).finally(() => (settled = true));
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(settled).toBe(false);
      await other.commitTransaction();
      expect((await answer).errors).toBeUndefined();
    } finally {
      if (other.isTransactionActive) await other.rollbackTransaction();
      await other.release();
    }
    // the support logged after the other committed names both MOs, not only its own
    expect((await loggedSupporters(id)).at(-1)).toHaveLength(2);
  });

  it('keeps a well-formed language tag in its canonical form: script and region too', async () => {
    expect((await propose(chorMember, { language: ' zh-hant-tw ' })).language).toBe('zh-Hant-TW');
    expect((await propose(chorMember, { language: 'sr-Latn-RS' })).language).toBe('sr-Latn-RS');
    const refusal = await chorMember.errorCode(CREATE_PROPOSAL, { input: input({ language: 'de_DE' }) });
    expect(refusal.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'language', reason: 'INVALID_LANGUAGE' });
  });
});

describe(`the list and staff's answers, on ${ENGINE}`, () => {
  it('sorts by support, the most first, then the newest', async () => {
    const titles = ['A: zwei Stimmen', 'B: keine, älter', 'C: eine', 'D: keine, neuer', 'E: zwei Stimmen, neuer'];
    const made: Record<string, string> = {};
    for (const title of titles) made[title] = (await propose(chorMember, { title })).id;
    for (const client of [dariMember, kreisMember]) await support(client, made['A: zwei Stimmen']!);
    for (const client of [dariMember, hausMember]) await support(client, made['E: zwei Stimmen, neuer']!);
    await support(kreisMember, made['C: eine']!);
    const ours = new Set(Object.values(made));
    const order = (await listed(dariMember)).filter((one) => ours.has(one.id)).map((one) => one.title);
    expect(order).toEqual(['E: zwei Stimmen, neuer', 'A: zwei Stimmen', 'C: eine', 'D: keine, neuer', 'B: keine, älter']);
  });

  it('answers PLANNED, DECLINED with a reason, DONE, and filters by state; never OPEN, never without words', async () => {
    const { id } = await propose();
    expect((await staff.errorCode(ANSWER_PROPOSAL, { id, status: 'OPEN', answer: 'Noch offen' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'status',
    });
    expect((await staff.errorCode(ANSWER_PROPOSAL, { id, status: 'DECLINED', answer: '   ' })).extensions).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'answer',
      reason: 'REQUIRED',
    });
    for (const client of [chorMember, dariMember, coach])
      expect((await client.errorCode(ANSWER_PROPOSAL, { id, status: 'PLANNED', answer: 'Ja' })).code).toBe('FORBIDDEN');
    expect((await app.client().errorCode(ANSWER_PROPOSAL, { id, status: 'PLANNED', answer: 'Ja' })).code).toBe('UNAUTHENTICATED');
    expect((await seenBy(staff, id))?.status).toBe('OPEN');

    const declined = (await staff.data(ANSWER_PROPOSAL, { id, status: 'DECLINED', answer: 'Dafür fehlt uns das Geld.' })).answerProposal;
    expect(declined).toMatchObject({ status: 'DECLINED', answer: 'Dafür fehlt uns das Geld.' });
    expect((await listed(chorMember, ['DECLINED'])).map((one) => one.id)).toContain(id);
    expect((await listed(chorMember, ['OPEN', 'PLANNED'])).map((one) => one.id)).not.toContain(id);
    // staff may change their mind: a declined proposal planned after all
    expect((await staff.data(ANSWER_PROPOSAL, { id, status: 'PLANNED', answer: 'Doch: Fördergeld kam.' })).answerProposal.status).toBe(
      'PLANNED',
    );
    expect((await staff.errorCode(ANSWER_PROPOSAL, { id: 'nope', status: 'DONE', answer: 'Ja' })).code).toBe('NOT_FOUND');
  });
});

describe(`proposals live, on ${ENGINE}`, () => {
  it('reach open screens of other MOs and coaches as they are made, supported and answered', async () => {
    type Heard = { networkChanges: { entity: string; action: string; proposalId: string | null; entityId: string } };
    const streams = await subscribed(app, 2, () =>
      [dariMember, coach].map((client) => collect<Heard>(client.subscriptions(), NETWORK_CHANGES)),
    );
    try {
      const { id } = await propose();
      await support(dariMember, id);
      await staff.data(ANSWER_PROPOSAL, { id, status: 'PLANNED', answer: 'Im Herbst.' });
      const heard = (index: number) => streams[index]!.events.filter((event) => event.networkChanges.proposalId === id);
      for (const index of [0, 1]) {
        await until(() => heard(index).length >= 3, 'three changes of the proposal heard');
        expect(
          heard(index).map((event) => [event.networkChanges.entity, event.networkChanges.action, event.networkChanges.entityId]),
        ).toEqual([
          ['PROPOSAL', 'CREATED', id],
          ['PROPOSAL', 'UPDATED', id],
          ['PROPOSAL', 'UPDATED', id],
        ]);
      }
    } finally {
      for (const stream of streams) stream.dispose();
      await dariMember.closeSockets();
      await coach.closeSockets();
    }
  });
});

describe(`the MO told of an answer, on ${ENGINE}`, () => {
  const noticesOf = async (client: ApiClient, id: string) =>
    ((await client.data(NETWORK_NOTICES)).networkNotices as Array<{ kind: string; proposalId: string | null }>)
      .filter((notice) => notice.proposalId === id)
      .map((notice) => notice.kind);

  it('gets a notice for each answer, none for support or a refused answer; other MOs none', async () => {
    const { id } = await propose();
    await support(dariMember, id);
    expect(await staff.errorCode(ANSWER_PROPOSAL, { id, status: 'PLANNED', answer: ' ' })).toMatchObject({ code: 'BAD_USER_INPUT' });
    expect(await noticesOf(chorMember, id)).toEqual([]);
    await staff.data(ANSWER_PROPOSAL, { id, status: 'PLANNED', answer: 'Im Herbst.' });
    expect(await noticesOf(chorMember, id)).toEqual(['PROPOSAL_ANSWERED']);
    await staff.data(ANSWER_PROPOSAL, { id, status: 'DONE', answer: 'Erledigt.' });
    expect(await noticesOf(chorMember, id)).toEqual(['PROPOSAL_ANSWERED', 'PROPOSAL_ANSWERED']);
    expect(await noticesOf(dariMember, id)).toEqual([]);
  });
});
