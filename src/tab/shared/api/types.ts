// The API's shapes, taken from the server's own modules as types only (erased at build), so the
// tab and the server cannot drift apart silently.
export type {
  ReturnView,
  RatingView,
  HistoryPoint,
  PersonRef,
} from '../../../app/returns/return-view.js';
export type { MyReturns } from '../../../app/returns/my-returns.js';
export type {
  Dashboard,
  DashboardRow,
  DashboardException,
} from '../../../app/dashboard/dashboard.js';
export type { RatingCounts, RollUpRow, ThreadNode } from '../../../domain/golden-thread/types.js';
export type { IndicatorSummary, HistoryRow } from '../../../app/indicators/indicators.js';
export type { Direction, DirectionOfTravel } from '../../../domain/ratings/direction.js';
export type { Period } from '../../../domain/periods/index.js';
export type {
  RatingState,
  Role,
  ActionPlan,
  Person,
  Benchmark,
} from '../../../domain/model/types.js';
import type { Person as DomainPerson } from '../../../domain/model/types.js';
/** The signed-in person, as /api/me describes them. */
export type Me = DomainPerson & { mayPlanServices: boolean };
