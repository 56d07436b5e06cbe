import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CREATE_BOOKING } from '../../test/documents.js';
import { personWithHistory, placesHolding } from '../../test/privacy-scenario.js';
import { startMailbox } from '../../test/smtp.js';
import { personPseudonym } from './pseudonyms.js';

const ERASE_PERSON = `mutation ($id: ID!) { erasePerson(id: $id) }`;
const ERASE_ORGANIZATION = `mutation ($id: ID!) { eraseOrganization(id: $id) }`;
const ACTORS_IN_AUDIT = `query ($actorId: ID!) { auditLog(filter: { actorId: $actorId }, first: 50) { entries { actor { id name erased } } } }`;

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let roomId: string;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
/** Every line the app logged, with its error: an erasure must leave no name or address there either. */
const logged: string[] = [];

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({
    now: '2026-06-01T08:00:00Z',
    config: { smtpUrl: mailbox.url, changeMailDelaySeconds: 3600 },
    log: (message, error) =>
      logged.push(`${message} ${error instanceof Error ? `${error.message} ${error.stack}` : (JSON.stringify(error) ?? '')}`),
  });
  factory = new Factory(app);
  roomId = (await factory.room({ locationId: (await factory.location({ openingHours: ALWAYS_OPEN })).id, capacity: 50 })).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

const dataSource = () => app.services.database.dataSource;
const count = async (sql: string, parameters: unknown[] = []) =>
  (await dataSource().query<Array<{ n: number }>>(`SELECT count(*)::int AS n FROM ${sql}`, parameters))[0]?.n;

describe('erasing a person', () => {
  it('leaves their name and e-mail in no table and no log line; bookings and the change log stay', async () => {
    const organizationId = (await factory.organization({ name: 'Elternverein Sonnenblume' })).id;
    const person = await personWithHistory(
      app,
      staff,
      { organizationId, roomId, day: '2026-06-02' },
      { name: 'Zofia Erasmus-Kowalczyk', email: 'zofia.erasmus@sonnenblume.example' },
    );
    const words = [person.name, 'Zofia', person.email];
    // the scenario left them where a person is kept: otherwise finding nothing afterwards would prove nothing
    expect((await placesHolding(dataSource(), words)).length).toBeGreaterThanOrEqual(8);
    const changesBefore = await count('change_log');
    const bookingsBefore = await count('booking WHERE organization_id = $1', [organizationId]);

    expect((await staff.data(ERASE_PERSON, { id: person.id })).erasePerson).toBe(true);

    expect(await placesHolding(dataSource(), words)).toEqual([]);
    expect(logged.filter((line) => words.some((word) => line.toLowerCase().includes(word.toLowerCase())))).toEqual([]);
    // the figures keep their bookings, made by nobody now; the log keeps every event, plus the erasure
    expect(await count('booking WHERE organization_id = $1', [organizationId])).toBe(bookingsBefore);
    expect(await count('booking WHERE id = $1 AND created_by_id IS NULL', [person.bookingId])).toBe(1);
    expect(await count('change_log')).toBe(changesBefore! + 1);
    for (const table of ['user_session', 'password_reset', 'calendar_feed', 'notification', 'coaching_notice'])
      expect(await count(`${table} WHERE user_id = $1`, [person.id])).toBe(0);
  });

  it('shows the person under a stable pseudonym in the people list and the audit log; they can no longer sign in', async () => {
    const organizationId = (await factory.organization()).id;
    const person = await personWithHistory(
      app,
      staff,
      { organizationId, roomId, day: '2026-06-03' },
      { name: 'Jonas Vergessen', email: 'jonas.vergessen@mo.example' },
    );
    await staff.data(ERASE_PERSON, { id: person.id });
    const pseudonym = personPseudonym(person.id);
    const { users } = await staff.data(`query ($o: ID) { users(organizationId: $o) { id name active erasedAt } }`, { o: organizationId });
    expect(users).toContainEqual({ id: person.id, name: pseudonym, active: false, erasedAt: expect.stringMatching(/^2026-06-01T08:00/) });
    const { auditLog } = await staff.data(ACTORS_IN_AUDIT, { actorId: person.id });
    expect(auditLog.entries.length).toBeGreaterThan(3);
    for (const entry of auditLog.entries) expect(entry.actor).toEqual({ id: person.id, name: pseudonym, erased: true });
    // one pseudonym in every entry about them: their account's, their invitation's, their reset link's
    const named: Array<{ action: string }> = await dataSource().query(
      `SELECT action FROM change_log WHERE entity = 'USER' AND after->>'name' = $1 ORDER BY cursor`,
      [pseudonym],
    );
    expect(named.map((entry) => entry.action)).toEqual(['INVITED', 'CREATED', 'UPDATED', 'ERASED']);
    // and retention, once they are old, leaves it as it is (an invitation's entry does not become the invitation's)
    await dataSource().query(`UPDATE change_log SET occurred_at = '2023-01-01T00:00:00Z' WHERE after->>'name' = $1`, [pseudonym]);
    await app.services.retention.runOnce();
    expect(await count(`change_log WHERE entity = 'USER' AND after->>'name' = $1`, [pseudonym])).toBe(4);
    // the session they had ends, and the old address and password open nothing
    expect((await person.client.request(`{ me { id } }`)).data?.me ?? null).toBeNull();
    const login = await app
      .client()
      .errorCode(`mutation { login(email: "jonas.vergessen@mo.example", password: "Morgenröte über Leipzig 7") { id } }`);
    expect(login.code).toBe('UNAUTHENTICATED');
    // erasing again changes nothing
    const changes = await count('change_log');
    await staff.data(ERASE_PERSON, { id: person.id });
    expect(await count('change_log')).toBe(changes);
  });

  it('refuses to erase the last active staff account, and an unknown person', async () => {
    const { user, client } = await factory.staffClient();
    await dataSource().query(`UPDATE app_user SET active = false WHERE role = 'STAFF' AND id <> $1`, [user.id]);
    try {
      expect(await client.errorCode(ERASE_PERSON, { id: user.id })).toMatchObject({
        code: 'BAD_USER_INPUT',
        extensions: { field: 'id', reason: 'LAST_STAFF' },
      });
    } finally {
      await dataSource().query(`UPDATE app_user SET active = true WHERE role = 'STAFF' AND erased_at IS NULL`);
    }
    expect((await staff.errorCode(ERASE_PERSON, { id: '00000000-0000-4000-8000-000000000000' })).code).toBe('NOT_FOUND');
  });
});

