export { StackedBars, statesIn, type BarRow } from './stacked-bars.js';
export { Sparkline, sparklineLabel, type SparkPoint } from './sparkline.js';
export { RatingKey } from './chart-key.js';
export { glyphOf } from './rating-glyph.js';
export { RatingShape } from './rating-shape.js';
export { fillOf } from './chart-fill.js';
export { useWidth } from './use-width.js';
