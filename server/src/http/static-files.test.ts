import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/harness.js';
import { Factory } from '../../test/factories.js';
import { shorten } from '../public/link-preview.js';

let app: TestApp;
let dist: string;
const script = 'console.log("KolLEktiv");'.repeat(200);

beforeAll(async () => {
  // a build as Vite leaves it: hashed assets and the shell, each with .br and .gz beside it
  dist = fs.mkdtempSync(path.join(os.tmpdir(), 'kollektiv-dist-'));
  fs.mkdirSync(path.join(dist, 'assets'));
  const write = (name: string, content: string) => {
    fs.writeFileSync(path.join(dist, name), content);
    fs.writeFileSync(path.join(dist, `${name}.br`), zlib.brotliCompressSync(content));
    fs.writeFileSync(path.join(dist, `${name}.gz`), zlib.gzipSync(content));
  };
  write(
    'index.html',
    '<!doctype html><html><head><meta name="description" content="Raumbuchung" /><title>KolLEktiv</title></head><body><div id="app"></div></body></html>',
  );
  write('assets/index-AbC123.js', script);
  // each route's own shell, which announces its page's chunks (client/route-shells.ts)
  fs.mkdirSync(path.join(dist, 'routes'));
  const shell = (page: string) =>
    `<!doctype html><html><head><meta name="description" content="Raumbuchung" /><title>KolLEktiv</title><link rel="modulepreload" href="/assets/${page}.js"></head><body><div id="app"></div></body></html>`;
  write('routes/calendar.html', shell('CalendarPage-x1'));
  write('routes/display.html', shell('DisplayPage-x2'));
  write('routes/public-organization.html', shell('PublicOrganizationPage-x3'));
  write(
    'routes.json',
    JSON.stringify([
      { path: '/', pattern: '^/?$', shell: 'routes/calendar.html' },
      { path: '/calendar', pattern: '^/calendar/?$', shell: 'routes/calendar.html' },
      { path: '/display/:locationId?', pattern: '^/display(?:/[^/]+)?/?$', shell: 'routes/display.html' },
      { path: '/mo/:shortName', pattern: '^/mo/[^/]+/?$', shell: 'routes/public-organization.html' },
      { path: '/escape', pattern: '^/escape/?$', shell: '../outside.html' },
    ]),
  );
  app = await createTestApp({ config: { clientDist: dist } });
});

afterAll(async () => {
  await app?.stop();
  fs.rmSync(dist, { recursive: true, force: true });
});

const get = (pathname: string, acceptEncoding: string) =>
  fetch(`${app.url}${pathname}`, { headers: { 'accept-encoding': acceptEncoding } });

describe('delivery to phones', () => {
  it('sends hashed assets precompressed (Brotli, else gzip) and cached for a year', async () => {
    const brotli = await get('/assets/index-AbC123.js', 'gzip, deflate, br, zstd');
    expect(brotli.headers.get('content-encoding')).toBe('br');
    expect(brotli.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(brotli.headers.get('content-type')).toContain('javascript');
    expect(brotli.headers.get('vary')).toContain('Accept-Encoding');
    expect(await brotli.text()).toBe(script); // fetch decodes what it announced
    const gzip = await get('/assets/index-AbC123.js', 'gzip');
    expect(gzip.headers.get('content-encoding')).toBe('gzip');
    const plain = await get('/assets/index-AbC123.js', 'identity');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(script);
  });

  it('revalidates the app shell on every visit, also for client routes, and compresses it', async () => {
    for (const route of ['/', '/calendar', '/mo/Kalyna']) {
      const response = await get(route, 'br');
      expect(response.headers.get('cache-control')).toBe('no-cache');
      expect(response.headers.get('content-encoding')).toBe('br');
      expect(await response.text()).toContain('<div id="app">');
    }
    expect((await get('/%E0%A4%A', 'br')).status).toBe(200);
  });

  it('sends each route the shell that announces its page’s chunks, else the plain one', async () => {
    const shellOf = async (route: string) => /assets\/(\w+)-x\d\.js/.exec(await (await get(route, 'br')).text())?.[1] ?? 'index';
    expect(await shellOf('/')).toBe('CalendarPage');
    expect(await shellOf('/calendar')).toBe('CalendarPage');
    expect(await shellOf('/calendar/')).toBe('CalendarPage');
    expect(await shellOf('/display')).toBe('DisplayPage');
    expect(await shellOf('/display/3f1c')).toBe('DisplayPage');
    expect(await shellOf('/display/3f1c/more')).toBe('index');
    expect(await shellOf('/login')).toBe('index');
    expect(await shellOf('/escape')).toBe('index');
    // the service worker keeps the shells on the device: it fetches them by name
    expect(await (await get('/routes/calendar.html', 'identity')).text()).toContain('CalendarPage-x1.js');
    expect((await (await get('/routes.json', 'identity')).json()).length).toBe(5);
  });

  it('compresses GraphQL answers over a kilobyte', async () => {
    const response = await fetch(`${app.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'accept-encoding': 'br, gzip' },
      body: JSON.stringify({ query: '{ __schema { types { name description } } }' }),
    });
    expect(response.headers.get('content-encoding')).toMatch(/^(br|gzip)$/);
    expect((await response.json()).data.__schema.types.length).toBeGreaterThan(20);
  });
});

describe('link previews of the public MO pages', () => {
  const metaOf = (html: string, attribute: string, name: string) =>
    new RegExp(`<meta ${attribute}="${name}" content="([^"]*)"`).exec(html)?.[1] ?? null;

  it('gives an MO’s page its name and description in the HTML, escaped, and keeps private profiles out', async () => {
    const factory = new Factory(app);
    await factory.organization({
      name: 'Chor "Kalyna" <Leipzig>',
      shortName: 'Kalyna',
      description: 'Ukrainische Lieder & Gesang, dienstags im Großen Saal. '.repeat(8),
      profilePublic: true,
    });
    await factory.organization({ name: 'Verborgener Verein', shortName: 'Verborgen', profilePublic: false });
    const response = await get('/mo/Kalyna', 'br');
    expect(response.headers.get('content-encoding')).toBe('br');
    expect(response.headers.get('cache-control')).toBe('no-cache');
    const html = await response.text();
    expect(html).toContain('<title>Chor &quot;Kalyna&quot; &lt;Leipzig&gt; – KolLEktiv Leipzig</title>');
    expect(metaOf(html, 'property', 'og:title')).toBe('Chor &quot;Kalyna&quot; &lt;Leipzig&gt; – KolLEktiv Leipzig');
    const description = metaOf(html, 'property', 'og:description')!;
    expect(description.startsWith('Ukrainische Lieder &amp; Gesang')).toBe(true);
    expect(description.endsWith('…')).toBe(true);
    expect(metaOf(html, 'name', 'description')).toBe(description);
    expect(html).toContain('<div id="app">');
    expect(html).toContain('PublicOrganizationPage-x3.js');

    for (const hidden of ['/mo/Verborgen', '/mo/Unbekannt']) {
      const shell = await (await get(hidden, 'gzip')).text();
      expect(shell).toContain('<title>KolLEktiv</title>');
      expect(shell).not.toContain('og:title');
      expect(shell).not.toContain('Verborgener');
    }
    expect(metaOf(await (await get('/mo', 'identity')).text(), 'property', 'og:title')).toContain('KolLEktiv');
  });

  it('shortens long descriptions at a word', () => {
    expect(shorten('kurz')).toBe('kurz');
    expect(shorten('eins zwei drei vier', 12)).toBe('eins zwei…');
  });
});
