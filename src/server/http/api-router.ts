// Registers the route table on Express: identify the person, validate path, query and body with the
// route's schemas (a body must be a UTF-8 JSON object), run the handler, and send JSON (a GET's with
// an ETag, json-body.ts). Errors go to the one error handler.
import express, { type Router } from 'express';
import type { AppDeps } from '../../app/deps.js';
import { identify, type IdentityOptions } from './identity.js';
import { jsonBody } from './json-body.js';
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
      if (r.method !== 'get') {
        res.status(r.status ?? 200).json(result);
        return;
      }
      // Every GET carries an ETag: the route's own version, else the body's hash (json-body.ts).
      const tag = r.etag ? r.etag(result) : jsonBody(result).etag;
      // no-cache: keep it, but ask every time (the If-None-Match round trip is the point).
      res.set({ ETag: tag, 'Cache-Control': 'private, no-cache', Vary: 'Accept-Encoding' });
      if (matchesIfNoneMatch(req.headers['if-none-match'], tag)) {
        res.status(304).end();
        return;
      }
      const sent = jsonBody(result);
      res.status(r.status ?? 200).type('json');
      if (sent.worthCompressing && req.acceptsEncodings('gzip') === 'gzip') {
        res.set('Content-Encoding', 'gzip').send(sent.gzip);
      } else res.send(sent.text);
    });
  }
  return router;
}

/**
 * If-None-Match by weak comparison (RFC 9110 §13.1.2), answered whatever the request's
 * Cache-Control says: that directive is for caches on the way, and this is the origin.
 */
function matchesIfNoneMatch(header: string | undefined, tag: string): boolean {
  if (!header) return false;
  const opaque = (t: string) => t.trim().replace(/^W\//, '');
  return header.split(',').some((t) => t.trim() === '*' || opaque(t) === opaque(tag));
}
