// The shapes of the golden thread views: the plan-to-indicator tree, roll-up counts and exceptions.
import type {
  CorporatePlan,
  Directorate,
  Indicator,
  KeyAction,
  Objective,
  Portfolio,
  Priority,
  RatingLevel,
  RatingState,
  Service,
  ServicePlan,
} from '../model/types.js';
import type { RiskRollUp } from '../risks/thread-roll-up.js';

export interface ThreadInput {
  plan: CorporatePlan;
  priorities: Priority[];
  objectives: Objective[];
  servicePlans: ServicePlan[];
  keyActions: KeyAction[];
  indicators: Indicator[];
  services: Service[];
  directorates: Directorate[];
  portfolios: Portfolio[];
}

/** The rating of each indicator for the period being looked at. */
export interface IndicatorStatus {
  indicatorId: string;
  state: RatingState;
}

export type RatingCounts = Partial<Record<RatingState, number>> & { total: number };

export type ThreadNodeKind =
  'plan' | 'priority' | 'objective' | 'indicator' | 'key-action' | 'unlinked';

/** Where an indicator or key action sits in the council's structure, so views can filter by it. */
export interface Organisation {
  serviceId: string;
  directorateId: string | null;
  portfolioId: string | null;
}

export interface ThreadNode {
  kind: ThreadNodeKind;
  id: string;
  code: string;
  title: string;
  state?: RatingState | RatingLevel;
  /** Distinct indicators under this node (itself, for an indicator), by rating. */
  indicatorCounts: RatingCounts;
  /** Distinct key actions under this node (itself, for a key action), by rating. */
  actionCounts: RatingCounts;
  children: ThreadNode[];
  /** Indicators and key actions only: the service (through its service plan, for an action). */
  organisation?: Organisation;
  /** Priorities, objectives and key actions, in the plan tree: the risks that threaten them. */
  risks?: RiskRollUp;
}

export type RollUpBy = 'priority' | 'objective' | 'service' | 'directorate' | 'portfolio';

export interface RollUpRow {
  id: string;
  name: string;
  counts: RatingCounts;
}

export interface ExceptionRow {
  indicatorId: string;
  state: RatingState;
  severity: number;
}
