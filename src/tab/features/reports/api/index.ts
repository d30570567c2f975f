export {
  getReportCatalogue,
  type ReportCatalogue,
  type ReportFormat,
  type ReportKind,
  type ReportPortfolio,
} from './get-report-catalogue.js';
export { reportHref, type ReportChoice } from './report-href.js';
