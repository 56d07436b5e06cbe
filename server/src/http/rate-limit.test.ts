import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, healthWhile, responsiveBound, type TestApp } from '../../test/harness.js';
import { Factory, TEST_PASSWORD } from '../../test/factories.js';

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }`;

describe('request rates', () => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ config: { rateLimits: { perMinutePerAddress: 120, perMinutePerSession: 60 } } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('answers requests past an address’s share with 429, Retry-After and TOO_MANY_REQUESTS, and /healthz stays quick', async () => {
    const {
      result: responses,
      slowestHealthMs,
      quietHealthMs,
    } = await healthWhile(app.url, () =>
      Promise.all(
        Array.from({ length: 80 }, () =>
          fetch(`${app.url}/graphql`, {
            method: 'POST',
            headers: { 'content-type': 'application/json' },
            body: JSON.stringify({ query: '{ locations { id } }' }),
          }),
        ),
      ),
    );
    const limited = responses.filter((response) => response.status === 429);
    expect(limited.length).toBeGreaterThan(0);
    expect(Number(limited[0]!.headers.get('retry-after'))).toBeGreaterThanOrEqual(1);
    expect(await limited[0]!.json()).toMatchObject({ errors: [{ extensions: { code: 'TOO_MANY_REQUESTS' } }] });
    expect(slowestHealthMs).toBeLessThan(responsiveBound({ quietHealthMs }));
  });
});

describe('login throttling', () => {
  let app: TestApp;
  let email: string;

  beforeAll(async () => {
    app = await createTestApp({
      now: '2026-06-01T08:00:00Z',
      config: { rateLimits: { perMinutePerAddress: 10_000, perMinutePerSession: 10_000 } },
    });
    email = (await new Factory(app).user('MEMBER', (await new Factory(app).organization()).id)).email;
  });

  afterAll(async () => {
    await app?.stop();
  });

  it('stops guessing after five wrong passwords, refuses even the right one while it waits, and lets it in after the wait', async () => {
    const client = app.client();
    for (let i = 0; i < 5; i++) expect((await client.errorCode(LOGIN, { email, password: `guess ${i}` })).code).toBe('UNAUTHENTICATED');
    const throttled = await client.errorCode(LOGIN, { email, password: 'guess 6' });
    expect(throttled).toMatchObject({ code: 'TOO_MANY_REQUESTS', status: 429, extensions: { retryAfterSeconds: 1 } });
    expect((await client.errorCode(LOGIN, { email, password: TEST_PASSWORD })).code).toBe('TOO_MANY_REQUESTS');

    app.clock.set(new Date(app.clock().getTime() + 1000));
    expect((await client.errorCode(LOGIN, { email, password: 'guess 7' })).code).toBe('UNAUTHENTICATED');
    // the seventh failure doubles the wait
    expect((await client.errorCode(LOGIN, { email, password: TEST_PASSWORD })).extensions).toMatchObject({ retryAfterSeconds: 2 });
    app.clock.set(new Date(app.clock().getTime() + 2000));
    expect((await client.data(LOGIN, { email, password: TEST_PASSWORD })).login.id).toBeDefined();
  });

  it('turns 200 guesses into a handful of real password checks', async () => {
    const target = (await new Factory(app).user('STAFF')).email;
    const client = app.client();
    const codes = new Map<string, number>();
    for (let i = 0; i < 200; i++) {
      const { code } = await client.errorCode(LOGIN, { email: target, password: `guess ${i}` });
      codes.set(String(code), (codes.get(String(code)) ?? 0) + 1);
    }
    expect(codes.get('UNAUTHENTICATED')).toBe(5);
    expect(codes.get('TOO_MANY_REQUESTS')).toBe(195);
  });
});

describe.each([
  ['TRUST_PROXY=1', 1, true],
  ['TRUST_PROXY unset', false, false],
] as const)('client addresses with %s', (_name, trustProxy, separate) => {
  let app: TestApp;

  beforeAll(async () => {
    app = await createTestApp({ config: { trustProxy, rateLimits: { perMinutePerAddress: 40, perMinutePerSession: 1000 } } });
  });

  afterAll(async () => {
    await app?.stop();
  });

  const from = (forwardedFor: string) =>
    fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-for': forwardedFor },
      body: JSON.stringify({ query: '{ appInfo { demo } }' }),
    });

  it(separate ? 'reads X-Forwarded-For from the one trusted proxy' : 'ignores X-Forwarded-For, which anyone can send', async () => {
    const first = await Promise.all(Array.from({ length: 20 }, () => from('203.0.113.7')));
    expect(first.some((response) => response.status === 429)).toBe(true);
    const other = await from('198.51.100.9');
    expect(other.status).toBe(separate ? 200 : 429);
  });
});
