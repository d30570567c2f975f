// Public surface of the reports: view models, renderers, the one generate entry point, the
// quarter-complete announcement and open data.
export * from './model/index.js';
export * from './render/index.js';
export * from './generate.js';
export * from './quarter-complete.js';
export * from './excel/index.js';
export * from './open-data/index.js';
export * from './strategic-edition.js';
