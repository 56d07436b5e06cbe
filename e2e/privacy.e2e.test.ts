/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * Data protection as people meet it on a 360-pixel phone, in German and in Arabic (right to left): the privacy
 * page with the controller from configuration, linked from the login page and every page's foot, and staff
 * erasing a person, after which the name is nowhere on the people page.
 */
const PHONE = { width: 360, height: 740 };
const CONTROLLER = {
  controllerName: 'KolLEktiv – Treffpunkt für Engagement und Begegnung e. V.',
  controllerContact: 'Zschochersche Str. 50\n04229 Leipzig\ndatenschutz@kollektiv.example',
  imprintUrl: 'https://kollektiv.example/impressum',
};

let app: RunningApp;
let browser: Browser;

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null, privacy: CONTROLLER });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

const phone = () => browser.newPage({ viewport: PHONE, isMobile: true, hasTouch: true, locale: 'de-DE', timezoneId: 'Europe/Berlin' });

/**
 * What a reader could not see without scrolling sideways: the page wider than the window, or a visible element
 * sticking out on either side (right to left, text runs off on the left).
 */
const cutOff = (page: Page) =>
  page.evaluate(() => {
    const width = window.innerWidth;
    const sticking = [...document.querySelectorAll<HTMLElement>('main *, footer *')]
      .filter((element) => element.offsetParent !== null && !element.closest('.visually-hidden'))
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.width > 0 && (box.left < -1 || box.right > width + 1);
      })
      .map((element) => `${element.tagName}: ${(element.textContent ?? '').trim().slice(0, 40)}`);
    return { pageWider: document.documentElement.scrollWidth > width, sticking: sticking.slice(0, 5) };
  });

describeInBrowser('data protection on a phone', () => {
  it.each([
    { language: 'de', heading: 'Datenschutz', link: 'Datenschutz', dir: 'ltr', retention: 'nach 30 Tagen' },
    { language: 'ar', heading: 'حماية البيانات', link: 'حماية البيانات', dir: 'rtl', retention: 'بعد 30 يومًا' },
  ])(
    '$language: the privacy page reads, from the login page on, with nothing cut off',
    async ({ language, heading, link, dir, retention }) => {
      const page = await phone();
      await page.goto(`${app.url}/login?lang=${language}`);
      await page.locator(`html[lang="${language}"][dir="${dir}"]`).waitFor();
      // the login form says where its data goes; the foot of every page links there too
      expect(await page.getByRole('contentinfo').getByRole('link', { name: link }).count()).toBe(1);
      await page.locator('.login').getByRole('link', { name: link }).tap();
      await page.waitForURL(/\/datenschutz$/);
      await page.getByRole('heading', { level: 2, name: heading }).waitFor();
      const text = await page.locator('.privacy-page').innerText();
      expect(text).toContain(CONTROLLER.controllerName);
      expect(text).toContain('04229 Leipzig');
      expect(text).toContain(retention);
      expect(await page.getByRole('link', { name: 'datenschutz@kollektiv.example' }).getAttribute('href')).toBe(
        'mailto:datenschutz@kollektiv.example',
      );
      expect(await page.getByRole('contentinfo').locator(`a[href="${CONTROLLER.imprintUrl}"]`).count()).toBe(1);
      expect(await cutOff(page)).toEqual({ pageWider: false, sticking: [] });
      expect(await axeViolations(page)).toEqual([]);
      await screenshot(page, `privacy-01-page-${language}`);

      // an MO's public page has the same foot
      await page.goto(`${app.url}/mo`);
      await page.locator('.public-mo h3 a').first().tap();
      await page.waitForURL(/\/mo\/[^/]+$/);
      await page.getByRole('contentinfo').getByRole('link', { name: link }).waitFor();
      await page.close();
    },
  );

  it.each([
    {
      language: 'de',
      person: 'Demo Mitglied SDKV',
      erase: 'Person löschen',
      confirm: 'Endgültig löschen',
      done: 'Die Person wurde gelöscht.',
    },
    { language: 'ar', person: 'Demo Mitglied Kalyna', erase: 'حذف الشخص', confirm: 'حذف نهائي', done: 'تم حذف الشخص.' },
  ])('$language: staff erase a person after being told what goes and what stays', async ({ language, person, erase, confirm, done }) => {
    const page = await phone();
    await signIn(page, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
    await page.goto(`${app.url}/admin/people?lang=${language}`);
    const card = page.locator('.admin-card', { hasText: person });
    await card.waitFor();
    await card.getByRole('button', { name: new RegExp(`^${erase}\\s*: ${person}$`) }).tap();
    const question = card.locator('.erase-confirmation');
    await question.waitFor();
    // the question names the person and says what goes and what stays, before anything is erased
    expect(await question.innerText()).toContain(person);
    expect(await question.locator('p').count()).toBeGreaterThanOrEqual(3);
    expect(await cutOff(page)).toEqual({ pageWider: false, sticking: [] });
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `privacy-02-erase-question-${language}`);

    await question.getByRole('button', { name: confirm }).tap();
    await page.getByText(done).waitFor();
    await expect.poll(() => page.locator('main').innerText()).not.toContain(person);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, `privacy-03-erased-${language}`);
    await page.close();
  });
});
