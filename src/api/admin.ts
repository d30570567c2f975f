// The performance team's set-up routes (/api/admin/*): their inputs and answers, as types.
export type {
  IndicatorEditNote,
  IndicatorFields,
  IndicatorInput,
} from '../app/admin/indicator-admin.js';
export type { DeliveryFilter, DeliveryRow, RetryResult } from '../app/nudges/index.js';
export type { PlanFields } from '../app/plan-admin/corporate-plans.js';
export type { KeyActionFields } from '../app/plan-admin/key-actions.js';
export type { NextYearPreview } from '../app/plan-admin/next-year.js';
export type { ObjectiveFields } from '../app/plan-admin/objectives.js';
export type {
  KeyActionInput,
  ObjectiveInput,
  PlanInput,
  PriorityInput,
  ServicePlanInput,
} from '../app/plan-admin/plan-problems.js';
export type { PriorityFields } from '../app/plan-admin/priorities.js';
export type { ServicePlanFields } from '../app/plan-admin/service-plans.js';
export type { TimetableRow } from '../app/timetable/index.js';
