// The strategy map is its own chunk (cards, layout and drawer), loaded when first opened, so the
// tab's first page and the side panel do not download it.
import { lazy } from 'react';

export const StrategyMapPage = lazy(() =>
  import('./components/strategy-map-page.js').then((m) => ({ default: m.StrategyMapPage })),
);
export const StrategyMapView = lazy(() =>
  import('./components/strategy-map-view.js').then((m) => ({ default: m.StrategyMapView })),
);
export type { StrategyMapPageProps } from './components/strategy-map-page.js';
export { getStrategyMap, type PlanSummary, type PlanTree } from './api/index.js';
