export * from './validate-value.js';
export * from './format-value.js';
export * from './plausibility.js';
