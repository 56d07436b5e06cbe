import fs from 'node:fs';
import path from 'node:path';
import type { OutputAsset, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

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
  // the page's entry (index.html); a first script (first-answers/early.ts) is an entry the page does not preload
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

/** The file an entry of the build was written to. */
export function entryFile(bundle: OutputBundle, module: string): { file: string; imports: string[] } | undefined {
  const chunk = Object.values(bundle).find(
    (file): file is OutputChunk => file.type === 'chunk' && file.isEntry && file.facadeModuleId === module,
  );
  return chunk && { file: chunk.fileName, imports: chunk.imports };
}

/**
 * A shell whose first script runs as soon as it arrives (`async`), before the app's: the route's first answers
 * (`first-answers/early.ts`) are asked while the app's scripts are still loading.
 */
export function firstWith(html: string, first: { file: string; imports: string[] } | undefined): string {
  if (!first) return html;
  const tags = [
    `<script type="module" async crossorigin src="/${first.file}"></script>`,
    ...first.imports
      .filter((file) => !html.includes(`href="/${file}"`))
      .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`),
  ];
  return html.replace(
    /(\n[ \t]*)<script type="module"/,
    (_tag, indent: string) => `${tags.map((tag) => `${indent}${tag}`).join('')}${indent}<script type="module"`,
  );
}

/**
 * One app shell per top-level route (`routes/<name>.html`) and `routes.json`, which the server reads to send
 * each address its shell. Without it a phone fetched the entry's scripts, ran them, and only then asked for
 * the page's own chunks: one more round trip of half a second on mobile data before any data was asked.
 */
export function routeShells(routerFile: string, firstScripts: Readonly<Record<string, string>> = {}): Plugin {
  return {
    name: 'kollektiv-route-shells',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const shell = bundle['index.html'] as OutputAsset | undefined;
      if (!shell) return;
      const html = String(shell.source);
      const routes = routesOf(fs.readFileSync(routerFile, 'utf8'));
      const byName = new Map(routes.filter((route) => route.name).map((route) => [route.name!, route]));
      const shells: RouteShell[] = [];
      for (const route of routes) {
        const target = route.redirectTo ? byName.get(route.redirectTo) : route;
        if (!target?.page || !target.name) continue;
        const files = pageFiles(bundle, path.resolve(path.dirname(routerFile), target.page));
        const fileName = `routes/${target.name}.html`;
        const first = firstScripts[target.name];
        const firstFile = first ? entryFile(bundle, first) : undefined;
        if (first && !firstFile) this.error(`the first script ${first} of route ${target.name} is not an entry of the build`);
        // what the first script imports is announced with it, once
        const pageOnly = { ...files, scripts: files.scripts.filter((file) => !firstFile?.imports.includes(file)) };
        const shell = firstWith(shellWith(html, pageOnly), firstFile);
        if (!bundle[fileName]) this.emitFile({ type: 'asset', fileName, source: shell });
        shells.push({ path: route.path, pattern: routePattern(route.path), shell: fileName });
      }
      this.emitFile({ type: 'asset', fileName: 'routes.json', source: `${JSON.stringify(shells, null, 2)}\n` });
    },
  };
}
