export * from './indicators.js';
export { indicatorAudit, returnAudit, type IndicatorAuditLine } from './indicator-audit.js';
