import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import express from 'express';
import type { Services } from '../app/services.js';
import { MO_LIST_PREVIEW, withLinkPreview, type LinkPreview } from '../public/link-preview.js';
import type { Log } from '../shared/log.js';
import { chooseEncoding } from '../shared/content-encoding.js';
import { shellChooser } from './static-files.js';

/**
 * The public MO pages with their own title and description in the HTML, for link previews; everything else
 * about them is the app shell, and an unknown MO falls through to it (the app then says it is not there).
 */
export function linkPreviewRoutes(services: Services, clientDist: string, log: Log): express.Router {
  const router = express.Router();
  const shellFor = shellChooser(path.resolve(clientDist));
  const shells = new Map<string, { text: string; modified: number }>();
  // the route's shell (its page files announced), read once per build: a new release replaces it, and the
  // next request sees it
  const readShell = (pathname: string) => {
    const file = shellFor(pathname);
    const modified = fs.statSync(file).mtimeMs;
    let shell = shells.get(file);
    if (!shell || shell.modified !== modified) shells.set(file, (shell = { text: fs.readFileSync(file, 'utf8'), modified }));
    return shell.text;
  };
  const send = (request: express.Request, response: express.Response, preview: LinkPreview) => {
    const html = Buffer.from(withLinkPreview(readShell(request.path), preview));
    const encoding = chooseEncoding(request.headers['accept-encoding'], { br: true, gz: true });
    response.set('Cache-Control', 'no-cache').vary('Accept-Encoding').type('html');
    if (encoding === 'br') response.set('Content-Encoding', 'br').send(zlib.brotliCompressSync(html));
    else if (encoding === 'gzip') response.set('Content-Encoding', 'gzip').send(zlib.gzipSync(html));
    else response.send(html);
  };

  router.get('/mo', (request, response) => send(request, response, MO_LIST_PREVIEW));
  router.get('/mo/:shortName', async (request, response, next) => {
    try {
      const organization = await services.publicOrganizations.byShortName(String(request.params.shortName));
      if (!organization) return next();
      send(request, response, {
        title: `${organization.name} – KolLEktiv Leipzig`,
        description: organization.description || MO_LIST_PREVIEW.description,
      });
    } catch (error) {
      log('could not make a link preview', error);
      next(); // the plain app shell still works
    }
  });
  return router;
}
