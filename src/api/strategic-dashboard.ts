// The strategic dashboard's answers (issue 17), as the tab reads them: types only.
export type {
  EditionsView,
  HeadlineCount,
  StrategicBudget,
  StrategicDashboardView,
  StrategicIndicatorRow,
  StrategicKeyAction,
  StrategicRisk,
} from '../app/strategic-dashboard/index.js';
