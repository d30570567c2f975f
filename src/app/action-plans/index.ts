export * from './action-plans.js';
export * from './action-plan-view.js';
export * from './plans-for-check.js';
