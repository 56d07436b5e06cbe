/// <reference lib="dom" />
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startMailbox } from '../server/test/smtp.js';
import { freePort } from '../server/test/node-process.js';
import { startApp, type RunningApp } from '../server/src/app/start.js';
import { loadConfig } from '../server/src/config.js';
import { CLIENT_DIST, describeInBrowser, launchChromium, screenshot } from './browser.js';
import { nextOrdinary, TUESDAY } from '../server/test/dates.js';

/**
 * A fresh production deployment set up the way the README says, by a person in a browser: create-staff,
 * the link, a password, a house with opening hours, a room and an MO, a member invited by e-mail who accepts
 * and books the new room, and the audit page showing all of it.
 */
const serverRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', 'server');
let dataDir: string;
let app: RunningApp;
let browser: Browser;
let mailbox: Awaited<ReturnType<typeof startMailbox>>;
let setupLink: string;
let baseUrl: string;

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-golive-'));
  mailbox = await startMailbox();
  const port = await freePort();
  baseUrl = `http://localhost:${port}`;
  const created = spawnSync(
    process.execPath,
    ['--import', 'tsx', 'src/cli/create-staff.ts', '--email', 'leitung@kollektiv.example', '--name', 'Ada Leitung'],
    {
      cwd: serverRoot,
      env: { ...process.env, NODE_ENV: 'production', DATABASE_URL: '', DATA_DIR: dataDir, PUBLIC_URL: baseUrl },
      encoding: 'utf8',
    },
  );
  if (created.status !== 0) throw new Error(created.stderr);
  setupLink = /https?:\/\/\S+\/invite\/\S+/.exec(created.stdout)![0];
  app = await startApp(
    {
      ...loadConfig({ NODE_ENV: 'production' }),
      port,
      host: '127.0.0.1',
      dataDir,
      clientDist: CLIENT_DIST,
      smtpUrl: mailbox.url,
      publicUrl: baseUrl,
      // plain http on localhost in the test; a real deployment sits behind TLS
      cookieSecure: false,
    },
    { log: () => {} },
  );
  browser = await launchChromium(app.services.clock);
});

afterAll(async () => {
  await browser?.close();
  await app?.stop();
  await mailbox?.stop();
  if (dataDir) fs.rmSync(dataDir, { recursive: true, force: true });
});

async function newPage(): Promise<Page> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'de-DE', timezoneId: 'Europe/Berlin' });
  return context.newPage();
}

