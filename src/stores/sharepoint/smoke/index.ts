export { runSmoke, type Finding, type SmokeOptions, type SmokeReport } from './run-smoke.js';
export { formatSmokeReport, smokeFailed } from './smoke-report.js';
export { etagFormat } from './etag-format.js';
export { claimsOf } from './token-claims.js';
