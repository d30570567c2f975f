// Public surface of the renderers: pure functions from a view model (and the logo) to file bytes.
export { renderReportDocx } from './docx/docx-report.js';
export { renderReportPdf } from './pdf/pdf-report.js';
export { renderDashboardPdf } from './pdf/pdf-dashboard.js';
export { pdfToPngs, pdftoppmAvailable, PngUnavailableError } from './png/pdf-to-png.js';
export { encodePng, Raster } from './png/encode-png.js';
export type { ReportAssets } from './assets.js';
export {
  createRenderPool,
  renderInPlace,
  type Renderer,
  type RenderJob,
  type RenderPool,
} from './off-thread/index.js';
