import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import { ACCEPT_INVITATION, INVITATION_BY_TOKEN, INVITATIONS, INVITE_USER, REVOKE_INVITATION } from '../../test/documents.js';

let app: TestApp;
let factory: Factory;
let staff: ApiClient;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let organizationId: string;

beforeAll(async () => {
  mailbox = await startMailbox();
  app = await createTestApp({ now: '2026-06-01T08:00:00Z', config: { smtpUrl: mailbox.url } });
  factory = new Factory(app);
  organizationId = (await factory.organization({ name: 'Ukrainischer Chor Kalyna' })).id;
  staff = (await factory.staffClient()).client;
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

const tokenOf = (url: string) => url.split('/invite/')[1]!;

describe('inviting a member', () => {
  it('mails a one-time link in the invitation’s language; accepting it creates the account and signs in', async () => {
    const { inviteUser } = await staff.data(INVITE_USER, {
      input: { email: 'Oksana@Kalyna.example', name: 'Oksana', role: 'MEMBER', organizationId, language: 'en' },
    });
    expect(inviteUser).toMatchObject({ emailSent: true, invitation: { email: 'oksana@kalyna.example', role: 'MEMBER' } });
    expect(inviteUser.url).toMatch(new RegExp(`^${app.url}/invite/[\\w-]{43}$`));
    const mail = await mailbox.waitFor('oksana@kalyna.example');
    expect(mail).toMatchObject({ subject: 'Your invitation to book rooms at KolLEktiv', language: 'en' });
    expect(mail.text).toContain('Ukrainischer Chor Kalyna');
    expect(mailbox.linkIn(mail)).toBe(inviteUser.url);

    const invitee = app.client();
    const { acceptInvitation } = await invitee.data(ACCEPT_INVITATION, {
      token: tokenOf(inviteUser.url),
      name: 'Oksana Petrenko',
      password: 'Kalyna singt am Dienstag',
    });
    expect(acceptInvitation).toMatchObject({
      name: 'Oksana Petrenko',
      role: 'MEMBER',
      organization: { id: organizationId },
      language: 'en',
    });
    expect((await invitee.data(`{ me { email lastSignInAt } }`)).me).toMatchObject({ email: 'oksana@kalyna.example' });
    expect((await invitee.data(`{ me { lastSignInAt } }`)).me.lastSignInAt).not.toBeNull();
  });

  it('shows the link’s page, before the account exists, the suggested name, the MO and the language staff chose', async () => {
    const { inviteUser } = await staff.data(INVITE_USER, {
      input: { email: 'maryam@kalyna.example', name: 'Maryam', role: 'MEMBER', organizationId, language: 'fa' },
    });
    const token = tokenOf(inviteUser.url);
    expect((await app.client().data(INVITATION_BY_TOKEN, { token })).invitationByToken).toEqual({
      name: 'Maryam',
      role: 'MEMBER',
      organizationName: 'Ukrainischer Chor Kalyna',
      language: 'fa',
      expiresAt: '2026-06-08T08:00:00.000Z',
    });
    // once used, the page says so instead of asking for a password again
    await app.client().data(ACCEPT_INVITATION, { token, name: 'Maryam Ahmadi', password: 'Ein Abend im Kalyna-Chor' });
    expect((await app.client().errorCode(INVITATION_BY_TOKEN, { token })).code).toBe('INVALID_TOKEN');
    expect((await app.client().errorCode(INVITATION_BY_TOKEN, { token: 'not a token' })).code).toBe('INVALID_TOKEN');
  });

  it('works once: a second use, even at the same moment, is INVALID_TOKEN', async () => {
    const { inviteUser } = await staff.data(INVITE_USER, { input: { email: 'twice@mo.example', role: 'MEMBER', organizationId } });
    const token = tokenOf(inviteUser.url);
    const answers = await Promise.all(
      [1, 2, 3].map(() => app.client().request(ACCEPT_INVITATION, { token, name: 'Zweimal', password: 'Zweimal ist einmal zu viel' })),
    );
    expect(answers.filter((answer) => answer.data?.acceptInvitation)).toHaveLength(1);
    expect(answers.filter((answer) => answer.errors?.[0]?.extensions?.code === 'INVALID_TOKEN')).toHaveLength(2);
  });

  it('expires after seven days with TOKEN_EXPIRED; an unknown link is INVALID_TOKEN', async () => {
    const { inviteUser } = await staff.data(INVITE_USER, { input: { email: 'late@mo.example', role: 'MEMBER', organizationId } });
    app.clock.set('2026-06-08T08:00:01Z');
    try {
      const late = await app
        .client()
        .errorCode(ACCEPT_INVITATION, { token: tokenOf(inviteUser.url), name: 'Spät', password: 'Zu spät gekommen ist' });
      expect(late).toMatchObject({ code: 'TOKEN_EXPIRED', extensions: { expiredAt: '2026-06-08T08:00:00.000Z' } });
    } finally {
      app.clock.set('2026-06-01T08:00:00Z');
    }
    const unknown = await app
      .client()
      .errorCode(ACCEPT_INVITATION, { token: 'x'.repeat(43), name: 'X', password: 'Irgendein langes Passwort' });
    expect(unknown.code).toBe('INVALID_TOKEN');
  });

  it('refuses weak passwords naming the field, and keeps the link usable', async () => {
    const { inviteUser } = await staff.data(INVITE_USER, { input: { email: 'weak@mo.example', role: 'MEMBER', organizationId } });
    const token = tokenOf(inviteUser.url);
    const short = await app.client().errorCode(ACCEPT_INVITATION, { token, name: 'Schwach', password: 'kurz' });
    expect(short).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'password', reason: 'TOO_SHORT', limit: 10 } });
    const common = await app.client().errorCode(ACCEPT_INVITATION, { token, name: 'Schwach', password: 'Passwort123!' });
    expect(common).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'password', reason: 'TOO_COMMON' } });
    expect(
      (await app.client().data(ACCEPT_INVITATION, { token, name: 'Stark', password: 'Vier Wörter sind stark genug' })).acceptInvitation
        .name,
    ).toBe('Stark');
  });

  it('refuses an address that has an account, and lets staff see and revoke pending invitations', async () => {
    const existing = await factory.user('MEMBER', organizationId);
    const duplicate = await staff.errorCode(INVITE_USER, { input: { email: existing.email, role: 'MEMBER', organizationId } });
    expect(duplicate).toMatchObject({ code: 'BAD_USER_INPUT', extensions: { field: 'email', reason: 'DUPLICATE' } });
    const noOrganization = await staff.errorCode(INVITE_USER, { input: { email: 'lost@mo.example', role: 'MEMBER' } });
    expect(noOrganization.extensions).toMatchObject({ field: 'organizationId', reason: 'ORGANIZATION_REQUIRED' });

    const { inviteUser } = await staff.data(INVITE_USER, { input: { email: 'revoke@mo.example', role: 'STAFF' } });
    expect((await staff.data(INVITATIONS)).invitations.map((invitation: { email: string }) => invitation.email)).toContain(
      'revoke@mo.example',
    );
    await staff.data(REVOKE_INVITATION, { id: inviteUser.invitation.id });
    expect((await staff.data(INVITATIONS)).invitations.map((invitation: { email: string }) => invitation.email)).not.toContain(
      'revoke@mo.example',
    );
    const revoked = await app
      .client()
      .errorCode(ACCEPT_INVITATION, { token: tokenOf(inviteUser.url), name: 'Nein', password: 'Widerrufen ist widerrufen' });
    expect(revoked.code).toBe('INVALID_TOKEN');
  });

  it('replaces an earlier invitation to the same address', async () => {
    const first = (await staff.data(INVITE_USER, { input: { email: 'again@mo.example', role: 'MEMBER', organizationId } })).inviteUser;
    const second = (await staff.data(INVITE_USER, { input: { email: 'again@mo.example', role: 'MEMBER', organizationId } })).inviteUser;
    expect(
      (await app.client().errorCode(ACCEPT_INVITATION, { token: tokenOf(first.url), name: 'A', password: 'Die alte Einladung gilt nicht' }))
        .code,
    ).toBe('INVALID_TOKEN');
    expect(
      (await app.client().data(ACCEPT_INVITATION, { token: tokenOf(second.url), name: 'A', password: 'Die neue Einladung gilt' }))
        .acceptInvitation.name,
    ).toBe('A');
  });
});

describe('without e-mail configured', () => {
  let bare: TestApp;

  beforeAll(async () => {
    await app.stop();
    bare = await createTestApp();
    app = bare;
  });

  it('answers with the link for staff to pass on, and says no mail went out', async () => {
    const bareFactory = new Factory(bare);
    const admin = (await bareFactory.staffClient()).client;
    expect((await bare.client().data(`{ appInfo { mailConfigured } }`)).appInfo.mailConfigured).toBe(false);
    const { inviteUser } = await admin.data(INVITE_USER, { input: { email: 'new.staff@kollektiv.example', role: 'STAFF' } });
    expect(inviteUser).toMatchObject({ emailSent: false, url: expect.stringMatching(/\/invite\//) });
  });
});
