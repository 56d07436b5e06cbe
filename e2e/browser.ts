import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';
import { findChromium, isExecutableFile } from './find-chromium.js';

export const ARTIFACTS = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'test-artifacts', 'e2e');
export const CLIENT_DIST = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'client', 'dist');

/** The Chromium the browser tests drive, or null when this machine has none (they are skipped then). */
export const CHROMIUM = findChromium({
  env: process.env,
  playwrightInstalled: () => chromium.executablePath() || null,
  isExecutable: isExecutableFile,
}).found;

/** A `describe` for browser tests: skipped, with its hooks, when no Chromium was found (build-client.ts says so once). */
export const describeInBrowser = describe.skipIf(CHROMIUM === null);

/**
 * Headless Chromium, without the background traffic a closed network refuses, whose pages live at the
 * server's time: every new context installs `clock`'s instant and runs on from it at real speed, so the page's
 * "now" and "today" are the server's whatever day the machine thinks it is.
 */
export async function launchChromium(clock: () => Date): Promise<Browser> {
  if (CHROMIUM === null) throw new Error('no Chromium found; the browser tests should have been skipped');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-quic',
      '--no-first-run',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const newContext = browser.newContext.bind(browser);
  browser.newContext = async (options) => {
    const context = await newContext(options);
    await context.clock.install({ time: clock() });
    return context;
  };
  // like Browser.newPage: a context of its own, closed with the page; when the page closes because the browser
  // does, its context is already gone and closing it again rejects, which nobody awaits
  browser.newPage = async (options) => {
    const context = await browser.newContext(options);
    const page = await context.newPage();
    page.once('close', () => void context.close().catch(() => {}));
    return page;
  };
  return browser;
}

export async function screenshot(page: Page, name: string): Promise<string> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  const file = path.join(ARTIFACTS, `${name}.png`);
  await page.screenshot({ path: file, fullPage: true });
  return file;
}

/**
 * A fresh context (empty cache, Leipzig's zone) signed in through the login form in `language` (`?lang=`), so
 * the language is chosen as a person would; answers the calendar page it lands on.
 */
export async function signedInPage(
  browser: Browser,
  baseUrl: string,
  options: { language: string; viewport: { width: number; height: number }; email: string; password: string },
): Promise<Page> {
  const context = await browser.newContext({ viewport: options.viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  const page = await context.newPage();
  await page.goto(`${baseUrl}/login?lang=${options.language}`);
  await page.locator('#login-email').fill(options.email);
  await page.locator('#login-password').fill(options.password);
  await page.locator('form button[type="submit"]').click();
  await page.waitForURL(/\/calendar/);
  return page;
}

export async function signIn(page: Page, baseUrl: string, email: string, password: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByLabel(/E-Mail/).fill(email);
  await page.getByLabel(/Passwort/).fill(password);
  await page.getByRole('button', { name: 'Anmelden', exact: true }).last().click();
  await page.waitForURL(/\/calendar/);
}

/** Signs a context in through the API, so that its first page visit starts with an empty cache. */
export async function signInByApi(context: BrowserContext, baseUrl: string, email: string, password: string): Promise<void> {
  const response = await context.request.post(`${baseUrl}/graphql`, {
    headers: { 'content-type': 'application/json' },
    data: {
      query: 'mutation ($email: String!, $password: String!) { login(email: $email, password: $password) { id } }',
      variables: { email, password },
    },
  });
  if (response.status() !== 200) throw new Error(`signing in ${email} answered ${response.status()}`);
}
