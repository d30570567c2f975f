// The risk register (issue 17): list it with filters, read one risk, record a review, and the
// counts per objective the strategy map and dashboard will show; the CSV import is import-risks.ts.
export { listRisks, getRisk, type RegisterView } from './list-risks.js';
export {
  recordRiskReview,
  REVIEWED,
  DEFAULT_REVIEW_DAYS,
  type ReviewInput,
} from './record-review.js';
export { risksByObjective, type ObjectiveRisks } from './objective-risks.js';
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
