/// <reference lib="dom" />
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { RunningApp } from '../server/src/app/start.js';
import { DEMO_PASSWORD } from '../server/src/db/seed/demo-data.js';
import { ApiClient } from '../server/test/harness.js';
import { startMailbox } from '../server/test/smtp.js';
import { houseTime, nextOrdinary, TUESDAY } from '../server/test/dates.js';
import { axeViolations } from './axe.js';
import { describeInBrowser, launchChromium, screenshot, signIn } from './browser.js';
import { startDemoApp } from './demo-app.js';

let app: RunningApp;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let browser: Browser;
let member: Page;
let coach: Page;
let staff: Page;
let day: string;

const REQUEST_TEXT = 'نحتاج مساعدة في دفتر حسابات الجمعية قبل الاجتماع السنوي.';

beforeAll(async () => {
  mailbox = await startMailbox();
  // mails leave at once: the test reads what the member's side is told, not how changes are gathered
  app = await startDemoApp({ rateLimits: null, smtpUrl: mailbox.url, changeMailDelaySeconds: 0 });
  day = nextOrdinary(TUESDAY, app.services.clock());
  browser = await launchChromium(app.services.clock);
  member = await (
    await browser.newContext({
      viewport: { width: 390, height: 844 },
      hasTouch: true,
      isMobile: true,
      // signs in with the shared German helper, then switches to Arabic by ?lang=ar
      locale: 'de-DE',
      timezoneId: 'Europe/Berlin',
    })
  ).newPage();
  coach = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  await signIn(member, app.url, 'member1@kollektiv.example', DEMO_PASSWORD);
  await signIn(coach, app.url, 'coach@kollektiv.example', DEMO_PASSWORD);
  staff = await (
    await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' })
  ).newPage();
  await signIn(staff, app.url, 'staff@kollektiv.example', DEMO_PASSWORD);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await mailbox?.stop();
});

/** The visible elements that reach beyond the viewport's width: cut off on a phone. */
async function overflowing(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    return [...document.querySelectorAll<HTMLElement>('main *')]
      .filter((element) => element.offsetParent !== null)
      .filter((element) => {
        const box = element.getBoundingClientRect();
        return box.left < -1 || box.right > width + 1;
      })
      .map((element) => element.outerHTML.slice(0, 80));
  });
}

/** Interactive elements a thumb cannot hit: less than 44 px high (checkboxes and radios count by their label). */
async function smallTargets(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll<HTMLElement>(
        'main button, main select, main input:not([type="checkbox"]):not([type="radio"]), main .checks label',
      ),
    ]
      .filter((element) => element.offsetParent !== null && element.getBoundingClientRect().height < 43.5)
      .map((element) => element.outerHTML.slice(0, 80)),
  );
}

/** The coaching report's totals this year as staff read them: requests, sessions, hours, closed. */
async function coachingTotals(): Promise<string[]> {
  await staff.goto(`${app.url}/reports`);
  await staff.getByLabel('Dieses Jahr').check();
  const footer = staff.locator('.coaching-report .coaching-report-table tfoot td');
  await footer.first().waitFor();
  return (await footer.allTextContents()).slice(0, 4);
}

