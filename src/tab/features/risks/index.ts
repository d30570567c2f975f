export { RisksPage } from './components/risks-page.js';
export { RiskPage } from './components/risk-page.js';
export { HeatMap } from './components/heat-map.js';
export { HeatTable } from './components/heat-table.js';
export { scoreWords } from './components/register-table.js';
export { getRisks } from './api/get-risks.js';
export { ThreadRisksLink, threadRisksHref } from './components/thread-risks.js';
export { IndicatorRisks } from './components/indicator-risks.js';
export { RiskLines } from './components/risk-lines.js';
