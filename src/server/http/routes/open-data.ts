// The public, no-sign-in open-data page and its CSV and JSON: published indicators with
// authorised figures only (src/reports/open-data). Mounted before the signed-in API. A period the
// page cannot read is shown back to the person with the reason, beside the default period's data;
// the CSV and JSON refuse it with a 400 naming the field.
import express, { type Router } from 'express';
import type { AppDeps } from '../../../app/deps.js';
import { ValidationError } from '../../../domain/errors/errors.js';
import { openData, openDataCsv, openDataHtml, openDataJson } from '../../../reports/index.js';

const MAX_PERIOD = 20;

function periodOf(v: unknown): string | undefined {
  if (v === undefined) return undefined;
  if (typeof v !== 'string' || v.length > MAX_PERIOD) {
    throw new ValidationError(
      `must be a period such as 2025-10 or 2025/26 Q1 (at most ${MAX_PERIOD} characters)`,
      'period',
    );
  }
  return v;
}

export function openDataRouter({ deps }: { deps: AppDeps }): Router {
  const router = express.Router();
  router.get('/open-data', async (req, res) => {
    res
      .type('html')
      .setHeader(
        'Content-Security-Policy',
        "default-src 'none'; style-src 'unsafe-inline'; form-action 'self'",
      );
    const typed = req.query.period;
    try {
      res.send(openDataHtml(await openData(deps, periodOf(typed))));
    } catch (err) {
      if (!(err instanceof ValidationError)) throw err;
      const periodInput = typeof typed === 'string' ? typed.slice(0, MAX_PERIOD) : '';
      const error = err.problems[0]?.message ?? err.message;
      res.status(400).send(openDataHtml(await openData(deps), { periodInput, error }));
    }
  });
  router.get('/open-data.csv', async (req, res) => {
    const csv = openDataCsv(await openData(deps, periodOf(req.query.period)));
    res
      .type('text/csv; charset=utf-8')
      .setHeader('Content-Disposition', 'inline; filename="open-data.csv"');
    res.send(csv);
  });
  router.get('/open-data.json', async (req, res) => {
    res
      .type('application/json')
      .send(openDataJson(await openData(deps, periodOf(req.query.period))));
  });
  return router;
}
