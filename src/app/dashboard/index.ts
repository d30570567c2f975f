export * from './dashboard.js';
export { resolvePeriod } from '../status/index.js';
