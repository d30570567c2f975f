export { RisksPage } from './components/risks-page.js';
export { RiskPage } from './components/risk-page.js';
export { HeatMap } from './components/heat-map.js';
export { HeatTable } from './components/heat-table.js';
export { scoreWords } from './components/register-table.js';
export { getRisks } from './api/get-risks.js';
