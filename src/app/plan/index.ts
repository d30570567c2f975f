export * from './plan-tree.js';
export * from './key-action-detail.js';
