import fs from 'node:fs';
import path from 'node:path';
import express from 'express';
import { chooseEncoding } from '../shared/content-encoding.js';

/** Build files carry a content hash in their name: they never change, so browsers may keep them for a year. */
const HASHED = /^\/assets\//;

/**
 * Serves the built client: the precompressed copy (.br or .gz, made at build) when the browser accepts it,
 * hashed assets cached for a year (immutable), and the app shell `index.html` revalidated on every visit so
 * a new release reaches everyone at once.
 */
export function staticFiles(clientDist: string, options: { hideSourceMaps: boolean }): express.Router {
  const router = express.Router();
  const root = path.resolve(clientDist);
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
    if (!file.startsWith(root + path.sep) || file.endsWith('index.html') || !fs.existsSync(file) || !fs.statSync(file).isFile())
      return next();
    send(request, response, file, HASHED.test(request.path) ? 'public, max-age=31536000, immutable' : 'public, max-age=3600');
  });
  // the client routes in the browser: every other page gets the app shell
  router.get(/^(?!\/graphql|\/healthz|\/reports\/\w+\.(?:csv|xlsx)$|\/ical\/).*/, (request, response) =>
    send(request, response, path.join(root, 'index.html'), 'no-cache'),
  );
  return router;
}
