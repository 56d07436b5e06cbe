import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type ApiClient, type TestApp } from '../../test/harness.js';
import { Factory, TEST_PASSWORD } from '../../test/factories.js';
import {
  ACCEPT_INVITATION,
  CHANGE_PASSWORD,
  CREATE_PASSWORD_RESET,
  INVITE_USER,
  RESET_PASSWORD,
  SET_USER_ACTIVE,
  UPDATE_USER,
} from '../../test/documents.js';

const FEEDS = `{ calendarFeeds { kind url } }`;
const NEW_PASSWORD = 'a completely new passphrase';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;

beforeAll(async () => {
  app = await createTestApp();
  factory = new Factory(app);
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
});

const privateFeedUrls = async (client: ApiClient) =>
  (await client.data<{ calendarFeeds: Array<{ kind: string; url: string }> }>(FEEDS)).calendarFeeds
    .filter((feed) => !['HOUSE', 'ROOM'].includes(feed.kind))
    .map((feed) => feed.url);
const status = async (url: string) => (await fetch(new URL(new URL(url).pathname, app.url))).status;

describe('privilege that would outlive its holder', () => {
  it('a staff invitation stops working when the staff member who issued it is deactivated', async () => {
    const issuer = await factory.staffClient();
    const { inviteUser } = await issuer.client.data<{ inviteUser: { url: string } }>(INVITE_USER, {
      input: { email: 'neue.leitung@kollektiv.example', name: 'Neue Leitung', role: 'STAFF' },
    });
    await staff.data(SET_USER_ACTIVE, { userId: issuer.user.id, active: false });
    const token = inviteUser.url.split('/invite/')[1]!;
    const refused = await app.client().errorCode(ACCEPT_INVITATION, { token, name: 'Neue Leitung', password: NEW_PASSWORD });
    expect(refused.code).toBe('INVALID_TOKEN');
  });

  it('a changed password ends the private feed addresses and the reset links still open; new addresses are shown', async () => {
    const organizationId = (await factory.organization()).id;
    const member = await factory.memberClient(organizationId);
    const before = await privateFeedUrls(member.client);
    expect(before).toHaveLength(2);
    for (const url of before) expect(await status(url)).toBe(200);
    const { createPasswordReset } = await staff.data<{ createPasswordReset: { url: string } }>(CREATE_PASSWORD_RESET, {
      userId: member.user.id,
    });

    await member.client.data(CHANGE_PASSWORD, { currentPassword: TEST_PASSWORD, newPassword: NEW_PASSWORD });

    for (const url of before) expect(await status(url)).toBe(404);
    const after = await privateFeedUrls(member.client);
    expect(after).toHaveLength(2);
    for (const url of after) {
      expect(before).not.toContain(url);
      expect(await status(url)).toBe(200);
    }
    const token = createPasswordReset.url.split('/reset-password/')[1]!;
    expect((await app.client().errorCode(RESET_PASSWORD, { token, password: 'yet another passphrase' })).code).toBe('INVALID_TOKEN');
  });

  it('a password set through a reset link ends the feed addresses too', async () => {
    const member = await factory.memberClient((await factory.organization()).id);
    const before = await privateFeedUrls(member.client);
    const { createPasswordReset } = await staff.data<{ createPasswordReset: { url: string } }>(CREATE_PASSWORD_RESET, {
      userId: member.user.id,
    });
    await app.client().data(RESET_PASSWORD, { token: createPasswordReset.url.split('/reset-password/')[1]!, password: NEW_PASSWORD });
    for (const url of before) expect(await status(url)).toBe(404);
  });

  it('a new MO or role ends the private feed addresses, which showed what the old one could read', async () => {
    const member = await factory.memberClient((await factory.organization()).id);
    const before = await privateFeedUrls(member.client);
    await staff.data(UPDATE_USER, { id: member.user.id, input: { organizationId: (await factory.organization()).id } });
    for (const url of before) expect(await status(url)).toBe(404);
  });
});
