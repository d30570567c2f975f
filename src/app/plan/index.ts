export * from './plan-tree.js';
