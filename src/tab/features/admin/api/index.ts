export * from './admin-api.js';
export * from './plan-admin-api.js';
