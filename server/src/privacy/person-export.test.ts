import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiClient, TestApp } from '../../test/harness.js';
import type { Factory } from '../../test/factories.js';
import { appWithPerson, type PersonWithHistory } from '../../test/privacy-scenario.js';
import { EXPORT_PARTS, EXPORT_QUERIES, NOT_EXPORTED } from './person-export.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let person: PersonWithHistory;
let mailbox: Awaited<ReturnType<typeof appWithPerson>>['mailbox'];
let scenario: Awaited<ReturnType<typeof appWithPerson>>;

beforeAll(async () => {
  scenario = await appWithPerson({ name: 'Olena Datenreich', email: 'olena@garten.example' }, { name: 'Nachbarschaftsgarten Lindenau' });
  ({ app, factory, staff, person, mailbox } = scenario);
});

afterAll(async () => {
  await scenario?.stop();
});

async function download(
  client: ApiClient | null,
  path: string,
): Promise<{ status: number; body: Record<string, unknown>; headers: Headers }> {
  const response = await fetch(`${app.url}${path}`, { headers: client?.cookie ? { cookie: client.cookie } : {} });
  return { status: response.status, body: (await response.json()) as Record<string, unknown>, headers: response.headers };
}

describe('downloading one’s data', () => {
  it('gives the signed-in person everything stored about them as JSON, without a password hash or token', async () => {
    const { status, body, headers } = await download(person.client, '/me/export.json');
    expect(status).toBe(200);
    expect(headers.get('content-disposition')).toMatch(/^attachment; filename="kollektiv-daten-2026-06-01\.json"$/);
    expect(headers.get('cache-control')).toBe('no-store');
    expect(Object.keys(body)).toEqual(expect.arrayContaining(['format', 'exportedAt', 'personId', ...EXPORT_PARTS]));
    expect(body.account).toMatchObject({ id: person.id, name: person.name, email: person.email, language: 'de' });
    expect(body.organization).toMatchObject({ name: 'Nachbarschaftsgarten Lindenau', contact_email: person.email });
    const list = (part: string) => body[part] as Array<Record<string, unknown>>;
    expect(list('sessions').length).toBeGreaterThanOrEqual(1);
    expect(list('bookings')).toEqual([expect.objectContaining({ id: person.bookingId, title: 'Elterncafé' })]);
    expect(list('coachingRequests')).toEqual([expect.objectContaining({ id: person.requestId })]);
    expect(list('coachingMessages')).toEqual([expect.objectContaining({ text: 'Dienstags passt es am besten.' })]);
    expect(list('notifications')).toHaveLength(1);
    expect(list('bookingChangeMails')).toHaveLength(1);
    expect(list('invitations')).toEqual([expect.objectContaining({ name: 'Olena', accepted_at: expect.any(String) })]);
    expect(list('passwordResets')).toHaveLength(1);
    expect(list('calendarFeeds').length).toBeGreaterThanOrEqual(1);
    expect(list('changesAboutThem').map((entry) => entry.action)).toEqual(
      expect.arrayContaining(['INVITED', 'CREATED', 'PASSWORD_RESET_ISSUED', 'UPDATED']),
    );
    // what they changed is listed without its contents, which hold other people's data
    expect(list('changesTheyMade').length).toBeGreaterThanOrEqual(3);
    expect(list('changesTheyMade').every((entry) => !('after' in entry))).toBe(true);
    const text = JSON.stringify(body);
    expect(text).not.toMatch(/password_hash|token_hash|scrypt\$/);
  });

  it('lets staff download anyone’s, and nobody else another person’s', async () => {
    const path = `/admin/people/${person.id}/export.json`;
    expect((await download(staff, path)).body.account).toMatchObject({ id: person.id });
    const otherMember = (await factory.memberClient((await factory.organization()).id)).client;
    expect(await download(otherMember, path)).toMatchObject({ status: 403, body: { errors: [{ extensions: { code: 'FORBIDDEN' } }] } });
    expect((await download(null, path)).status).toBe(401);
    expect((await download(null, '/me/export.json')).status).toBe(401);
    expect((await download(staff, '/admin/people/00000000-0000-4000-8000-000000000000/export.json')).status).toBe(404);
    expect((await download(staff, '/admin/people/nobody/export.json')).status).toBe(404);
  });

  it('reads every column that refers to a person, so a new table holding one cannot be left out', async () => {
    const references: Array<{ place: string }> = await app.services.database.dataSource.query(
      `SELECT DISTINCT c.conrelid::regclass::text || '.' || a.attname AS place
         FROM pg_constraint c JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = ANY (c.conkey)
        WHERE c.contype = 'f' AND c.confrelid = 'app_user'::regclass
        ORDER BY place`,
    );
    expect(references.length).toBeGreaterThan(20);
    const read = (place: string) => {
      const [table, column] = place.split('.') as [string, string];
      return EXPORT_QUERIES.some((sql) => new RegExp(`FROM ${table} (\\w+)\\s.*\\b\\1\\.${column}\\b`, 's').test(sql));
    };
    expect(references.map((row) => row.place).filter((place) => !read(place) && !(place in NOT_EXPORTED))).toEqual([]);
  });

  it('came with an invitation that named the privacy page in the reader’s language, below the signature', async () => {
    const invitation = await mailbox.waitFor(person.email);
    expect(invitation.language).toBe('uk');
    expect(invitation.text.trimEnd()).toMatch(new RegExp(`\\n-- ?\\n.+\\nЯк ми обробляємо ваші дані: ${app.url}/datenschutz$`));
  });
});
