export * from './excel-view.js';
