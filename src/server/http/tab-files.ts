// Serves the built tab: its assets as static files, and index.html (for `/` and every page path,
// the tab's router being in the hash) with the server's sign-in mode in a <meta>, so the tab's
// first requests can go before its script has even been evaluated: waiting for /api/auth/config
// to answer meant waiting for the whole bundle to run first (a response is handled only once the
// script's evaluation task ends), a few hundred ms on a meeting stage.
import { readFileSync } from 'node:fs';
import path from 'node:path';
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
  router.use(express.static(tabDir, { index: false, maxAge: '1h' }));
  router.get(/^\/(?!api\/).*/, page);
  return router;
}
