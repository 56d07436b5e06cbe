/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * The staff's network tab as a person uses it: by role and label, with the keyboard where it matters, in German
 * at a desk and in Arabic on a 360 px phone, with axe over both. The demo data holds a meeting next week with
 * two topics waiting and a past one with minutes; the app lives from REFERENCE_NOW (a Tuesday).
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
  await page.goto(`${app.url}/admin?lang=${language}`);
  await page.locator(`html[lang="${language}"]`).waitFor();
  return page;
}

const said = (page: Page, text: RegExp) => page.getByRole('status').filter({ hasText: text }).waitFor({ state: 'attached' });

/** Elements a reader would have to scroll sideways for. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => element.getBoundingClientRect().left < 0 || element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName}.${element.className}`)
      .slice(0, 5),
  );

describeInBrowser('the network for staff', () => {
  it('creates a meeting, with the room’s refusals next to the fields, and calls it off with a reason', async () => {
    const page = await staffPage({ width: 1280, height: 900 });
    await page.locator('.admin-tabs').getByRole('link', { name: 'Netzwerk' }).click();
    await page.getByRole('article', { name: /Netzwerktreffen im Winter/ }).waitFor();
    expect(await axeViolations(page)).toEqual([]);

    await page.getByRole('button', { name: 'Neues Treffen' }).click();
    const form = page.getByRole('form', { name: 'Neues Netzwerktreffen' });
    await form.getByRole('button', { name: 'Treffen anlegen' }).click();
    await form.locator('#network-meeting-new-roomId-error').getByText('Bitte ausfüllen.').waitFor();
    await form.getByLabel('Haus').selectOption({ index: 1 });
    await form.getByLabel('Raum', { exact: true }).selectOption({ label: 'Großer Saal (bis 40 Personen)' });
    await form.getByLabel('Titel').fill('Netzwerktreffen im Sommer');
    await form.getByLabel('Ende').fill('23:00');
    await form.getByRole('button', { name: 'Treffen anlegen' }).click();
    await form
      .locator('#network-meeting-new-end-error')
      .getByText(/Außerhalb der Öffnungszeiten/)
      .waitFor();
    await form.getByLabel('Ende').fill('20:00');
    await form.getByRole('checkbox', { name: 'Arabisch' }).check();
    await form.getByRole('button', { name: 'Treffen anlegen' }).click();
    await said(page, /Das Treffen ist angelegt/);
    const summer = page.getByRole('article', { name: /Netzwerktreffen im Sommer/ });
    await summer.waitFor();

    // the same evening again: the room is held by the first one
    await page.getByRole('button', { name: 'Neues Treffen' }).click();
    await form.getByLabel('Haus').selectOption({ index: 1 });
    await form.getByLabel('Raum', { exact: true }).selectOption({ label: 'Großer Saal (bis 40 Personen)' });
    await form.getByLabel('Titel').fill('Doppelt');
    await form.getByRole('button', { name: 'Treffen anlegen' }).click();
    await form
      .locator('#network-meeting-new-start-error')
      .getByText(/Der Raum ist schon belegt/)
      .waitFor();
    await form.getByRole('button', { name: 'Abbrechen' }).click();

    await summer.getByRole('button', { name: /Treffen absagen/ }).click();
    await summer.getByRole('button', { name: 'Absagen' }).click();
    await summer.getByText('Bitte einen Grund angeben.').waitFor();
    await summer.getByLabel(/Grund/).fill('Der Saal wird renoviert.');
    await summer.getByRole('button', { name: 'Absagen' }).click();
    await said(page, /ist abgesagt/);
    await summer.getByText('abgesagt', { exact: true }).waitFor();
    await page.close();
  });

  it('decides on the agenda and orders it by keyboard; puts a proposal on the agenda and answers it', async () => {
    const page = await staffPage({ width: 1280, height: 900 });
    await page.goto(`${app.url}/admin/network`);
    const winter = page.getByRole('article', { name: /Netzwerktreffen im Winter/ });
    await winter.getByText('Tagesordnung', { exact: true }).click();
    await winter.getByRole('button', { name: /Annehmen.*Kinderbetreuung während der Treffen/ }).click();
    await said(page, /Kinderbetreuung während der Treffen\u2069? steht auf der Tagesordnung/);
    // the pressed button left with its topic: the keyboard goes on from the proposed topics' heading
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Vorgeschlagene Themen');
    const up = winter.getByRole('button', { name: /Nach oben.*Kinderbetreuung während der Treffen/ });
    await up.focus();
    await page.keyboard.press('Enter');
    await said(page, /steht jetzt an Stelle 2/);
    // the item moved in the list; the keyboard stays on its buttons
    expect(await page.evaluate(() => document.activeElement?.textContent)).toMatch(/Kinderbetreuung/);
    const order = await winter.locator('ol.agenda-order > li strong').allTextContents();
    expect(order.indexOf('Kinderbetreuung während der Treffen')).toBe(1);

    const piano = page.getByRole('article', { name: /Ein Raum mit Klavier am Samstag/ });
    await piano.getByLabel('Auf die Tagesordnung von', { exact: true }).selectOption({ index: 1 });
    await piano.getByRole('button', { name: /Auf die Tagesordnung setzen/ }).click();
    await said(page, /Ein Raum mit Klavier am Samstag\u2069? ist jetzt als Thema für/);
    // live on the agenda, as every open screen gets it
    await winter.locator('.agenda-text strong', { hasText: 'Ein Raum mit Klavier am Samstag' }).waitFor();
    await piano.getByRole('button', { name: /Antwort senden/ }).click();
    await piano.getByText(/Bitte eine Antwort schreiben/).waitFor();
    await piano.getByLabel('Stand').selectOption('PLANNED');
    await piano.getByLabel('Antwort', { exact: true }).fill('Der Große Saal hat ein Klavier; ab Juli samstags für Kurse.');
    await piano.getByRole('button', { name: /Antwort senden/ }).click();
    await said(page, /Die Antwort auf/);
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('network-open-proposals');

    await screenshot(page, 'network-admin-de');
    await page.close();
  });

  it('marks a decision of the past meeting done', async () => {
    const page = await staffPage({ width: 1280, height: 900 });
    await page.goto(`${app.url}/admin/network`);
    await page.getByText(/Vergangene Treffen/).click();
    const autumn = page.getByRole('article', { name: /Netzwerktreffen im Herbst/ });
    await autumn.getByText('Protokoll', { exact: true }).click();
    const done = autumn.getByRole('button', { name: /Erledigt.*Vorbereitungsgruppe Sommerfest gründen/ });
    expect(await done.getAttribute('aria-pressed')).toBe('false');
    await done.click();
    await expect.poll(() => done.getAttribute('aria-pressed')).toBe('true');
    await page.close();
  });

  it('works on a 360 px phone in Arabic: nothing to scroll sideways, axe finds nothing', async () => {
    const page = await staffPage({ width: 360, height: 800 }, 'ar');
    await page.goto(`${app.url}/admin/network`);
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    const first = page.locator('article.network-meeting').first();
    await first.waitFor();
    for (const summary of await first.locator('details > summary').all()) await summary.click();
    await page.getByRole('button', { name: 'اجتماع جديد' }).click();
    expect(await overflowing(page)).toEqual([]);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'network-admin-ar-360');
    await page.close();
  });
});
