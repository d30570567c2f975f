export * from './limits.js';
export * from './parse-figure.js';
export * from './entry-rules.js';
export * from './read-typed-entry.js';
export * from './validate-value.js';
export * from './format-value.js';
export * from './plausibility.js';
