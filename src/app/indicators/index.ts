export * from './indicators.js';
export { indicatorAudit, type IndicatorAuditLine } from './indicator-audit.js';
