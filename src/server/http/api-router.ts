// Registers the route table on Express: identify the person, validate path, query and body with the
// route's schemas (a body must be a UTF-8 JSON object), run the handler, and send JSON. Errors go to
// the one error handler.
import express, { type Router } from 'express';
import type { AppDeps } from '../../app/deps.js';
import { identify, type IdentityOptions } from './identity.js';
import type { Route } from './route.js';
import { unacceptableBody } from './unreadable-request.js';

export function apiRouter(
  routes: readonly Route[],
  deps: AppDeps,
  identity: IdentityOptions,
): Router {
  const router = express.Router();
  for (const r of routes) {
    router[r.method](r.path, async (req, res) => {
      const person = await identify(req, deps.store, identity);
      const params = r.params ? r.params.parse(req.params) : (req.params as Record<string, string>);
      const query = r.query ? r.query.parse(req.query) : {};
      if (r.body) {
        const refused = unacceptableBody(req);
        if (refused) throw refused;
      }
      const body = r.body ? r.body.parse(req.body ?? {}) : undefined;
      const result = await r.handler({ person, params, query, body }, deps);
      if (r.etag) {
        const tag = r.etag(result);
        // no-cache: keep it, but ask every time (the If-None-Match round trip is the point).
        res.set({ ETag: tag, 'Cache-Control': 'private, no-cache' });
        const asked = req.headers['if-none-match'];
        if (asked && asked.split(',').some((t) => t.trim() === tag)) {
          res.status(304).end();
          return;
        }
      }
      res.status(r.status ?? 200).json(result);
    });
  }
  return router;
}
