// Serves the built tab: its assets as static files, and index.html (for `/` and every page path,
// the tab's router being in the hash) with the server's sign-in mode in a <meta>, so the tab's
// first requests can go before its script has even been evaluated: waiting for /api/auth/config
// to answer meant waiting for the whole bundle to run first (a response is handled only once the
// script's evaluation task ends), a few hundred ms on a meeting stage. Scripts go gzipped.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import express, { type Router } from 'express';

export const AUTH_MODE_META = 'gt-auth-mode';

export function tabFiles(tabDir: string, mode: 'local' | 'tenant'): Router {
  const router = express.Router();
  const html = readFileSync(path.join(tabDir, 'index.html'), 'utf8').replace(
    '<head>',
    `<head>\n    <meta name="${AUTH_MODE_META}" content="${mode}" />`,
  );
  const page = (_req: express.Request, res: express.Response) => {
    // Revalidated on each load: it names the hashed assets of the build it came with.
    res.set('Cache-Control', 'no-cache').type('html').send(html);
  };
  router.get(['/', '/index.html'], page);
  router.get('/assets/:name', gzippedAssets(path.join(tabDir, 'assets')));
  router.use(express.static(tabDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/).*/, page);
  return router;
}

/** Text assets worth compressing: the tab's scripts, styles and their source maps. */
const TEXT = /\.(js|css|map|svg|json)$/;

/**
 * The build's scripts gzipped, to a browser that accepts it: the stage's first load is over 850 KB
 * of JavaScript plain and under 240 KB gzipped, and a council's network (a VPN, a meeting-room
 * link) is not loopback. Each file is compressed once, on its first request, and kept: the build's
 * files do not change while the server runs (a new build is a new deployment). Looked up by exact
 * name among the files the build wrote, so no path from a request reaches the file system. Anything
 * else (not accepted, not text, not one of ours) falls through to the static files.
 */
function gzippedAssets(dir: string): express.RequestHandler {
  const names = new Set(existsSync(dir) ? readdirSync(dir).filter((n) => TEXT.test(n)) : []);
  const zipped = new Map<string, Buffer>();
  return (req, res, next) => {
    const name = String(req.params.name ?? '');
    res.vary('Accept-Encoding');
    if (!names.has(name) || req.acceptsEncodings('gzip') !== 'gzip') return next();
    let body = zipped.get(name);
    if (!body) {
      body = gzipSync(readFileSync(path.join(dir, name)));
      zipped.set(name, body);
    }
    // res.send gives the body an ETag and answers a matching If-None-Match with 304.
    res
      .set('Cache-Control', 'public, max-age=3600')
      .set('Content-Encoding', 'gzip')
      .type(path.extname(name))
      .send(body);
  };
}
