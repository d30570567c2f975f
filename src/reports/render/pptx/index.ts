// Public surface of the PowerPoint pack: plan the slides from the quarterly report, then draw them.
export { buildPowerPointPack, type PackSlide, type PowerPointPack } from './pack-plan.js';
export { renderPowerPointPack } from './render-pack.js';