describeInBrowser('coaching from a phone in Arabic', () => {
  let requestId: string;

  it('a member asks for coaching and sees the request listed', async () => {
    await member.goto(`${app.url}/coaching?lang=ar`);
    await member.getByRole('heading', { name: 'الإرشاد (كوتشينغ)' }).waitFor();
    expect(await member.evaluate(() => document.documentElement.dir)).toBe('rtl');
    await member.getByRole('link', { name: 'الإرشاد', exact: true }).waitFor();
    const started = Date.now();
    await member.getByRole('button', { name: 'طلب إرشاد' }).tap();
    await member.getByLabel('في أي شيء تحتاجون المساعدة؟').selectOption('FINANCES');
    await member.getByLabel('ماذا تحتاجون؟ بكلماتكم الخاصة').fill(REQUEST_TEXT);
    // the reader's language is ticked already; German as well
    expect(await member.getByRole('checkbox', { name: 'العربية' }).isChecked()).toBe(true);
    await member.getByRole('checkbox', { name: 'Deutsch' }).tap();
    await member.getByRole('checkbox', { name: 'الثلاثاء' }).tap();
    expect(await overflowing(member)).toEqual([]);
    expect(await smallTargets(member)).toEqual([]);
    await screenshot(member, 'coaching-01-phone-form-ar');
    await member.getByRole('button', { name: 'إرسال الطلب' }).tap();
    await member.getByRole('status').filter({ hasText: 'وصل طلبكم' }).waitFor();
    expect(Date.now() - started).toBeLessThan(120_000);

    const own = await new ApiClient(app.url).login('member1@kollektiv.example', DEMO_PASSWORD);
    const { coachingRequests } = await own.data<{ coachingRequests: Array<{ id: string; text: string; languages: string[] }> }>(
      '{ coachingRequests { id text languages } }',
    );
    const created = coachingRequests.find((request) => request.text === REQUEST_TEXT)!;
    expect(created.languages).toEqual(['ar', 'de']);
    requestId = created.id;
    const card = member.locator('.coaching-card', { has: member.locator(`a[href="/coaching/${requestId}"]`) });
    expect(await card.textContent()).toContain('بانتظار مرشد');
    expect(await overflowing(member)).toEqual([]);
    expect(await axeViolations(member)).toEqual([]);
    await screenshot(member, 'coaching-02-phone-list-ar');
  });

  it('the coach books a room and the member’s open screen shows it without reload', async () => {
    await member.locator(`a[href="/coaching/${requestId}"]`).tap();
    await member.waitForURL(new RegExp(`/coaching/${requestId}$`));
    await member.getByText(REQUEST_TEXT).waitFor();
    await member.locator('.live.live').waitFor();
    expect(await axeViolations(member)).toEqual([]);

    // staff, at their desk, pick the coach the queue suggests: she knows the topic and speaks Arabic
    await staff.goto(`${app.url}/admin/coaching`);
    const queued = staff.getByRole('article', { name: /Syrisch-Deutscher Kulturverein.*Buchhaltung und Finanzen/ });
    const amira = queued.getByRole('radio', { name: /Amira Haddad/ });
    await expect.poll(() => amira.isChecked()).toBe(true);
    expect(await queued.getByText(/kennt das Thema · spricht Arabisch und Deutsch/).count()).toBe(1);
    await queued.getByRole('button', { name: /Coach zuweisen/ }).click();
    await staff
      .getByRole('status')
      .filter({ hasText: /Amira Haddad\u2069? ist der Anfrage/ })
      .waitFor({ state: 'attached' });
    // assigned by staff elsewhere: the member's page follows by itself
    await member.locator('.status', { hasText: 'تم إيجاد مرشد' }).waitFor({ timeout: 5000 });

    const api = await new ApiClient(app.url).login('staff@kollektiv.example', DEMO_PASSWORD);
    const { freeRooms, locations } = await api.data<{
      freeRooms: Array<{ id: string; name: string; locationId: string }>;
      locations: Array<{ id: string; name: string; address: string }>;
    }>(
      'query ($from: DateTime!, $to: DateTime!) { freeRooms(from: $from, to: $to) { id name locationId } locations { id name address } }',
      {
        from: houseTime(day, '10:00'),
        to: houseTime(day, '11:30'),
      },
    );
    const room = freeRooms[0]!;
    const house = locations.find((location) => location.id === room.locationId)!;

    await coach.goto(`${app.url}/coaching/${requestId}`);
    await coach.getByRole('button', { name: 'Termin vereinbaren' }).click();
    await coach.getByLabel('Haus').selectOption({ label: house.name });
    await coach.getByLabel('Raum', { exact: true }).selectOption({ label: room.name });
    await coach.getByLabel('Datum').fill(day);
    await coach.getByLabel('Beginn').fill('10:00');
    await coach.getByLabel('Ende').fill('11:30');
    await coach.getByRole('button', { name: 'Termin buchen' }).click();
    await coach.getByRole('status').filter({ hasText: 'Der Termin ist gebucht.' }).waitFor();

    const session = member.locator('.coaching-sessions .coaching-card', { hasText: room.name });
    await session.waitFor({ timeout: 5000 });
    const text = (await session.textContent()) ?? '';
    expect(text).toContain(house.name);
    expect(text).toContain('10:00–11:30');
    if (house.address.trim()) expect(text).toContain(house.address.trim());
    expect(await member.locator('.status', { hasText: 'تم تحديد موعد' }).count()).toBe(1);
    expect(await overflowing(member)).toEqual([]);
    expect(await axeViolations(member)).toEqual([]);
    await screenshot(member, 'coaching-03-phone-session-ar');
    await member.setViewportSize({ width: 360, height: 740 });
    expect(await overflowing(member)).toEqual([]);
    expect(await smallTargets(member)).toEqual([]);
    await screenshot(member, 'coaching-04-phone-360-ar');

    // and the member who asked is told by e-mail (gathered per request: the assignment may come on its own
    // first), with the session's time and room and the link to the request
    const toMember = () => mailbox.messages.filter((mail) => mail.to.includes('member1@kollektiv.example'));
    await expect.poll(() => toMember().some((mail) => mail.text.includes(room.name)), { timeout: 10_000 }).toBe(true);
    const mail = toMember().find((one) => one.text.includes(room.name))!;
    expect(mail.text).toContain(`/coaching/${requestId}`);
    expect(mail.text).toContain('10:00');

    // the city's report counts it: the demo's seven requests, two sessions (3½ h) and one closing, and this
    // request with its session of 1½ h
    expect(await coachingTotals()).toEqual(['8', '3', '5', '1']);
  });

  it('a second session in the taken slot is refused, naming the slot in plain words', async () => {
    await coach.getByRole('button', { name: 'Termin vereinbaren' }).click();
    const { locations } = await new ApiClient(app.url).data<{ locations: Array<{ id: string; name: string }> }>(
      '{ locations { id name } }',
    );
    const booked = await coach.locator('.coaching-sessions .coaching-card').first().textContent();
    const house = locations.find((location) => booked?.includes(location.name))!;
    await coach.getByLabel('Haus').selectOption({ label: house.name });
    const roomName = (await coach.getByLabel('Raum', { exact: true }).locator('option').allTextContents()).find((name) =>
      booked?.includes(name),
    )!;
    await coach.getByLabel('Raum', { exact: true }).selectOption({ label: roomName.trim() });
    await coach.getByLabel('Datum').fill(day);
    await coach.getByLabel('Beginn').fill('10:30');
    await coach.getByLabel('Ende').fill('11:00');
    await coach.getByRole('button', { name: 'Termin buchen' }).click();
    const error = coach.locator('.field-error', { hasText: 'Der Raum ist schon belegt' });
    await error.waitFor();
    expect(await error.textContent()).toContain('10:00–11:30');
    await screenshot(coach, 'coaching-05-conflict');
  });

  it('a staff-only note stays with the coach; the member moves the session and closes the request', async () => {
    await coach.getByLabel('Ihre Nachricht').fill('Kassenprüfung fehlt noch, bitte behutsam ansprechen.');
    await coach.getByLabel('Nur für das Team (die Organisation sieht das nicht)').check();
    await coach.getByRole('button', { name: 'Nachricht senden' }).click();
    await coach.locator('.coaching-card.staff-only', { hasText: 'Kassenprüfung' }).waitFor();
    await coach.getByLabel('Ihre Nachricht').fill('Bitte bringen Sie das Kassenbuch mit.');
    await coach.getByRole('button', { name: 'Nachricht senden' }).click();

    await member.locator('.coaching-messages .coaching-card', { hasText: 'Kassenbuch' }).waitFor({ timeout: 5000 });
    expect(await member.locator('.coaching-messages').textContent()).not.toContain('Kassenprüfung');
    expect(await member.getByLabel('لفريق المركز فقط (لا تراها المنظمة)').count()).toBe(0);

    await member.getByRole('button', { name: /^نقل/ }).tap();
    await member.getByLabel('البداية').fill('11:30');
    await member.getByLabel('النهاية').fill('12:30');
    expect(await overflowing(member)).toEqual([]);
    await member.getByRole('button', { name: 'النقل إلى هنا' }).tap();
    await member.getByRole('status').filter({ hasText: 'تم نقل الموعد.' }).waitFor();
    expect(await member.locator('.coaching-sessions').textContent()).toContain('11:30–12:30');
    await coach.locator('.coaching-sessions .coaching-card', { hasText: '11:30–12:30' }).waitFor({ timeout: 5000 });

    await member.getByRole('button', { name: 'إغلاق الطلب …' }).tap();
    await member.getByLabel('كيف جرى الأمر؟').fill('ساعدنا كثيراً، شكراً.');
    await member.getByRole('button', { name: 'إغلاق', exact: true }).tap();
    await member.locator('.status', { hasText: 'مُغلق' }).waitFor();
    await member.getByRole('status').filter({ hasText: 'تم إغلاق الطلب.' }).waitFor();
    expect(await member.getByRole('button', { name: /^نقل/ }).count()).toBe(0);
    // the coach's open page follows: nothing more to book on a closed request
    await coach.locator('.status', { hasText: 'Abgeschlossen' }).waitFor({ timeout: 5000 });
    expect(await coach.getByRole('button', { name: 'Termin vereinbaren' }).count()).toBe(0);
    expect(await axeViolations(member)).toEqual([]);
    await screenshot(member, 'coaching-06-phone-closed-ar');
  });

  it('no mail to the member tells of the staff-only note; the city’s report counts the closing, not the cancelled session', async () => {
    const toMember = mailbox.messages.filter((mail) => mail.to.includes('member1@kollektiv.example'));
    expect(toMember.length).toBeGreaterThan(0);
    for (const mail of toMember) expect(mail.text).not.toContain('Kassenprüfung');

    // closing before the session's day cancelled it: the report counts the request and its closing, not the session
    expect(await coachingTotals()).toEqual(['8', '2', '3,5', '2']);
  });
});
