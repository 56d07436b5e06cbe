import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, ENGINE, type ApiClient, type GraphQLResponse, type TestApp } from '../../test/harness.js';
import { Factory, TEST_PASSWORD } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import {
  ACCEPT_INVITATION,
  CREATE_BOOKING,
  INVITE_USER,
  REQUEST_COACHING,
  REQUEST_PASSWORD_RESET,
  RESET_PASSWORD,
} from '../../test/documents.js';
import { SESSION_COOKIE } from '../auth/session.service.js';
import { createJsonLog } from '../shared/log.js';

// everything the scenario below makes personal: none of it may reach a log line
const STAFF = { name: 'Irmgard Vogelsang', email: 'irmgard.vogelsang@kollektiv.example' };
const MEMBER = { name: 'Oksana Petrenko', email: 'oksana.petrenko@kalyna.example', password: 'Kalyna singt am Dienstag' };
const NEW_PASSWORD = 'Bandura klingt am Donnerstag';
const COACHING_TEXT = 'Oksana braucht Hilfe beim Antrag für die Bandura';

const lines: string[] = [];
let app: TestApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let factory: Factory;
const secrets = new Set<string>([
  STAFF.name,
  STAFF.email,
  MEMBER.name,
  MEMBER.email,
  MEMBER.password,
  NEW_PASSWORD,
  COACHING_TEXT,
  TEST_PASSWORD,
]);

beforeAll(async () => {
  mailbox = await startMailbox();
  const log = createJsonLog({ level: 'debug', destination: { write: (line: string) => void lines.push(line) } });
  app = await createTestApp({ log, config: { smtpUrl: mailbox.url } });
  factory = new Factory(app);
});

afterAll(async () => {
  await app?.stop();
  await mailbox?.stop();
});

const sessionTokenOf = (client: ApiClient) => client.cookie!.slice(`${SESSION_COOKIE}=`.length);
const tokenAfter = (url: string, marker: string) => url.split(marker)[1]!.split(/[?#]/)[0]!;

describe(`the log on ${ENGINE}`, () => {
  it('holds no name, e-mail address, password, token or typed text after a day of sign-ins, invitations, bookings, coaching and failures', async () => {
    const organizationId = (await factory.organization({ name: 'Ukrainischer Chor Kalyna' })).id;
    const roomId = (await factory.room()).id;
    await factory.user('STAFF', null, STAFF);

    // sign-in, a wrong password first
    const staff = app.client();
    expect((await staff.request(`mutation { login(email: "${STAFF.email}", password: "falsch und falsch") { id } }`)).errors).toBeDefined();
    await staff.login(STAFF.email, TEST_PASSWORD);
    secrets.add(sessionTokenOf(staff));

    // invitation, mailed and accepted
    const { inviteUser } = await staff.data(INVITE_USER, {
      input: { email: MEMBER.email, name: MEMBER.name, role: 'MEMBER', organizationId, language: 'uk' },
    });
    secrets.add(tokenAfter(inviteUser.url, '/invite/'));
    await mailbox.waitFor(MEMBER.email);
    const member = app.client();
    await member.data(ACCEPT_INVITATION, { token: tokenAfter(inviteUser.url, '/invite/'), name: MEMBER.name, password: MEMBER.password });
    secrets.add(sessionTokenOf(member));

    // a booking, and the same slot again: a failing mutation
    const input = {
      roomId,
      organizationId,
      title: 'Chorprobe',
      category: 'CHOIR',
      notes: `${MEMBER.name} bringt die Noten`,
      start: '2026-06-02T18:00:00+02:00',
      end: '2026-06-02T19:00:00+02:00',
    };
    await member.data(CREATE_BOOKING, { input });
    expect((await member.request(CREATE_BOOKING, { input })).errors?.[0]?.extensions?.code).toBe('BOOKING_CONFLICT');

    // coaching: a request with its text, and a note by staff
    const { requestCoaching } = await member.data(REQUEST_COACHING, {
      input: { organizationId, topic: 'FUNDING', text: COACHING_TEXT, languages: ['uk', 'de'] },
    });
    await staff.data(`mutation ($id: ID!, $text: String!) { addCoachingMessage(requestId: $id, text: $text, staffOnly: true) { id } }`, {
      id: requestCoaching.id,
      text: `Rückruf an ${MEMBER.email}`,
    });

    // a forgotten password, reset by the mailed link
    await app.client().data(REQUEST_PASSWORD_RESET, { email: MEMBER.email });
    const resetMail = await until(() =>
      mailbox.messages.find((mail) => mail.to.includes(MEMBER.email) && mail.text.includes('/reset-password/')),
    );
    const resetToken = /\/reset-password\/([\w-]+)/.exec(resetMail.text)![1]!;
    secrets.add(resetToken);
    await app.client().data(RESET_PASSWORD, { token: resetToken, password: NEW_PASSWORD });

    // an unexpected failure whose message quotes an address (as an SMTP server's refusal does)
    const bookings = app.services.bookings;
    const original = bookings.createBooking;
    bookings.createBooking = async () => {
      throw new Error(`550 5.1.1 <${MEMBER.email}>: Recipient address rejected`);
    };
    let failed: GraphQLResponse | undefined;
    try {
      failed = await member.request(CREATE_BOOKING, {
        input: { ...input, start: '2026-06-03T18:00:00+02:00', end: '2026-06-03T19:00:00+02:00' },
      });
    } finally {
      bookings.createBooking = original;
    }
    expect(failed?.errors?.[0]?.extensions?.code).toBe('INTERNAL_SERVER_ERROR');

    // a request's own line is written once its answer has gone out
    // the harness moves the id out of the errors' extensions into `requestId` (the answer's X-Request-Id)
    const requestId = failed?.requestId;
    expect(requestId).toEqual(expect.any(String));
    await until(() => lines.find((line) => line.includes('"http request"') && line.includes(String(requestId))));
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed.length).toBeGreaterThan(10);
    for (const line of parsed) expect(line).toMatchObject({ level: expect.any(String), time: expect.any(String), msg: expect.any(String) });

    // the failure's log line names the same request as the answer the person saw
    const failure = parsed.find((line) => line.msg === 'unexpected error in a GraphQL operation');
    expect(failure).toMatchObject({ level: 'error', requestId });
    expect(parsed.filter((line) => line.msg === 'http request' && line.requestId === requestId)).toHaveLength(1);

    const text = lines.join('\n').toLowerCase();
    for (const secret of secrets) expect(text, `the log holds "${secret}"`).not.toContain(secret.toLowerCase());
  });
});

async function until<T>(find: () => T | undefined, timeoutMs = 10_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const found = find();
    if (found !== undefined) return found;
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}