describeInBrowser('going live on an empty production database', () => {
  let staff: Page;
  let day: string;

  it('the first staff member opens the setup link, chooses a password and is signed in', async () => {
    staff = await newPage();
    await staff.goto(setupLink);
    await staff.getByLabel('Name').fill('Ada Leitung');
    await staff.getByLabel('Neues Passwort').fill('kurz');
    await staff.getByRole('button', { name: 'Konto anlegen' }).click();
    await staff.getByText('Zu kurz: mindestens 10 Zeichen.').waitFor();
    await staff.getByLabel('Neues Passwort').fill('Grüne Gießkanne am Fenster');
    await staff.getByRole('button', { name: 'Konto anlegen' }).click();
    await staff.waitForURL(/\/calendar/);
    await staff.getByText('Noch keine Standorte angelegt.').waitFor();
    await screenshot(staff, 'golive-01-empty-calendar');
  });

  it('sets up a house with opening hours, a room and an MO', async () => {
    await staff.getByRole('link', { name: 'Verwaltung' }).click();
    await staff.getByRole('button', { name: '+ Neues Haus' }).click();
    const form = staff.getByRole('form', { name: 'Neues Haus' });
    await form.getByLabel('Name', { exact: true }).fill('KolLEktiv Zschochersche Straße');
    await form.getByLabel('Adresse').fill('Zschochersche Str. 50, 04229 Leipzig');
    // Monday to Friday 09:00–21:00
    for (const day of ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag']) {
      await form.getByRole('button', { name: new RegExp(`Zeitraum hinzufügen\\s*\\(${day}\\)`) }).click();
      await form.getByLabel(`${day} von`).fill('09:00');
      await form.getByLabel(`${day} bis`).fill('21:00');
    }
    await screenshot(staff, 'golive-02-house-form');
    await form.getByRole('button', { name: 'Speichern' }).click();
    await staff.getByRole('heading', { name: 'KolLEktiv Zschochersche Straße' }).waitFor();
    await screenshot(staff, 'golive-02b-house-saved');

    // the house's name is read out with the button (hidden text after it)
    await staff.getByRole('button', { name: /Neuer Raum\s*: KolLEktiv Zschochersche Straße/ }).click();
    const room = staff.getByRole('form', { name: /Neuer Raum in/ });
    await room.getByLabel('Name').fill('Großer Saal');
    await room.getByLabel('Plätze').fill('40');
    await room.getByLabel('Klavier').check();
    await room.getByRole('button', { name: 'Speichern' }).click();
    await staff.locator('.admin-card strong', { hasText: 'Großer Saal' }).waitFor();

    await staff.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Organisationen' }).click();
    await staff.getByRole('button', { name: '+ Neue Organisation' }).click();
    const organization = staff.getByRole('form', { name: 'Neue Organisation' });
    await organization.getByLabel('Name', { exact: true }).fill('Ukrainischer Chor Kalyna');
    await organization.getByLabel('Kurzname').fill('Kalyna');
    // the MO's languages are picked by name, not typed as codes; a language beyond the UI's is typed by name
    const languages = organization.getByRole('group', { name: 'Sprachen' });
    await languages.getByRole('checkbox', { name: 'Ukrainisch' }).check();
    await languages.getByRole('checkbox', { name: 'Deutsch' }).check();
    await languages.getByLabel('Weitere Sprachen').fill('Klingonisch');
    await organization.getByRole('button', { name: 'Speichern' }).click();
    await organization.getByText(/Diese Sprache kennen wir nicht: .?Klingonisch/).waitFor();
    await languages.getByLabel('Weitere Sprachen').fill('Russisch, Kurdisch');
    await organization.getByRole('button', { name: 'Speichern' }).click();
    await staff.getByRole('heading', { name: /Ukrainischer Chor Kalyna/ }).waitFor();
    const card = staff.locator('.admin-card', { hasText: 'Ukrainischer Chor Kalyna' });
    expect(await card.getByText(/Ukrainisch, Deutsch, Russisch und Kurdisch/).count()).toBe(1);
    await screenshot(staff, 'golive-03-organization');
  });

  it('invites a member, who gets the link by e-mail, accepts, signs in and books the new room', async () => {
    await staff.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Personen' }).click();
    const invite = staff.getByRole('form', { name: 'Einladen' });
    await invite.getByLabel('E-Mail', { exact: true }).fill('oksana@kalyna.example');
    await invite.getByLabel('Name (wenn bekannt)').fill('Oksana');
    await invite.getByLabel('Organisation').selectOption({ label: 'Ukrainischer Chor Kalyna' });
    await invite.getByRole('button', { name: 'Einladung erstellen' }).click();
    await staff.getByText('Die Einladung ist per E-Mail an oksana@kalyna.example unterwegs.').waitFor();
    await screenshot(staff, 'golive-04-invited');

    const mail = await mailbox.waitFor('oksana@kalyna.example');
    const member = await newPage();
    await member.goto(mailbox.linkIn(mail));
    await member.getByLabel('Name').fill('Oksana Petrenko');
    await member.getByLabel('Neues Passwort').fill('Kalyna singt am Dienstag');
    await member.getByRole('button', { name: 'Konto anlegen' }).click();
    await member.waitForURL(/\/calendar/);

    day = nextOrdinary(TUESDAY, app.services.clock());
    await member.goto(`${baseUrl}/calendar?view=resourceTimeGridDay&date=${day}`);
    await member.getByText('live', { exact: true }).waitFor();
    await member.getByRole('button', { name: 'Neue Buchung' }).click();
    const dialog = member.getByRole('dialog');
    await dialog.getByLabel('Titel', { exact: true }).fill('Chorprobe');
    await dialog.getByLabel('Art', { exact: true }).selectOption('CHOIR');
    await dialog.getByLabel('Datum').fill(day);
    await dialog.getByLabel('Beginn').fill('18:00');
    await dialog.getByLabel('Ende').fill('20:00');
    await dialog.getByRole('button', { name: 'Speichern' }).click();
    await member.locator('.rooms-booking', { hasText: 'Chorprobe' }).waitFor();
    await screenshot(member, 'golive-05-member-booked');
  });

  it('shows those steps on the audit page', async () => {
    await staff.getByRole('navigation', { name: 'Bereiche der Verwaltung' }).getByRole('link', { name: 'Protokoll' }).click();
    const table = staff.locator('.admin-table');
    await table.waitFor();
    for (const step of [
      /Buchung angelegt: Chorprobe/,
      /Person angelegt: Oksana Petrenko/,
      /Person eingeladen/,
      /Organisation angelegt: Ukrainischer Chor Kalyna/,
      /Raum angelegt: Großer Saal/,
      /Haus angelegt: KolLEktiv Zschochersche Straße/,
    ])
      await expect.poll(async () => (await table.textContent()) ?? '').toMatch(step);
    await screenshot(staff, 'golive-06-audit');
  });
});
