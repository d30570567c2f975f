// Report downloads: Word, PDF and PNG files (plain Express, since the typed route table sends
// JSON) and the Excel export of the tab's views; plus a JSON list of what can be made, for the tab.
import { readFile } from 'node:fs/promises';
import express, { type Router } from 'express';
import { z } from 'zod';
import type { AppDeps } from '../../../app/deps.js';
import { loadCatalogue } from '../../../app/catalogue/index.js';
import {
  excelOfView,
  FORMATS_OF,
  generateReport,
  parseExcelView,
  parseReportPeriod,
  REPORT_KINDS,
  XLSX_TYPE,
  type ReportAssets,
  type Renderer,
} from '../../../reports/index.js';
import type { Config } from '../../../platform/config/config.js';
import {
  assertMayReadStrategicDashboard,
  mayReadStrategicDashboard,
} from '../../../app/strategic-dashboard/index.js';
import { identify } from '../identity.js';
import { route, type Route } from '../route.js';

const text = (v: unknown) => (typeof v === 'string' ? v : undefined);

function attachment(res: express.Response, filename: string, type: string, bytes: Buffer) {
  res.setHeader('Content-Type', type);
  res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.setHeader('Cache-Control', 'no-store');
  res.send(bytes);
}

export function reportsRouter({
  deps,
  config,
  render,
}: {
  deps: AppDeps;
  config: Config;
  /** Where reports are laid out (a worker pool in the server); in place when absent. */
  render?: Renderer;
}): Router {
  const router = express.Router();
  const assets = async (): Promise<ReportAssets> =>
    config.councilLogo ? { logoPng: await readFile(config.councilLogo) } : {};
  router.get('/api/reports/excel', async (req, res) => {
    await identify(req, deps.store, { mode: config.mode });
    const view = parseExcelView(text(req.query.view));
    const period = parseReportPeriod(text(req.query.period));
    const bytes = await excelOfView(deps, view, period.key, render);
    const name = `${view}-${period.key.replace(/[^\w]+/g, '-').toLowerCase()}.xlsx`;
    attachment(res, name, XLSX_TYPE, bytes);
  });
  router.get('/api/reports/:kind', async (req, res) => {
    const person = await identify(req, deps.store, { mode: config.mode });
    // The Leadership Team's report: who asks is checked before anything about the date.
    if (req.params.kind === 'strategic-dashboard') assertMayReadStrategicDashboard(person);
    const file = await generateReport(
      deps,
      {
        kind: req.params.kind,
        period: text(req.query.period),
        format: text(req.query.format),
        portfolio: text(req.query.portfolio),
        asAt: text(req.query.asAt),
      },
      await assets(),
      render,
    );
    attachment(res, file.filename, file.contentType, file.bytes);
  });
  return router;
}

function reportHrefTemplate(kind: (typeof REPORT_KINDS)[number]): string {
  if (kind === 'strategic-dashboard') return `/api/reports/${kind}?asAt={asAt}&format={format}`;
  const portfolio = kind === 'portfolio' ? '&portfolio={portfolio}' : '';
  return `/api/reports/${kind}?period={period}&format={format}${portfolio}`;
}

/** JSON: the reports that can be made, their formats and the portfolios to choose from. */
export const reportRoutes: Route[] = [
  route({
    method: 'get',
    path: '/api/reports',
    summary: 'Report kinds, their formats and download addresses, and the portfolios',
    tag: 'reports',
    query: z.object({}),
    handler: async ({ person }, deps) => {
      const cat = await loadCatalogue(deps.store);
      return {
        // The strategic dashboard is listed only to those who may read it.
        reports: REPORT_KINDS.filter(
          (kind) => kind !== 'strategic-dashboard' || mayReadStrategicDashboard(person),
        ).map((kind) => ({
          kind,
          formats: FORMATS_OF[kind],
          href: reportHrefTemplate(kind),
        })),
        excel: {
          views: ['indicators', 'dashboard', 'exceptions'],
          href: '/api/reports/excel?view={view}&period={period}',
        },
        portfolios: [...cat.portfolios.values()].map((p) => ({
          id: p.id,
          name: p.name,
          holder: p.holder,
        })),
      };
    },
  }),
];
