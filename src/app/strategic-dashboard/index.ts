// The strategic dashboard (issue 17): as at a date, on the council's own cadence.
export {
  editionsAsAt,
  strategicDashboard,
  strategicDashboardFor,
  strategicEditions,
  type StrategicQuery,
} from './strategic-dashboard.js';
export { assertMayReadStrategicDashboard, mayReadStrategicDashboard } from './access.js';
export { asAtDate } from './as-at-date.js';
export {
  cadenceWords,
  loadStrategicCadence,
  STRATEGIC_CADENCE_SETTING,
} from './cadence-setting.js';
export type * from './view.js';
