// The public, no-sign-in open-data page and its CSV, JSON and CSVW metadata: published indicators
// with authorised figures only (src/reports/open-data), for one period or `all`. Mounted before
// the signed-in API. A period the page cannot read is shown back with the reason, beside the
// default period's data; the files refuse it with a 400 naming the field. Every file names its
// licence in a Link header (rel="license"), so the CSV itself stays a plain table.
import express, { type Response, type Router } from 'express';
import type { AppDeps } from '../../../app/deps.js';
import { cachedView } from '../../../app/views/index.js';
import { ValidationError } from '../../../domain/errors/errors.js';
import {
  fileSafeKey,
  openData,
  openDataCsv,
  openDataCsvMetadata,
  openDataHtml,
  openDataJson,
  type OpenData,
} from '../../../reports/index.js';

const MAX_PERIOD = 20;

function periodOf(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length > MAX_PERIOD) {
    throw new ValidationError(
      `must be a period such as 2025-10 or 2025/26 Q1, or "all" (at most ${MAX_PERIOD} characters)`,
      'period',
    );
  }
  return v;
}

function linkHeaders(res: Response, d: OpenData, metadata: boolean) {
  const period = encodeURIComponent(d.periodKey);
  const links = [`<${d.licence.url}>; rel="license"`];
  if (metadata) {
    links.push(
      `</open-data.csv-metadata.json?period=${period}>; rel="describedby"; type="application/csvm+json"`,
    );
  }
  res.setHeader('Link', links.join(', '));
}

/** Kept until a figure changes: the public page is the one anyone can load at any rate. */
const openDataOf = (deps: AppDeps, period?: string): Promise<OpenData> =>
  cachedView(deps, 'open-data', [period ?? null], (d) => openData(d, period));

export function openDataRouter({ deps }: { deps: AppDeps }): Router {
  const router = express.Router();
  router.get('/open-data', async (req, res) => {
    res
      .type('html')
      .setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      );
    try {
      res.send(openDataHtml(await openDataOf(deps, periodOf(req.query.period))));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      // The picker offers only periods it can read, so this is a hand-made or stale link.
      const error = `${err.problems[0]?.message ?? err.message}. Choose a period from the list.`;
      res.status(400).send(openDataHtml(await openDataOf(deps), { error }));
    }
  });
  router.get('/open-data.csv', async (req, res) => {
    const d = await openDataOf(deps, periodOf(req.query.period));
    linkHeaders(res, d, true);
    res
      .type('text/csv; charset=utf-8; header=present')
      .setHeader(
        'Content-Disposition',
        `inline; filename="open-data-${fileSafeKey(d.periodKey)}.csv"`,
      );
    res.send(openDataCsv(d));
  });
  router.get('/open-data.json', async (req, res) => {
    const d = await openDataOf(deps, periodOf(req.query.period));
    linkHeaders(res, d, false);
    res.type('application/json').send(openDataJson(d));
  });
  router.get('/open-data.csv-metadata.json', async (req, res) => {
    const d = await openDataOf(deps, periodOf(req.query.period));
    linkHeaders(res, d, false);
    res.type('application/csvm+json').send(openDataCsvMetadata(d));
  });
  return router;
}
