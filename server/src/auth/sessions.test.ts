import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Factory, TEST_PASSWORD } from '../../test/factories.js';
import { User } from './user.entity.js';

let app: TestApp;
let factory: Factory;
let organizationId: string;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app);
  organizationId = (await factory.organization()).id;
});

afterAll(async () => {
  await app?.stop();
});

const LOGIN = `mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id email role organization { id } } }`;
const ME = `{ me { id email role } }`;

describe('sessions', () => {
  it('signs in with an HttpOnly, SameSite session cookie and knows the user afterwards', async () => {
    const user = await factory.user('MEMBER', organizationId);
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: LOGIN, variables: { email: user.email.toUpperCase(), password: TEST_PASSWORD } }),
    });
    const cookie = response.headers.get('set-cookie') ?? '';
    expect(cookie).toMatch(/^kollektiv_session=[\w-]{40,};/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).toMatch(/Path=\//);
    const body = (await response.json()) as { data: { login: { id: string; organization: { id: string } } } };
    expect(body.data.login).toMatchObject({ id: user.id, organization: { id: organizationId } });

    const client = app.client();
    client.cookie = cookie.split(';')[0];
    expect((await client.data(ME)).me).toMatchObject({ id: user.id, role: 'MEMBER' });
  });

  it('answers a wrong password and an unknown e-mail the same way', async () => {
    const user = await factory.user('STAFF');
    const wrongPassword = await app.client().errorCode(LOGIN, { email: user.email, password: 'nope' });
    const unknownEmail = await app.client().errorCode(LOGIN, { email: 'nobody@kollektiv.example', password: 'nope' });
    expect(wrongPassword.code).toBe('UNAUTHENTICATED');
    expect(unknownEmail).toEqual(wrongPassword);
  });

  it('stores a scrypt hash, never the password', async () => {
    const user = await factory.user('STAFF');
    const stored = await app.services.database.dataSource
      .getRepository(User)
      .createQueryBuilder('user')
      .addSelect('user.passwordHash')
      .where('user.id = :id', { id: user.id })
      .getOneOrFail();
    expect(stored.passwordHash).toMatch(/^scrypt\$/);
    expect(stored.passwordHash).not.toContain(TEST_PASSWORD);
  });

  it('ends the session at once on logout: the old cookie no longer works', async () => {
    const { client } = await factory.memberClient(organizationId);
    const oldCookie = client.cookie;
    expect((await client.data(`mutation { logout }`)).logout).toBe(true);
    expect(client.cookie).toBeUndefined();
    const replay = app.client();
    replay.cookie = oldCookie;
    expect((await replay.data(ME)).me).toBeNull();
  });

  it('signs a deactivated user out everywhere at once and refuses a new login', async () => {
    const { user, client } = await factory.memberClient(organizationId);
    const { client: staff } = await factory.staffClient();
    await staff.data(`mutation ($id: ID!) { setUserActive(userId: $id, active: false) { id } }`, { id: user.id });
    expect((await client.data(ME)).me).toBeNull();
    expect((await app.client().errorCode(LOGIN, { email: user.email, password: TEST_PASSWORD })).code).toBe('UNAUTHENTICATED');
  });

  it('closes the WebSocket of a session that logs out', async () => {
    const { client } = await factory.memberClient(organizationId);
    const sockets = client.subscriptions();
    const closed = new Promise<number>((resolve) => sockets.on('closed', (event) => resolve((event as { code: number }).code)));
    await new Promise<void>((resolve) => sockets.on('connected', () => resolve()));
    await client.data(`mutation { logout }`);
    expect(await closed).toBe(4401);
    await client.closeSockets();
  });
});
