// @vitest-environment node
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { OutputBundle } from 'rolldown';
import { describe, expect, it } from 'vitest';
import { classicScript, hashedName } from './classic-script.js';
import { graphqlDocuments } from './graphql-documents.js';
import { firstWith, pageFiles, routePattern, routesOf, shellWith } from './route-shells.js';

const here = path.dirname(fileURLToPath(import.meta.url));

describe('a shell per route', () => {
  it('reads the app’s own router: pages, redirects, and no child routes', () => {
    const routes = routesOf(fs.readFileSync(path.join(here, 'src', 'app', 'router.ts'), 'utf8'));
    const byPath = new Map(routes.map((route) => [route.path, route]));
    expect(byPath.get('/')).toEqual({ path: '/', redirectTo: 'calendar' });
    expect(byPath.get('/calendar')).toEqual({ path: '/calendar', name: 'calendar', page: '../calendar/CalendarPage.vue' });
    expect(byPath.get('/display/:locationId?')).toMatchObject({ name: 'display', page: '../display/DisplayPage.vue' });
    expect(byPath.get('/login')?.page).toBe('../auth/LoginPage.vue');
    // /admin's name sits on its children; it keeps the plain shell
    expect(byPath.get('/admin')?.name).toBeUndefined();
    expect(routes.every((route) => route.path.startsWith('/'))).toBe(true);
  });

  it('announces a page’s static imports and styles beyond the entry’s, not what it loads later', () => {
    const chunk = (fileName: string, options: { imports?: string[]; entry?: boolean; facade?: string; css?: string[] }) => ({
      type: 'chunk',
      fileName,
      imports: options.imports ?? [],
      isEntry: options.entry ?? false,
      facadeModuleId: options.facade ?? null,
      viteMetadata: { importedCss: new Set(options.css ?? []) },
    });
    const bundle = {
      'index.js': chunk('index.js', { entry: true, facade: '/client/index.html', imports: ['vue.js'] }),
      // entries the page itself does not load: what they import is still the page's to announce
      'sw.js': chunk('sw.js', { entry: true, facade: '/src/offline/serviceWorker.ts' }),
      'early.js': chunk('early.js', { entry: true, facade: '/src/first-answers/early.ts', imports: ['shared.js'] }),
      'vue.js': chunk('vue.js', {}),
      'Page.js': chunk('Page.js', { facade: '/src/Page.vue', imports: ['vue.js', 'shared.js'], css: ['Page.css'] }),
      'shared.js': chunk('shared.js', { css: ['shared.css'] }),
      'Later.js': chunk('Later.js', { facade: '/src/Later.vue', imports: ['big.js'] }),
    } as unknown as OutputBundle;
    expect(pageFiles(bundle, '/src/Page.vue')).toEqual({ scripts: ['Page.js', 'shared.js'], styles: ['Page.css', 'shared.css'] });
    expect(pageFiles(bundle, '/src/Missing.vue')).toEqual({ scripts: [], styles: [] });
    const html = shellWith('<html><head>\n    <title>x</title>\n  </head><body></body></html>', {
      scripts: ['Page.js'],
      styles: ['Page.css'],
    });
    expect(html).toContain(
      '<link rel="modulepreload" crossorigin href="/Page.js">\n    <link rel="preload" as="style" crossorigin href="/Page.css">\n  </head>',
    );
  });

  it('puts the first answers’ script before the app’s entry, a classic script that runs as soon as it arrives', () => {
    const shell = '<head>\n    <title>x</title>\n    <script type="module" crossorigin src="/assets/index-3.js"></script>\n  </head>';
    expect(firstWith(shell, 'assets/early-1.js')).toBe(
      '<head>\n    <title>x</title>\n    <script async src="/assets/early-1.js"></script>' +
        '\n    <script type="module" crossorigin src="/assets/index-3.js"></script>\n  </head>',
    );
    expect(firstWith(shell, undefined)).toBe(shell);
  });

  it('builds the first script as one classic script named by its content, with the documents’ texts inside', async () => {
    const { code, map } = await classicScript(path.join(here, 'src', 'first-answers', 'early.ts'), [graphqlDocuments()]);
    expect(code).not.toMatch(/^\s*(?:import|export)\b|\bimport\s*\{|\bimport\s*\(|\bexport\s*\{/m);
    expect(code).toContain('query BookingsInRange');
    expect((JSON.parse(map) as { sources: string[] }).sources.some((source) => source.endsWith('early.ts'))).toBe(true);
    expect(hashedName('early', code)).toMatch(/^assets\/early-[\w-]{8}\.js$/);
    expect(hashedName('early', code)).not.toBe(hashedName('early', `${code};`));
  });

  it('writes vue-router’s patterns as regular expressions over the path', () => {
    const matches = (pattern: string, pathname: string) => new RegExp(routePattern(pattern)).test(pathname);
    expect(matches('/', '/')).toBe(true);
    expect(matches('/', '/calendar')).toBe(false);
    expect(matches('/calendar', '/calendar/')).toBe(true);
    expect(matches('/mo/:shortName', '/mo/Kalyna')).toBe(true);
    expect(matches('/mo/:shortName', '/mo')).toBe(false);
    expect(matches('/display/:locationId?', '/display')).toBe(true);
    expect(matches('/display/:locationId?', '/display/3f1c')).toBe(true);
    expect(matches('/display/:locationId?', '/display/3f1c/x')).toBe(false);
    expect(matches('/a.b', '/aXb')).toBe(false);
  });
});
