import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, collect, createTestApp, quietFor, until, type TestApp } from '../../test/harness.js';
import { Factory, TEST_PASSWORD } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import {
  BOOKING_CHANGED,
  CHANGE_PASSWORD,
  CREATE_PASSWORD_RESET,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD,
  SET_USER_ACTIVE,
  UPDATE_ME,
  UPDATE_USER,
  USERS,
} from '../../test/documents.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let organizationA: string;
let organizationB: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { smtpUrl: mailbox.url } });
  factory = new Factory(app);
  organizationA = (await factory.organization({ name: 'MO Alpha' })).id;
  organizationB = (await factory.organization({ name: 'MO Beta' })).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

const signIn = (email: string, password = TEST_PASSWORD) => app.client().login(email, password);
const tokenOf = (url: string) => url.split('/reset-password/')[1]!;

describe('the people of an MO', () => {
  it('lists an MO’s people with their last sign-in', async () => {
    const signedIn = await factory.user('MEMBER', organizationA, { name: 'Amal' });
    const never = await factory.user('MEMBER', organizationA, { name: 'Bashir' });
    await factory.user('MEMBER', organizationB, { name: 'Chen' });
    await signIn(signedIn.email);
    const { users } = await staff.data(USERS, { organizationId: organizationA });
    expect(users.map((user: { name: string }) => user.name)).toEqual(['Amal', 'Bashir']);
    expect(users.find((user: { id: string }) => user.id === signedIn.id).lastSignInAt).not.toBeNull();
    expect(users.find((user: { id: string }) => user.id === never.id).lastSignInAt).toBeNull();
  });

  it('moves a member to another MO at once, also on their open connection', async () => {
    const person = await factory.user('MEMBER', organizationA);
    const client = await signIn(person.email);
    const socket = client.subscriptions();
    const stream = collect(socket, BOOKING_CHANGED);
    await until(() => app.services.changeFanout.subscriberCount > 0, 'the member subscribed');
    const closed = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    const { updateUser } = await staff.data(UPDATE_USER, { id: person.id, input: { organizationId: organizationB } });
    expect(updateUser.organization.id).toBe(organizationB);
    // the socket reconnects as who the person is now (graphql-ws retries 1012 by itself)
    expect(await closed).toBe(1012);
    expect((await client.data(`{ me { organization { id } } }`)).me.organization.id).toBe(organizationB);
    stream.dispose();
    await client.closeSockets();
  });

  it('makes a member staff and back, and refuses a member without an MO', async () => {
    const person = await factory.user('MEMBER', organizationA);
    expect((await staff.data(UPDATE_USER, { id: person.id, input: { role: 'STAFF' } })).updateUser).toMatchObject({
      role: 'STAFF',
      organization: null,
    });
    const back = await staff.errorCode(UPDATE_USER, { id: person.id, input: { role: 'MEMBER' } });
    expect(back.extensions).toMatchObject({ field: 'organizationId', reason: 'ORGANIZATION_REQUIRED' });
    expect(
      (await staff.data(UPDATE_USER, { id: person.id, input: { role: 'MEMBER', organizationId: organizationB } })).updateUser.role,
    ).toBe('MEMBER');
  });

  it('deactivates and reactivates, and never the last active staff account', async () => {
    const person = await factory.user('MEMBER', organizationA);
    const client = await signIn(person.email);
    await staff.data(SET_USER_ACTIVE, { userId: person.id, active: false });
    expect((await client.data(`{ me { id } }`)).me).toBeNull();
    expect((await app.client().errorCode(`mutation { login(email: "${person.email}", password: "${TEST_PASSWORD}") { id } }`)).code).toBe(
      'UNAUTHENTICATED',
    );
    await staff.data(SET_USER_ACTIVE, { userId: person.id, active: true });
    await signIn(person.email);

    const { dataSource } = app.services.database;
    const me = (await staff.data(`{ me { id } }`)).me.id as string;
    await dataSource.query(`UPDATE app_user SET active = false WHERE role = 'STAFF' AND id <> $1`, [me]);
    const last = await staff.errorCode(SET_USER_ACTIVE, { userId: me, active: false });
    expect(last.extensions).toMatchObject({ reason: 'LAST_STAFF' });
    await dataSource.query(`UPDATE app_user SET active = true WHERE role = 'STAFF'`);
  });
});

