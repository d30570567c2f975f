export * from './open-data-rows.js';
export * from './open-data-render.js';
