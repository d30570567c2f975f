export { getStrategyMap, type PlanSummary, type PlanTree } from './get-strategy-map.js';
export { getKeyAction, type KeyActionDetail } from './get-key-action.js';
export { getPeriodOptions } from './get-period-options.js';
