// Public surface of the risk rules (issue 17): scoring and the matrix, levels, reviews due, trend.
export {
  DEFAULT_RISK_MATRIX,
  MAX_SCORE,
  isAboveTolerance,
  parseRiskMatrix,
  riskBand,
  riskScore,
  type RiskBand,
  type RiskMatrix,
} from './scoring.js';
export {
  MITIGATION_STATUSES,
  RISK_STATUSES,
  assertRiskLevel,
  isMitigationStatus,
  isRiskLevel,
  isRiskStatus,
  readRiskLevel,
} from './levels.js';
export {
  DUE_SOON_DAYS,
  REVIEW_STATE_WORDS,
  reviewState,
  riskDerivedFields,
  type ReviewState,
} from './review-due.js';
export { riskTrend, type RiskTrend, type RiskTrendDirection } from './trend.js';
export {
  rollUpRisks,
  rollUpWords,
  threatens,
  type RiskRollUp,
  type ThreadRisk,
  type ThreadTarget,
} from './thread-roll-up.js';
export { latestReviewBy } from './review-by.js';
