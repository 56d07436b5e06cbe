/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

/**
 * The MOs' side of the network as members use it on their phones: Kalyna in Ukrainian answers and puts a topic
 * on the agenda, SDKV in Farsi watches it appear; proposals are supported and written. axe over every screen.
 */
let app: RunningApp;
let browser: Browser;
const PHONE = { width: 360, height: 740 };

beforeAll(async () => {
  app = await startDemoApp({ rateLimits: null });
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function memberPage(email: string, language: string): Promise<Page> {
  const page = await browser.newPage({ viewport: PHONE, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  await signIn(page, app.url, email, DEMO_PASSWORD);
  await page.goto(`${app.url}/network?lang=${language}`);
  await page.locator(`html[lang="${language}"]`).waitFor();
  return page;
}

/** Elements a reader would have to scroll sideways for. */
const overflowing = (page: Page) =>
  page.evaluate(() =>
    [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => element.getBoundingClientRect().left < 0 || element.getBoundingClientRect().right > window.innerWidth + 1)
      .map((element) => `${element.tagName}.${element.className}`)
      .slice(0, 5),
  );

describeInBrowser('the network for MO members', () => {
  it('answers and proposes a topic in Ukrainian, which appears live for another MO reading in Farsi', async () => {
    const kalyna = await memberPage('member2@kollektiv.example', 'uk');
    await kalyna.getByRole('heading', { name: 'Мережа організацій' }).waitFor();
    const coming = kalyna.getByRole('list', { name: 'Майбутні зустрічі' });
    await coming.getByRole('link', { name: 'Netzwerktreffen im Winter' }).waitFor();
    expect(await kalyna.getByRole('list', { name: 'Минулі зустрічі' }).getByText('Протокол опубліковано').count()).toBe(1);
    expect(await axeViolations(kalyna)).toEqual([]);
    expect(await overflowing(kalyna)).toEqual([]);
    await screenshot(kalyna, 'network-list-uk-360');

    await coming.getByRole('link', { name: 'Netzwerktreffen im Winter' }).click();
    await kalyna.getByRole('heading', { name: 'Netzwerktreffen im Winter', level: 2 }).waitFor();
    const meetingUrl = kalyna.url();
    const sdkv = await memberPage('member1@kollektiv.example', 'fa');
    await sdkv.goto(meetingUrl);
    await sdkv.getByRole('heading', { name: 'Netzwerktreffen im Winter', level: 2 }).waitFor();

    // the MO's answer from the demo: coming with three, interpretation into Ukrainian
    expect(await kalyna.getByRole('radio', { name: 'Так, ми прийдемо' }).isChecked()).toBe(true);
    await kalyna.getByLabel('Скільки людей?').fill('4');
    await kalyna.getByRole('button', { name: 'Змінити відповідь' }).click();
    await kalyna.getByRole('status').filter({ hasText: 'Вашу відповідь збережено.' }).waitFor({ state: 'attached' });

    await kalyna.getByRole('button', { name: 'Запропонувати тему' }).click();
    await kalyna.getByLabel('Назва').fill('Музична кімната по суботах');
    await kalyna.getByLabel(/Про що йдеться/).fill('Для занять хору з дітьми.');
    await kalyna.getByRole('button', { name: 'Надіслати', exact: true }).click();
    await kalyna.getByRole('status').filter({ hasText: 'Вашу тему надіслано' }).waitFor({ state: 'attached' });
    expect(await axeViolations(kalyna)).toEqual([]);
    expect(await overflowing(kalyna)).toEqual([]);
    await screenshot(kalyna, 'network-meeting-uk-360');

    // SDKV's page did nothing: the topic arrives through networkChanges
    const proposed = sdkv.getByRole('list', { name: 'موضوع‌های پیشنهادی' });
    await proposed.getByText('Музична кімната по суботах').waitFor();
    expect(await sdkv.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await axeViolations(sdkv)).toEqual([]);
    expect(await overflowing(sdkv)).toEqual([]);
    await screenshot(sdkv, 'network-meeting-fa-360');
    await kalyna.close();
    await sdkv.close();
  });

  it('lets a coach read a held meeting’s minutes and decisions in Arabic, with nothing to answer', async () => {
    const page = await memberPage('coach@kollektiv.example', 'ar');
    await page.getByRole('navigation').getByRole('link', { name: 'الشبكة' }).waitFor();
    await page.getByRole('list', { name: 'الاجتماعات السابقة' }).getByRole('link', { name: 'Netzwerktreffen im Herbst' }).click();
    await page.getByRole('heading', { name: 'المحضر والقرارات' }).waitFor();
    const decisions = page.getByRole('list', { name: 'القرارات' });
    expect(await decisions.getByRole('listitem').count()).toBe(3);
    expect(await decisions.getByText('تم', { exact: true }).count()).toBe(1);
    expect(await page.getByRole('heading', { name: 'جوابكم' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: 'اقتراح موضوع' }).count()).toBe(0);
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);
    await screenshot(page, 'network-minutes-ar-360');
    await page.close();
  });

  it('supports another MO’s proposal and writes one of its own', async () => {
    const page = await memberPage('member2@kollektiv.example', 'de');
    await page.goto(`${app.url}/network/proposals`);
    const list = page.getByRole('list', { name: /Vorschläge, die am meisten/ });
    const piano = list.getByRole('listitem').filter({ hasText: 'Ein Raum mit Klavier am Samstag' });
    await piano.waitFor();
    expect(await axeViolations(page)).toEqual([]);
    expect(await overflowing(page)).toEqual([]);

    // Kalyna's own proposal offers no support button; SDKV's piano room already has Kalyna's voice
    const sunday = list.getByRole('listitem').filter({ hasText: 'Sonntagnachmittags öffnen' });
    expect(await sunday.getByRole('button', { name: 'Unterstützen' }).count()).toBe(0);
    await piano.getByRole('button', { name: 'Unterstützung zurückziehen' }).click();
    await piano.getByRole('button', { name: 'Unterstützen' }).click();
    await piano.getByText('Ihre Organisation ist dabei.').waitFor();

    await page.getByRole('button', { name: 'Neuer Vorschlag' }).click();
    await page.getByRole('button', { name: 'Einreichen' }).click();
    await page.getByText('Bitte ausfüllen.').waitFor();
    await page.getByLabel('Titel').fill('Deutschkurs am Abend');
    await page.getByRole('button', { name: 'Einreichen' }).click();
    await page.getByRole('status').filter({ hasText: 'Ihr Vorschlag ist eingereicht.' }).waitFor({ state: 'attached' });
    await list.getByRole('listitem').filter({ hasText: 'Deutschkurs am Abend' }).getByRole('button', { name: 'Bearbeiten' }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await screenshot(page, 'network-proposals-de-360');
    await page.close();
  });
});
