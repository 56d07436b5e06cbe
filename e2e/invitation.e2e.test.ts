/// <reference lib="dom" />
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * An invitation link as the invited person opens it on a phone whose browser speaks German: the page speaks the
 * language staff chose (Arabic, right to left), says which MO the account is for, has the suggested name filled
 * in, and signs the person in; opened again, it says the link was used instead of asking for a password.
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

const phone = () => browser.newPage({ viewport: { width: 390, height: 844 }, isMobile: true, hasTouch: true, locale: 'de-DE' });

/** An invitation as staff issue it on the people page, for an MO of the demo data. */
async function invite(language: string, name: string): Promise<{ url: string; organization: string }> {
  const dataSource = app.services.database.dataSource;
  const [staff] = await dataSource.query<Array<{ id: string }>>(`SELECT id FROM app_user WHERE email = 'staff@kollektiv.example'`);
  const [organization] = await dataSource.query<Array<{ id: string; name: string }>>(
    `SELECT id, name FROM organization WHERE kind = 'MO' AND active ORDER BY name LIMIT 1`,
  );
  const { url } = await app.services.invitations.inviteUser(
    { kind: 'staff', userId: staff!.id, sessionId: 'e2e' },
    { email: `${name.toLowerCase()}@invited.example`, name, role: 'MEMBER', organizationId: organization!.id, language },
    app.url,
    'Demo Team',
  );
  return { url, organization: organization!.name };
}

describeInBrowser('an invitation link', () => {
  it('opens in the language staff chose, names the MO, fills in the name, and signs the person in', async () => {
    const { url, organization } = await invite('ar', 'Maryam');
    const page = await phone();
    await page.goto(url);
    await page.locator('html[lang="ar"][dir="rtl"]').waitFor();
    const section = page.locator('.narrow-page');
    await section.locator('.invitation-for').waitFor();
    expect(await section.locator('.invitation-for').innerText()).toContain(organization);
    expect(await page.locator('#invite-page-name').inputValue()).toBe('Maryam');
    // the MO's Latin name sits isolated inside the Arabic sentence, so its brackets and the full stop stay put
    const sentence = await section.locator('.invitation-for').evaluate((element) => ({
      direction: getComputedStyle(element).direction,
      text: element.textContent ?? '',
    }));
    expect(sentence.direction).toBe('rtl');
    expect(sentence.text).toContain(`\u2068${organization}\u2069`);
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'invitation-01-arabic-for-mo');

    await page.locator('#invite-page-password').fill('Ein Abend im Chor der Kalyna');
    await page.locator('.stacked-form button[type="submit"]').tap();
    await page.waitForURL(/\/calendar/);
    await page.locator('html[lang="ar"]').waitFor();

    // the same link again: it was used, and the page says so before anyone types a password
    const again = await phone();
    await again.goto(url);
    await again.locator('.narrow-page [role="alert"]').waitFor();
    expect(await again.locator('#invite-page-password').count()).toBe(0);
    expect(await again.getByRole('link', { name: 'Zur Anmeldung' }).count()).toBe(1);
    await screenshot(again, 'invitation-02-used-link-de');
    await page.close();
    await again.close();
  });

  it('keeps the language this device chose over the invitation’s', async () => {
    const { url } = await invite('ar', 'Olena');
    const page = await phone();
    await page.goto(`${url}?lang=uk`);
    await page.locator('.invitation-for').waitFor();
    expect(await page.locator('html').getAttribute('lang')).toBe('uk');
    expect(await page.locator('.invitation-for').innerText()).toMatch(/^Вас запросили/);
    await page.close();
  });
});
