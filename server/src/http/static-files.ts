import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import { chooseEncoding } from '../shared/content-encoding.js';

/** Build files carry a content hash in their name: they never change, so browsers may keep them for a year. */
const HASHED = /^\/assets\//;
/**
 * Files under a fixed name that decide which release a device runs: the service worker (browsers check it for
 * updates), the manifest, the route shells and their list. Revalidated on every visit, as the app shell is.
 */
const RELEASE = /^\/(?:sw\.js|manifest\.webmanifest|routes\.json|routes\/[\w-]+\.html)$/;

function cacheControlOf(pathname: string): string {
  if (HASHED.test(pathname)) return 'public, max-age=31536000, immutable';
  return RELEASE.test(pathname) ? 'no-cache' : 'public, max-age=3600';
}

/** An entry of the build's `routes.json` (client/route-shells.ts). */
interface RouteShell {
  /** A regular expression over an address's path. */
  pattern: string;
  /** The shell that announces this route's page files, relative to the build. */
  shell: string;
}

/**
 * The app shell for an address: the route's own (`routes/<name>.html`, made at build by
 * `client/route-shells.ts`), which lets the page's chunks load beside the entry's, else `index.html`.
 * `routes.json` is read again when a new release replaces it.
 */
export function shellChooser(root: string): (pathname: string) => string {
  const index = path.join(root, 'index.html');
  const listFile = path.join(root, 'routes.json');
  let cached: { modified: number; routes: Array<{ pattern: RegExp; file: string }> } | null = null;
  return (pathname) => {
    if (!fs.existsSync(listFile)) return index;
    const modified = fs.statSync(listFile).mtimeMs;
    if (!cached || cached.modified !== modified) {
      const routes = JSON.parse(fs.readFileSync(listFile, 'utf8')) as RouteShell[];
      cached = { modified, routes: routes.map((route) => ({ pattern: new RegExp(route.pattern), file: path.join(root, route.shell) })) };
    }
    const file = cached.routes.find((route) => route.pattern.test(pathname))?.file;
    return file && file.startsWith(root + path.sep) && fs.existsSync(file) ? file : index;
  };
}

/** The text of an address's shell, read once per build: a new release replaces the file, and the next request sees it. */
export function shellReader(root: string): (pathname: string) => string {
  const shellFor = shellChooser(root);
  const shells = new Map<string, { text: string; modified: number }>();
  return (pathname) => {
    const file = shellFor(pathname);
    const modified = fs.statSync(file).mtimeMs;
    let shell = shells.get(file);
    if (!shell || shell.modified !== modified) shells.set(file, (shell = { text: fs.readFileSync(file, 'utf8'), modified }));
    return shell.text;
  };
}

/** A shell made for this request (a link preview, first answers), compressed as the browser accepts. */
export function sendHtml(request: express.Request, response: express.Response, text: string, cacheControl: string): void {
  const html = Buffer.from(text);
  const encoding = chooseEncoding(request.headers['accept-encoding'], { br: true, gz: true });
  response.set('Cache-Control', cacheControl).vary('Accept-Encoding').type('html');
  // a mid quality: the page is made per request, and brotli's best costs tens of milliseconds for little
  if (encoding === 'br')
    response.set('Content-Encoding', 'br').send(zlib.brotliCompressSync(html, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 5 } }));
  else if (encoding === 'gzip') response.set('Content-Encoding', 'gzip').send(zlib.gzipSync(html));
  else response.send(html);
}

/**
 * Serves the built client: the precompressed copy (.br or .gz, made at build) when the browser accepts it,
 * hashed assets cached for a year (immutable), and the app shell `index.html` revalidated on every visit so
 * a new release reaches everyone at once.
 */
export function staticFiles(clientDist: string, options: { hideSourceMaps: boolean }): express.Router {
  const router = express.Router();
  const root = path.resolve(clientDist);
  const shellFor = shellChooser(root);
  const send = (request: express.Request, response: express.Response, file: string, cacheControl: string) => {
    const encoding = chooseEncoding(request.headers['accept-encoding'], {
      br: fs.existsSync(`${file}.br`),
      gz: fs.existsSync(`${file}.gz`),
    });
    response.set('Cache-Control', cacheControl);
    response.vary('Accept-Encoding');
    response.type(path.extname(file));
    if (encoding) response.set('Content-Encoding', encoding);
    response.sendFile(encoding ? `${file}.${encoding === 'br' ? 'br' : 'gz'}` : file);
  };

  router.get(/.*/, (request, response, next) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(request.path);
    } catch {
      return next(); // a malformed address is no file; the app shell answers it
    }
    // judged on the decoded path: …js.ma%70 and …%2Emap name the same file as …js.map
    if (options.hideSourceMaps && /\.map(\.(br|gz))?$/i.test(decoded)) return void response.status(404).end();
    const file = path.join(root, path.normalize(decoded));
    if (!file.startsWith(root + path.sep) || file === path.join(root, 'index.html') || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return next();
    send(request, response, file, cacheControlOf(request.path));
  });
  // the client routes in the browser: every other page gets the app shell
  router.get(/^(?!\/graphql|\/healthz|\/reports\/\w+\.(?:csv|xlsx)$|\/ical\/).*/, (request, response) =>
    send(request, response, shellFor(request.path), 'no-cache'),
  );
  return router;
}
