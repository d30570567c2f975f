export { getIndicator, type IndicatorDetail } from './get-indicator.js';
