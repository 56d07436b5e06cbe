import fs from 'node:fs';
import path from 'node:path';
import type { OutputAsset, OutputBundle, OutputChunk, RolldownPluginOption } from 'rolldown';
import type { Plugin } from 'vite';
import { classicScript, hashedName } from './classic-script.js';

/** A top-level route of `src/app/router.ts`: its address pattern and the page module it loads, or where it redirects. */
export interface RouteEntry {
  path: string;
  name?: string;
  page?: string;
  redirectTo?: string;
}

/** The routes as `router.ts` declares them (one object per route, `path` first); children are not read. */
export function routesOf(routerSource: string): RouteEntry[] {
  const routes: RouteEntry[] = [];
  for (const [, body] of routerSource.matchAll(/\{\s*(path: '\/[^']*'[^{}]*(?:\{[^{}]*\}[^{}]*)?)/g)) {
    const text = body ?? '';
    const route: RouteEntry = { path: /path: '([^']*)'/.exec(text)![1]! };
    const name = /\bname: '([^']+)'/.exec(text.replace(/redirect: \{[^}]*\}/, ''))?.[1];
    const page = /import\('([^']+)'\)/.exec(text)?.[1];
    const redirectTo = /redirect: \{ name: '([^']+)' \}/.exec(text)?.[1];
    if (name) route.name = name;
    if (page) route.page = page;
    if (redirectTo) route.redirectTo = redirectTo;
    routes.push(route);
  }
  return routes;
}

/** What the server and the service worker read: for an address pattern, the shell to send (`routes/<name>.html`). */
export interface RouteShell {
  /** vue-router's pattern: `/display/:locationId?`, `/mo/:shortName`. */
  path: string;
  /** The same as a regular expression over an address's path, so that readers need not know vue-router's syntax. */
  pattern: string;
  shell: string;
}

/** A vue-router pattern as a regular expression over the address's path (a trailing slash allowed). */
export function routePattern(pattern: string): string {
  const parts = pattern
    .split('/')
    .filter(Boolean)
    .map((part) => {
      if (part.startsWith(':')) return part.endsWith('?') ? '(?:/[^/]+)?' : '/[^/]+';
      return `/${part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`;
    });
  return `^${parts.join('')}/?$`;
}

/**
 * The files a page needs beyond what the entry already preloads: its chunk, the chunks it imports statically
 * (not the ones it loads later, such as the desktop calendar's FullCalendar), and their styles.
 */
export function pageFiles(bundle: OutputBundle, page: string): { scripts: string[]; styles: string[] } {
  const chunks = Object.values(bundle).filter((file): file is OutputChunk => file.type === 'chunk');
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const closure = (start: OutputChunk[]) => {
    const seen = new Set<string>();
    const visit = (chunk: OutputChunk) => {
      if (seen.has(chunk.fileName)) return;
      seen.add(chunk.fileName);
      for (const imported of chunk.imports) {
        const next = byFile.get(imported);
        if (next) visit(next);
      }
    };
    start.forEach(visit);
    return seen;
  };
  // the page's entry (index.html)
  const entry = closure(chunks.filter((chunk) => chunk.isEntry && chunk.facadeModuleId?.endsWith('.html')));
  const facade = chunks.find((chunk) => chunk.facadeModuleId === page);
  if (!facade) return { scripts: [], styles: [] };
  const scripts = [...closure([facade])].filter((file) => !entry.has(file));
  const styles = scripts.flatMap((file) => [
    ...((byFile.get(file) as { viteMetadata?: { importedCss: Set<string> } }).viteMetadata?.importedCss ?? []),
  ]);
  return { scripts, styles: [...new Set(styles)] };
}

/** The app shell with the page's files announced in its head, so they load beside the entry, not after it. */
export function shellWith(html: string, files: { scripts: string[]; styles: string[] }): string {
  const links = [
    ...files.scripts.map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
    ...files.styles.map((file) => `<link rel="preload" as="style" crossorigin href="/${file}">`),
  ];
  return links.length ? html.replace(/\n?[ \t]*<\/head>/, `\n    ${links.join('\n    ')}\n  </head>`) : html;
}

/**
 * A shell whose first script runs as soon as it arrives (`async`), before the app's: the route's first answers
 * (`first-answers/early.ts`) are asked, or drawn from the page, while the app's scripts are still loading. A
 * classic script of its own (`classic-script.ts`): a module would wait for the modules it imports, and run
 * only once the browser turns to module scripts, behind the compiling of the app's (half a second on a phone
 * opening the calendar from its service worker).
 */
export function firstWith(html: string, first: string | undefined): string {
  if (!first) return html;
  return html.replace(
    /(\n[ \t]*)<script type="module"/,
    (_tag, indent: string) => `${indent}<script async src="/${first}"></script>${indent}<script type="module"`,
  );
}

/**
 * One app shell per top-level route (`routes/<name>.html`) and `routes.json`, which the server reads to send
 * each address its shell. Without it a phone fetched the entry's scripts, ran them, and only then asked for
 * the page's own chunks: one more round trip of half a second on mobile data before any data was asked.
 */
export function routeShells(
  routerFile: string,
  firstScripts: Readonly<Record<string, string>> = {},
  firstScriptPlugins: RolldownPluginOption = [],
): Plugin {
  return {
    name: 'kollektiv-route-shells',
    apply: 'build',
    enforce: 'post',
    async generateBundle(_options, bundle) {
      const shell = bundle['index.html'] as OutputAsset | undefined;
      if (!shell) return;
      const html = String(shell.source);
      // each first script built once, whichever routes start with it
      const builtFirst = new Map<string, string>();
      for (const entry of new Set(Object.values(firstScripts))) {
        const { code, map } = await classicScript(entry, firstScriptPlugins);
        const fileName = hashedName(path.basename(entry, path.extname(entry)), code);
        this.emitFile({ type: 'asset', fileName, source: `${code}\n//# sourceMappingURL=${path.basename(fileName)}.map\n` });
        this.emitFile({ type: 'asset', fileName: `${fileName}.map`, source: map });
        builtFirst.set(entry, fileName);
      }
      const routes = routesOf(fs.readFileSync(routerFile, 'utf8'));
      const byName = new Map(routes.filter((route) => route.name).map((route) => [route.name!, route]));
      const shells: RouteShell[] = [];
      for (const route of routes) {
        const target = route.redirectTo ? byName.get(route.redirectTo) : route;
        if (!target?.page || !target.name) continue;
        const files = pageFiles(bundle, path.resolve(path.dirname(routerFile), target.page));
        const fileName = `routes/${target.name}.html`;
        const first = firstScripts[target.name];
        const shell = firstWith(shellWith(html, files), first ? builtFirst.get(first) : undefined);
        if (!bundle[fileName]) this.emitFile({ type: 'asset', fileName, source: shell });
        shells.push({ path: route.path, pattern: routePattern(route.path), shell: fileName });
      }
      this.emitFile({ type: 'asset', fileName: 'routes.json', source: `${JSON.stringify(shells, null, 2)}\n` });
    },
  };
}
