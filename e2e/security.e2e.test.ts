/// <reference lib="dom" />
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let attacker: http.Server;
let attackerUrl: string;

/**
 * What a page on another origin tries with the signed-in person's cookie: a WebSocket to the app that
 * asks who the person is. It reports what came back, or how the socket ended.
 */
const HIJACK_PAGE = (target: string) => `<!doctype html><title>elsewhere</title><script>
  window.outcome = new Promise((resolve) => {
    const socket = new WebSocket(${JSON.stringify(target)}, 'graphql-transport-ws');
    socket.onopen = () => socket.send(JSON.stringify({ type: 'connection_init', payload: {} }));
    socket.onmessage = (event) => {
      const message = JSON.parse(event.data);
      if (message.type === 'connection_ack')
        socket.send(JSON.stringify({ id: '1', type: 'subscribe', payload: { query: 'subscription { bookingChanged(after: "0") { cursor booking { title notes } } }' } }));
      else resolve('got ' + message.type + ': ' + JSON.stringify(message.payload).slice(0, 200));
    };
    socket.onclose = (event) => resolve('closed ' + event.code);
    socket.onerror = () => resolve('refused');
    setTimeout(() => resolve('silent'), 5000);
  });
</script>`;

beforeAll(async () => {
  app = await startDemoApp();
  // another origin on the same host: another port, so the session cookie (SameSite=Lax) is still sent
  attacker = http.createServer((_request, response) => {
    response.setHeader('content-type', 'text/html');
    response.end(HIJACK_PAGE(`ws://localhost:${app.port}/graphql`));
  });
  await new Promise<void>((resolve) => attacker.listen(0, '127.0.0.1', () => resolve()));
  attackerUrl = `http://localhost:${(attacker.address() as AddressInfo).port}`;
  browser = await launchChromium(app.services.clock);
  context = await browser.newContext({ locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  page = await context.newPage();
  await signIn(page, `http://localhost:${app.port}`, 'member1@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await new Promise<void>((resolve) => (attacker ? attacker.close(() => resolve()) : resolve()));
  await app?.stop();
});

describeInBrowser('a signed-in person visiting another site', () => {
  it('cannot be made to open the app’s WebSocket with their cookie', async () => {
    const elsewhere = await context.newPage();
    await elsewhere.goto(attackerUrl);
    const outcome = await elsewhere.evaluate(() => (window as unknown as { outcome: Promise<string> }).outcome);
    expect(outcome).not.toMatch(/^got next/);
    expect(outcome).toMatch(/^(refused|closed 1006)$/);
    await screenshot(elsewhere, 'security-01-foreign-origin-refused');
    await elsewhere.close();
  });

  it('still has a live calendar on the app’s own origin', async () => {
    await page.goto(`http://localhost:${app.port}/calendar`);
    await page.getByText('live', { exact: true }).waitFor();
  });
});
