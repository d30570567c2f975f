export { renderInPlace, type Renderer, type RenderJob } from './render-job.js';
export { createRenderPool, type RenderPool } from './render-pool.js';
