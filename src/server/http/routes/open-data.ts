// The public, no-sign-in open-data page and its CSV and JSON: published indicators with
// authorised figures only (src/reports/open-data). Mounted before the signed-in API.
import express, { type Router } from 'express';
import type { AppDeps } from '../../../app/deps.js';
import { openData, openDataCsv, openDataHtml, openDataJson } from '../../../reports/index.js';

const periodOf = (v: unknown) => (typeof v === 'string' && v.length <= 20 ? v : undefined);

export function openDataRouter({ deps }: { deps: AppDeps }): Router {
  const router = express.Router();
  router.get('/open-data', async (req, res) => {
    res
      .type('html')
      .setHeader('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    res.send(openDataHtml(await openData(deps, periodOf(req.query.period))));
  });
  router.get('/open-data.csv', async (req, res) => {
    res
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="open-data.csv"');
    res.send(openDataCsv(await openData(deps, periodOf(req.query.period))));
  });
  router.get('/open-data.json', async (req, res) => {
    res
      .type('application/json')
      .send(openDataJson(await openData(deps, periodOf(req.query.period))));
  });
  return router;
}