describe('erasing an MO', () => {
  it('takes its name, description, contacts and people; its past bookings stay for the figures, its coming ones end', async () => {
    const organization = await factory.organization({
      name: 'Kulturverein Regenbogen Leipzig',
      shortName: 'Regenbogen',
      description: 'Wir treffen uns im Regenbogenhaus.',
      contactEmail: 'vorstand@regenbogen.example',
      contactPhone: '+49 341 5550123',
    });
    const first = await personWithHistory(
      app,
      staff,
      { organizationId: organization.id, roomId, day: '2026-06-04' },
      { name: 'Malik Regenbogen-Ahmadi', email: 'malik@regenbogen.example' },
    );
    const second = await factory.memberClient(organization.id);
    await second.client.data(CREATE_BOOKING, {
      input: {
        roomId,
        organizationId: organization.id,
        title: 'Probe',
        category: 'MEETING',
        start: '2026-06-05T16:00:00Z',
        end: '2026-06-05T17:00:00Z',
      },
    });
    // one it held last month: the figures' (now is 1 June, 08:00)
    const past = await factory.booking({
      roomId,
      organizationId: organization.id,
      start: '2026-05-20T16:00:00Z',
      end: '2026-05-20T17:00:00Z',
    });
    const bookings = await count('booking WHERE organization_id = $1', [organization.id]);
    const coming = await count(`booking WHERE organization_id = $1 AND starts_at >= '2026-06-01T08:00:00Z'`, [organization.id]);
    const last = (await dataSource().query<Array<{ last: string }>>(`SELECT max(cursor)::text AS last FROM change_log`))[0]?.last;

    expect((await staff.data(ERASE_ORGANIZATION, { id: organization.id })).eraseOrganization).toBe(true);

    // the rooms it held from now on are free again, each cancellation logged, so every calendar shows it
    expect(coming).toBeGreaterThanOrEqual(2);
    expect(
      await count(`booking WHERE organization_id = $1 AND status <> 'CANCELLED' AND starts_at >= '2026-06-01T08:00:00Z'`, [
        organization.id,
      ]),
    ).toBe(0);
    expect(await count(`change_log WHERE entity = 'BOOKING' AND action = 'CANCELLED' AND cursor > $1`, [last])).toBe(coming);
    expect(await count(`booking WHERE id = $1 AND status = 'CONFIRMED'`, [past.id])).toBe(1);

    const words = ['Regenbogen', 'vorstand@regenbogen.example', '5550123', first.name, first.email, second.user.email];
    expect(await placesHolding(dataSource(), words)).toEqual([]);
    expect(await count('booking WHERE organization_id = $1', [organization.id])).toBe(bookings);
    expect(await count(`organization WHERE id = $1 AND NOT active AND name LIKE 'MO-%'`, [organization.id])).toBe(1);
    expect(await count(`app_user WHERE organization_id = $1 AND erased_at IS NULL`, [organization.id])).toBe(0);
  });

  it('refuses the centre’s own organisation', async () => {
    // the kind is the database's to set (the entity neither inserts nor updates it), as the network's first meeting does
    await dataSource().query(
      `INSERT INTO organization (name, short_name, kind) SELECT 'KolLEktiv', 'KolLEktiv', 'CENTRE'
        WHERE NOT EXISTS (SELECT 1 FROM organization WHERE kind = 'CENTRE')`,
    );
    const [centre] = await dataSource().query<Array<{ id: string }>>(`SELECT id FROM organization WHERE kind = 'CENTRE'`);
    expect(await staff.errorCode(ERASE_ORGANIZATION, { id: centre!.id })).toMatchObject({
      code: 'BAD_USER_INPUT',
      extensions: { field: 'id', reason: 'UNKNOWN_ORGANIZATION' },
    });
  });
});
