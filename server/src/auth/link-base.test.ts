import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { startMailbox } from '../../test/smtp.js';
import { ConfigError } from '../config.js';

/** A GraphQL POST with a Host header of the sender's choosing, as an attacker sends it (fetch will not). */
function postWithHost(url: string, host: string, body: unknown, cookie?: string): Promise<{ status: number; json: unknown }> {
  const target = new URL('/graphql', url);
  return new Promise((resolve, reject) => {
    const request = http.request(
      {
        hostname: target.hostname,
        port: target.port,
        path: target.pathname,
        method: 'POST',
        headers: { host, 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      },
      (response) => {
        let text = '';
        response.on('data', (chunk: Buffer) => (text += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, json: JSON.parse(text) as unknown }));
      },
    );
    request.on('error', reject);
    request.end(JSON.stringify(body));
  });
}

describe('links in mail and feed addresses come from configuration, never from the request', () => {
  let mailbox: Awaited<ReturnType<typeof startMailbox>>;
  let development: TestApp;
  let configured: TestApp;

  beforeAll(async () => {
    mailbox = await startMailbox();
    development = await createTestApp({ config: { smtpUrl: mailbox.url } });
    configured = await createTestApp({ config: { smtpUrl: mailbox.url, publicUrl: 'https://raum.kollektiv.example' } });
  });

  afterAll(async () => {
    await development?.stop();
    await configured?.stop();
    await mailbox?.stop();
  });

  it.each([
    ['without PUBLIC_URL (development): the server’s own address', () => development, () => development.url],
    ['with PUBLIC_URL: that address', () => configured, () => 'https://raum.kollektiv.example'],
  ])('a password reset asked for with Host: evil.example links %s', async (_case, app, expected) => {
    const staff = await new Factory(app()).user('STAFF');
    const answer = await postWithHost(app().url, 'evil.example', {
      query: `mutation ($email: String!) { requestPasswordReset(email: $email) }`,
      variables: { email: staff.email },
    });
    expect(answer.status).toBe(200);
    const link = mailbox.linkIn(await mailbox.waitFor(staff.email));
    expect(link).not.toContain('evil.example');
    expect(link.startsWith(`${expected()}/reset-password/`)).toBe(true);
  });

  it('calendar feed addresses name the configured address whatever Host the request carries', async () => {
    const { client } = await new Factory(configured).staffClient();
    const answer = await postWithHost(configured.url, 'evil.example', { query: `{ calendarFeeds { url } }` }, client.cookie);
    const feeds = (answer.json as { data: { calendarFeeds: Array<{ url: string }> } }).data.calendarFeeds;
    expect(feeds.length).toBeGreaterThan(0);
    for (const feed of feeds) expect(feed.url.startsWith('https://raum.kollektiv.example/ical/')).toBe(true);
  });

  it('production refuses to start without PUBLIC_URL, saying why', async () => {
    await expect(createTestApp({ config: { nodeEnv: 'production', publicUrl: undefined } })).rejects.toThrow(ConfigError);
    await expect(createTestApp({ config: { nodeEnv: 'production', publicUrl: undefined } })).rejects.toThrow(/PUBLIC_URL/);
  });
});
