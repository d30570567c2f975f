// Public surface of the report view models: load the authorised data once, then build.
export * from './types.js';
export { loadReportData, parseReportPeriod, type ReportData } from './report-data.js';
export { findPortfolio, reportScope } from './scope.js';
export { buildQuarterlyReport } from './quarterly.js';
export { buildExceptionReport } from './exception.js';
export { buildAnnualReport } from './annual.js';
export { annualNarrative, NARRATIVE_HEADING, reportNarrative } from './narrative.js';
export {
  buildHealthDashboard,
  DASHBOARD_EXCEPTIONS,
  type HealthDashboard,
} from './health-dashboard.js';
export { indicatorEntry, restatementReason, restatedText, restatedWords } from './entries.js';
export { dataQualityChapter, FINDING_LABELS } from './data-quality.js';
export { keyActionEntry, projectEntry } from './key-action-entries.js';
export { buildHighlightReport } from './highlight.js';
export { buildMonitoringStatement, monitoringPeriod } from './monitoring.js';
export { buildPerformanceBudgetReport } from './performance-budget.js';
export { budgetChapter, outturnSentence } from './budget-chapter.js';
export { changesSinceLastQuarter, openRisks, TOP_RISKS } from './risk-section.js';
export { buildStrategicDashboardReport } from './strategic-dashboard.js';
