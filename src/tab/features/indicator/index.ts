export { IndicatorPage } from './components/indicator-page.js';
