export { getIndicator, type IndicatorDetail } from './get-indicator.js';
export { getIndicatorAudit, type AuditLine } from './get-indicator-audit.js';
export { getReminderHistory, type ReminderHistoryEntry } from './get-reminder-history.js';
export { reopenReturn } from './reopen-return.js';
