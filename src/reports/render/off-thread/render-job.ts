// One way to turn a view model into file bytes, whichever thread does it: the server hands jobs
// to a worker (render-pool.ts) so a quarterly report's second of layout does not hold up every
// other request; the CLI and the tests render in place. Jobs are plain data (structured-clone
// safe), so they cross to a worker as they are.
import type { HealthDashboard, ReportDocument } from '../../model/index.js';
import type { ReportAssets } from '../assets.js';
import { writeWorkbook, type WorkbookPlan } from '../../excel/write-workbook.js';
import { renderReportDocx } from '../docx/docx-report.js';
import { renderDashboardPdf } from '../pdf/pdf-dashboard.js';
import { renderReportPdf } from '../pdf/pdf-report.js';
import { buildPowerPointPack, renderPowerPointPack } from '../pptx/index.js';

export type RenderJob =
  | { kind: 'report-docx'; report: ReportDocument; assets: ReportAssets }
  | { kind: 'report-pdf'; report: ReportDocument; assets: ReportAssets }
  | { kind: 'dashboard-pdf'; dashboard: HealthDashboard }
  /** The Leadership Team's PowerPoint pack, planned from the quarterly report's model. */
  | { kind: 'pack-pptx'; report: ReportDocument }
  /** An Excel workbook, its sheets already laid out as tables. */
  | { kind: 'workbook'; book: WorkbookPlan };

/** Renders a job; the same signature whether in place or through the pool. */
export type Renderer = (job: RenderJob) => Promise<Buffer>;

export const renderInPlace: Renderer = (job) => {
  switch (job.kind) {
    case 'report-docx':
      return renderReportDocx(job.report, job.assets);
    case 'report-pdf':
      return renderReportPdf(job.report, job.assets);
    case 'dashboard-pdf':
      return renderDashboardPdf(job.dashboard);
    case 'pack-pptx':
      return renderPowerPointPack(buildPowerPointPack(job.report));
    case 'workbook':
      return writeWorkbook(job.book);
  }
};
