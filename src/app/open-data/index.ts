export * from './published-history.js';
export * from './published-periods.js';
