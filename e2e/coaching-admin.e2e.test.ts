/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * The staff's coaching tab as a person uses it: by role and label, in German at a desk and in Arabic on a
 * 360 px phone, with axe over both.
 */
let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function staffPage(viewport: { width: number; height: number }, language = 'de'): Promise<Page> {
  const page = await browser.newPage({ viewport, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  await signIn(page, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
  if (language !== 'de') {
    await page.goto(`${app.url}/admin/coaching?lang=${language}`);
    await page.locator(`html[lang="${language}"]`).waitFor();
  }
  await page.goto(`${app.url}/admin/coaching`);
  await page.locator('.coaching-request').first().waitFor();
  return page;
}

/** Elements wider than the window: what a reader would have to scroll sideways for. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.getBoundingClientRect().right > window.innerWidth + 1 && element.offsetParent !== null)
      .filter((element) => element.getBoundingClientRect().left < 0 || element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName}.${element.className}`)
      .slice(0, 5),
  );

describeInBrowser('the coaching queue for staff', () => {
  it('assigns the suggested coach, says why they are suggested, and declines only with a reason', async () => {
    const page = await staffPage({ width: 1280, height: 900 });
    expect(await axeViolations(page)).toEqual([]);
    const request = page.getByRole('article', { name: /Fördermittel beantragen/ });
    const amira = request.getByRole('radio', { name: /Amira Haddad/ });
    await expect.poll(() => amira.isChecked()).toBe(true);
    expect(await request.getByText(/kennt das Thema · spricht Deutsch und Englisch/).count()).toBe(1);
    await request.getByRole('button', { name: /Coach zuweisen/ }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /Amira Haddad\u2069? ist der Anfrage/ })
      .waitFor({ state: 'attached' });
    // the pressed button left with its request: the keyboard goes on from the queue's heading
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('coaching-queue-heading');
    const waiting = page.getByRole('region', { name: /Coach zugewiesen, noch kein Termin/ });
    await waiting.getByRole('article', { name: /Fördermittel beantragen/ }).waitFor();

    const assigned = waiting.getByRole('article', { name: /Fördermittel beantragen/ });
    await assigned.getByRole('button', { name: /Ablehnen/ }).click();
    await assigned.getByRole('button', { name: 'Anfrage ablehnen' }).click();
    await assigned.getByText('Bitte geben Sie einen Grund an.').waitFor();
    await assigned.getByLabel(/Grund der Absage/).fill('Das Team hilft hier selbst.');
    await assigned.getByRole('button', { name: 'Anfrage ablehnen' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: /ist abgelehnt/ })
      .waitFor({ state: 'attached' });
    await screenshot(page, 'coaching-admin-de');
    await page.close();
  });

  it('adds a coach who is then offered to every open request', async () => {
    const page = await staffPage({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Coach anlegen' }).click();
    const form = page.getByRole('form', { name: 'Coach anlegen' });
    await form.getByRole('button', { name: 'Speichern' }).click();
    await form.getByText('Bitte geben Sie einen Namen an.').waitFor();
    await form.getByLabel('Name').fill('Farid Rahimi');
    await form.getByRole('checkbox', { name: 'Fördermittel beantragen' }).check();
    await form.getByLabel('Weitere Sprachen').fill('Klingonisch');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await form.getByText(/Diese Sprache kennen wir nicht: \u2068?Klingonisch/).waitFor();
    await form.getByLabel('Weitere Sprachen').fill('Paschtu');
    await form.getByRole('checkbox', { name: 'Deutsch' }).check();
    await form.getByRole('button', { name: 'Speichern' }).click();
    await page.getByRole('heading', { name: 'Farid Rahimi' }).waitFor();
    // the first test took the funding request; the finances one shares German with the new coach
    const request = page.getByRole('article', { name: /Buchhaltung und Finanzen/ });
    await request.getByRole('radio', { name: /Farid Rahimi spricht Deutsch/ }).waitFor();
    await page.close();
  });

  it('works on a 360 px phone in Arabic: nothing to scroll sideways, axe finds nothing', async () => {
    const page = await staffPage({ width: 360, height: 800 }, 'ar');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.locator('details.coaching-group.finished > summary').click();
    expect(await overflowing(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'coaching-admin-ar-360');
    await page.close();
  });
});
