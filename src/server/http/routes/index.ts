import type { Route } from '../route.js';
import { actionPlanRoutes } from './action-plans.js';
import { adminRoutes } from './admin.js';
import { adminReminderRoutes } from './admin-reminders.js';
import { benchmarkGroupRoutes } from './benchmark-groups.js';
import { breakdownRoutes } from './breakdowns.js';
import { budgetRoutes } from './budget.js';
import { deepDiveRoutes } from './deep-dives.js';
import { meetingStageRoutes } from './meeting-stage.js';
import { myReminderRoutes } from './my-reminders.js';
import { reminderRoutes } from './reminders.js';
import { indicatorRoutes } from './indicators.js';
import { keyActionUpdateRoutes } from './key-action-updates.js';
import { peopleRoutes } from './people.js';
import { planRoutes } from './plan.js';
import { planAdminRoutes } from './plan-admin.js';
import { reportRoutes } from './reports.js';
import { returnRoutes } from './returns.js';
import { riskRoutes } from './risks.js';
import { spotCheckRoutes } from './spot-checks.js';
import { strategicDashboardRoutes } from './strategic-dashboard.js';
import { timetableRoutes } from './timetable.js';

export const API_ROUTES: readonly Route[] = [
  ...returnRoutes,
  ...indicatorRoutes,
  ...planRoutes,
  ...planAdminRoutes,
  ...keyActionUpdateRoutes,
  ...actionPlanRoutes,
  ...timetableRoutes,
  ...peopleRoutes,
  ...reportRoutes,
  ...adminRoutes,
  ...adminReminderRoutes,
  ...meetingStageRoutes,
  ...myReminderRoutes,
  ...reminderRoutes,
  ...spotCheckRoutes,
  ...riskRoutes,
  ...budgetRoutes,
  ...benchmarkGroupRoutes,
  ...breakdownRoutes,
  ...strategicDashboardRoutes,
  ...deepDiveRoutes,
];
