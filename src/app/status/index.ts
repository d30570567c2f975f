export * from './indicator-status.js';
export * from './period-statuses.js';
