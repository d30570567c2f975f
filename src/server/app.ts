// The HTTP host: one Express app serving the JSON API, the bot endpoint and the tab.
import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import path from 'node:path';
import express, { type Express } from 'express';
import type { AppDeps } from '../app/deps.js';
import type { Config } from '../platform/config/config.js';
import type { Logger } from '../platform/logging/logger.js';
import { readinessChecks, routeOf } from './readiness.js';
import { enableTelemetry } from '../platform/logging/telemetry.js';
import { apiRouter } from './http/api-router.js';
import { errorHandler } from './http/errors.js';
import { buildOpenApi } from './http/openapi.js';
import { API_ROUTES } from './http/routes/index.js';
import { devSignInRouter } from './http/routes/dev-sign-in.js';
import { openDataRouter } from './http/routes/open-data.js';
import { tabFiles } from './http/tab-files.js';
import { reportsRouter } from './http/routes/reports.js';
import type { Renderer } from '../reports/index.js';
import { mountTenantAuth } from './auth/index.js';
import { MAX_BOUNDARY_BYTES } from '../domain/breakdowns/index.js';

declare module 'express-serve-static-core' {
  interface Request {
    id: string;
  }
}

export interface ServerAppOptions {
  config: Config;
  deps: AppDeps;
  logger: Logger;
  /** The bot's endpoint, built by the composition root (the server does not import the bot). */
  bot?: { mount(app: Express): void } | null;
  /** Lays out report files off the event loop (the composition root's worker pool). */
  render?: Renderer;
}

export function createServerApp({ config, deps, logger, bot, render }: ServerAppOptions): Express {
  enableTelemetry(config, logger);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use((req, res, next) => {
    const incoming = req.headers['x-request-id'];
    req.id =
      typeof incoming === 'string' && /^[\w-]{1,64}$/.test(incoming) ? incoming : randomUUID();
    res.setHeader('X-Request-Id', req.id);
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      // Method, route and status only: no query string, headers, cookies or bodies, which can
      // hold tokens or people's details.
      logger.debug(
        {
          reqId: req.id,
          method: req.method,
          route: routeOf(req),
          status: res.statusCode,
          ms: Number(process.hrtime.bigint() - started) / 1e6,
        },
        'request',
      );
    });
    next();
  });
  // A council's ward boundaries are bigger than any other body: their one route takes more.
  app.use('/api/boundaries', express.json({ limit: MAX_BOUNDARY_BYTES }));
  app.use(express.json({ limit: '256kb' }));

  // /healthz: the process is up (App Service's health check). /readyz: it can do its job — the
  // store answers and, in a tenant, the bot has its identity. Neither reveals a setting's value.
  app.get('/healthz', (_req, res) => {
    res.set('Cache-Control', 'no-store').json({ status: 'ok' });
  });
  app.get('/readyz', async (_req, res) => {
    const checks = await readinessChecks(config, deps);
    const ready = Object.values(checks).every((c) => c === 'ok');
    res
      .status(ready ? 200 : 503)
      .set('Cache-Control', 'no-store')
      .json({ status: ready ? 'ready' : 'not ready', store: config.store, checks });
  });
  const openApi = buildOpenApi(API_ROUTES, { title: 'Golden Thread API', version: '0.1.0' });
  app.get('/api/openapi.json', (_req, res) => {
    res.json(openApi);
  });

  bot?.mount(app);

  mountTenantAuth(app, config, deps); // tab sign-in: Entra tokens in tenant mode (server/auth)
  if (config.mode === 'local') app.use(devSignInRouter(deps.store));
  app.use(openDataRouter({ deps }));
  app.use(reportsRouter({ deps, config, render }));
  app.use(apiRouter(API_ROUTES, deps, { mode: config.mode }));
  app.use('/api', (_req, res) => {
    res.status(404).json({ error: 'not-found', message: 'No such API route' });
  });

  const tabDir = path.resolve(config.tabDir);
  if (existsSync(path.join(tabDir, 'index.html'))) {
    app.use(tabFiles(tabDir, config.mode));
  } else {
    app.get('/', (_req, res) => {
      res
        .type('text/plain')
        .send('Golden Thread is running. The tab has not been built: run `npm run build:tab`.');
    });
  }
  app.use(errorHandler(logger));
  return app;
}
