import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { ALWAYS_OPEN, Factory } from '../../test/factories.js';
import { CREATE_BOOKING } from '../../test/documents.js';

// Monday 1 June 2026, 10:00 in Leipzig.
let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let member: ApiClient;
let roomId: string;
let organizationId: string;
let logged: string[];

beforeAll(async () => {
  app = await createTestApp({ now: '2026-06-01T08:00:00Z' });
  factory = new Factory(app);
  const location = await factory.location({ openingHours: ALWAYS_OPEN });
  roomId = (await factory.room({ locationId: location.id, capacity: 20 })).id;
  organizationId = (await factory.organization()).id;
  staff = (await factory.staffClient()).client;
  member = (await factory.memberClient(organizationId)).client;
});

afterAll(async () => {
  await app?.stop();
});

beforeEach(() => {
  logged = [];
  vi.spyOn(console, 'error').mockImplementation((...parts: unknown[]) => void logged.push(JSON.stringify(parts)));
  vi.spyOn(console, 'log').mockImplementation((...parts: unknown[]) => void logged.push(JSON.stringify(parts)));
});

afterEach(() => {
  vi.restoreAllMocks();
  // whatever went wrong, the log never shows what people typed
  expect(logged.join('\n')).not.toContain('Geheim');
});

function input(overrides: Record<string, unknown> = {}) {
  return {
    roomId,
    organizationId,
    title: 'Chorprobe',
    category: 'CHOIR',
    start: '2026-06-02T16:00:00+02:00',
    end: '2026-06-02T18:00:00+02:00',
    visibility: 'MEMBERS',
    notes: 'Geheime Notiz',
    ...overrides,
  };
}

const refusal = async (client: ApiClient, query: string, variables: Record<string, unknown>) => {
  const error = await client.errorCode(query, variables);
  return { code: error.code, field: error.extensions.field, reason: error.extensions.reason, status: error.status };
};

describe('text with control characters', () => {
  it.each([
    ['title', { title: 'Chor\u0000probe' }],
    ['notes', { notes: 'Geheime\u0000 Notiz' }],
  ])('refuses a NUL byte in the %s with BAD_USER_INPUT naming it, not an internal error', async (field, overrides) => {
    expect(await refusal(staff, CREATE_BOOKING, { input: input(overrides) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field,
      reason: 'CONTROL_CHARACTERS',
      status: 400,
    });
  });

  it('refuses a NUL byte written into the query text itself', async () => {
    const response = await staff.request(
      `mutation { createDisplayLink(locationId: "${'0'.repeat(8)}-0000-0000-0000-${'0'.repeat(12)}", label: "Foyer\\u0000") { token } }`,
    );
    expect(response.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label', reason: 'CONTROL_CHARACTERS' });
  });

  it('refuses a NUL byte in a display link’s label and in a login e-mail', async () => {
    const locationId = (await factory.location()).id;
    expect(
      await refusal(staff, `mutation ($id: ID!, $label: String) { createDisplayLink(locationId: $id, label: $label) { token } }`, {
        id: locationId,
        label: 'Foyer\u0000',
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'label' });
    expect(
      await refusal(app.client(), `mutation ($email: String!) { login(email: $email, password: "x") { id } }`, {
        email: 'a\u0000@b.example',
      }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'email' });
  });

  it('refuses a title of zero-width spaces: it must show something', async () => {
    expect(await refusal(staff, CREATE_BOOKING, { input: input({ title: '\u200B\u200B\u200B' }) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'title',
      reason: 'NO_VISIBLE_CHARACTERS',
    });
  });
});

describe('dates', () => {
  it.each([
    ['year 0000', '0000-01-01T10:00:00Z', 'OUT_OF_RANGE'],
    ['year 0001 (PGlite would store it as 2002)', '0001-06-01T10:00:00Z', 'OUT_OF_RANGE'],
    ['30 February', '2027-02-30T10:00:00+01:00', 'INVALID_DATE'],
    ['year 9999', '9999-06-01T10:00:00Z', 'OUT_OF_RANGE'],
  ])('refuses %s with BAD_USER_INPUT naming the field', async (_name, start, reason) => {
    expect(await refusal(staff, CREATE_BOOKING, { input: input({ start }) })).toMatchObject({
      code: 'BAD_USER_INPUT',
      field: 'start',
      reason,
    });
  });

  it('refuses a booking more than two years ahead, also from staff', async () => {
    expect(
      await refusal(staff, CREATE_BOOKING, { input: input({ start: '2028-06-06T16:00:00+02:00', end: '2028-06-06T18:00:00+02:00' }) }),
    ).toMatchObject({ code: 'BAD_USER_INPUT', field: 'start', reason: 'TOO_FAR_AHEAD' });
    const error = await staff.errorCode(CREATE_BOOKING, {
      input: input({ start: '2028-06-06T16:00:00+02:00', end: '2028-06-06T18:00:00+02:00' }),
    });
    expect(error.extensions.limit).toBe(730);
  });
});

describe('a daily quota per MO', () => {
  it('lets a member book 12 times on one day, refuses the 13th, and leaves other days and staff alone', async () => {
    const day = '2026-06-10';
    const answers: string[] = [];
    for (let slot = 0; slot < 20; slot++) {
      const start = new Date(Date.parse(`${day}T08:00:00+02:00`) + slot * 30 * 60_000);
      const result = await member.request(CREATE_BOOKING, {
        input: input({ start: start.toISOString(), end: new Date(start.getTime() + 30 * 60_000).toISOString() }),
      });
      answers.push((result.errors?.[0]?.extensions?.reason as string | undefined) ?? 'created');
    }
    expect(answers.filter((answer) => answer === 'created')).toHaveLength(12);
    expect(answers.slice(12)).toEqual(Array(8).fill('DAILY_QUOTA_REACHED'));
    const nextDay = await member.request(CREATE_BOOKING, {
      input: input({ start: '2026-06-11T08:00:00+02:00', end: '2026-06-11T09:00:00+02:00' }),
    });
    expect(nextDay.errors).toBeUndefined();
    const byStaff = await staff.request(CREATE_BOOKING, { input: input({ start: `${day}T20:00:00+02:00`, end: `${day}T21:00:00+02:00` }) });
    expect(byStaff.errors).toBeUndefined();
  });
});
