export { IndicatorPage } from './components/indicator-page.js';
export { IndicatorChart, ChartKey } from './components/indicator-chart.js';
export { chartPoints, latestForecast, yearToDate } from './components/chart-model.js';
export { getIndicator, type IndicatorDetail } from './api/index.js';
