// Public surface of the spot-check rules: the risk reasons and the weighted, seeded draw.
export { LARGE_SWING, RISK_WORDS, riskReasons, type RiskFacts, type RiskReason } from './risk.js';
export { RISK_WEIGHT, drawSample, drawSeed, drawWeight, type DrawCandidate } from './draw.js';
export { seedNumber, seededRandom } from './seeded-random.js';
export { assignCheckers, type CheckerNeed } from './assign-checkers.js';
export { FINDING_WORDS, SPOT_CHECK_FINDINGS, isSpotCheckFinding } from './findings.js';
