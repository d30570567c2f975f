export * from './action-plans.js';
