import path from 'node:path';
import express from 'express';
import type { Services } from '../app/services.js';
import { MO_LIST_PREVIEW, withLinkPreview, type LinkPreview } from '../public/link-preview.js';
import type { Log } from '../shared/log.js';
import { sendHtml, shellReader } from './static-files.js';

/**
 * The public MO pages with their own title and description in the HTML, for link previews; everything else
 * about them is the app shell, and an unknown MO falls through to it (the app then says it is not there).
 */
export function linkPreviewRoutes(services: Services, clientDist: string, log: Log): express.Router {
  const router = express.Router();
  const readShell = shellReader(path.resolve(clientDist));
  const send = (request: express.Request, response: express.Response, preview: LinkPreview) =>
    sendHtml(request, response, withLinkPreview(readShell(request.path), preview), 'no-cache');

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
