// The register's pages are chunks of their own, loaded when first opened (the stage's risk views
// use the parts below, not the pages).
import { lazy } from 'react';
export const RisksPage = lazy(() =>
  import('./components/risks-page.js').then((m) => ({ default: m.RisksPage })),
);
export const RiskPage = lazy(() =>
  import('./components/risk-page.js').then((m) => ({ default: m.RiskPage })),
);
export { HeatMap } from './components/heat-map.js';
export { HeatTable } from './components/heat-table.js';
export { RegisterTable, scoreWords } from './components/register-table.js';
export { RiskFilters } from './components/risk-filters.js';
export { getRisks } from './api/get-risks.js';
export { ThreadRisksLink, threadRisksHref } from './components/thread-risks.js';
export { IndicatorRisks } from './components/indicator-risks.js';
export { RiskLines } from './components/risk-lines.js';
