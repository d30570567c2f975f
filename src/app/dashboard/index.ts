export * from './dashboard.js';
export * from './selected-period.js';
