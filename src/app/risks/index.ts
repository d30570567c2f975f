// The risk register (issue 17): list it with filters, read one risk, record a review, the risks on
// each part of the golden thread, and those escalated to the dashboard; the CSV import is
// import-risks.ts.
export { listRisks, getRisk, type RegisterView } from './list-risks.js';
export {
  recordRiskReview,
  REVIEWED,
  DEFAULT_REVIEW_DAYS,
  type ReviewInput,
} from './record-review.js';
export { riskEscalation, type RiskEscalation } from './escalation.js';
export { loadThreadRisks, targetOf, withRisks, type ThreadRisks } from './thread-risks.js';
export { loadRiskMatrix, RISK_MATRIX_SETTING } from './register.js';
export type { RiskDetailView, RiskSummaryView, ScoreView } from './risk-view.js';
export type { RiskFilterInput } from './filters.js';
export {
  importRisksCsv,
  type RiskImportOptions,
  type RiskImportSummary,
} from './import/import-risks.js';
export { importMitigationsCsv } from './import/import-mitigations.js';
export { importReviewsCsv } from './import/import-reviews.js';
export {
  MITIGATION_TABLE,
  REVIEW_TABLE,
  RISK_REQUIRED_COLUMNS,
  RISK_OPTIONAL_COLUMNS,
} from './import/columns.js';
