export * from './indicator-status.js';
export * from './period-statuses.js';
export * from './basis.js';
export * from './year-end.js';
export * from './rate-figure.js';