describe('one’s own account', () => {
  it('changes name and language', async () => {
    const person = await factory.user('MEMBER', organizationA);
    const client = await signIn(person.email);
    expect((await client.data(UPDATE_ME, { input: { name: 'Yusuf', language: 'ar' } })).updateMe).toMatchObject({
      name: 'Yusuf',
      language: 'ar',
    });
    expect((await client.errorCode(UPDATE_ME, { input: { language: 'arabic please' } })).extensions).toMatchObject({
      reason: 'INVALID_LANGUAGE',
    });
    expect((await app.client().errorCode(UPDATE_ME, { input: { name: 'x' } })).code).toBe('UNAUTHENTICATED');
  });

  it('changes the password with the current one, and ends the other sessions', async () => {
    const person = await factory.user('MEMBER', organizationA);
    const here = await signIn(person.email);
    const elsewhere = await signIn(person.email);
    const wrong = await here.errorCode(CHANGE_PASSWORD, { currentPassword: 'not it', newPassword: 'Ein neues langes Passwort' });
    expect(wrong.extensions).toMatchObject({ field: 'currentPassword', reason: 'WRONG_PASSWORD' });
    expect(
      (await here.data(CHANGE_PASSWORD, { currentPassword: TEST_PASSWORD, newPassword: 'Ein neues langes Passwort' })).changePassword,
    ).toBe(true);
    expect((await here.data(`{ me { id } }`)).me.id).toBe(person.id);
    expect((await elsewhere.data(`{ me { id } }`)).me).toBeNull();
    await signIn(person.email, 'Ein neues langes Passwort');
  });
});

describe('password resets', () => {
  it('lets staff issue a one-time link; using it sets the password, ends every other session and signs in', async () => {
    const person = await factory.user('MEMBER', organizationA);
    const before = await signIn(person.email);
    const socket = before.subscriptions();
    const subscribersBefore = app.services.changeFanout.subscriberCount;
    collect(socket, BOOKING_CHANGED);
    await until(() => app.services.changeFanout.subscriberCount > subscribersBefore, 'the person subscribed');
    const closed = new Promise<number>((resolve) => socket.on('closed', (event) => resolve((event as { code: number }).code)));
    const { createPasswordReset } = await staff.data(CREATE_PASSWORD_RESET, { userId: person.id });
    expect(createPasswordReset.url).toMatch(new RegExp(`^${app.url}/reset-password/[\\w-]{43}$`));

    const fresh = app.client();
    const { resetPassword } = await fresh.data(RESET_PASSWORD, {
      token: tokenOf(createPasswordReset.url),
      password: 'Frisch gesetztes Passwort',
    });
    expect(resetPassword.id).toBe(person.id);
    expect((await fresh.data(`{ me { id } }`)).me.id).toBe(person.id);
    expect((await before.data(`{ me { id } }`)).me).toBeNull();
    expect(await closed).toBe(4401);
    const again = await app
      .client()
      .errorCode(RESET_PASSWORD, { token: tokenOf(createPasswordReset.url), password: 'Noch ein anderes Passwort' });
    expect(again.code).toBe('INVALID_TOKEN');
  });

  it('mails a link on "forgot password", answers the same for an unknown address, and expires after 48 hours', async () => {
    const person = await factory.user('MEMBER', organizationA, { language: 'de' });
    const known = await app.client().data(REQUEST_PASSWORD_RESET, { email: person.email.toUpperCase() });
    const unknown = await app.client().data(REQUEST_PASSWORD_RESET, { email: 'nobody@nowhere.example' });
    expect(known).toEqual(unknown);
    const mail = await mailbox.waitFor(person.email);
    expect(mail).toMatchObject({ subject: 'Neues Passwort für die Raumbuchung im KolLEktiv', language: 'de' });
    await quietFor(300); // a mail to the unknown address would have arrived by now
    expect(mailbox.messages.some((message) => message.to.includes('nobody@nowhere.example'))).toBe(false);

    app.clock.set('2026-06-03T08:00:01Z');
    try {
      const late = await app
        .client()
        .errorCode(RESET_PASSWORD, { token: tokenOf(mailbox.linkIn(mail)), password: 'Zu spät für diesen Link' });
      expect(late.code).toBe('TOKEN_EXPIRED');
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
  });
});
