export * from './indicator-status.js';
