// The shapes of the golden thread: plans, indicators, targets, returns and the people around them.
// Pure data, no behaviour, so every adapter (SQLite, SharePoint, API, bot, tab) can share them.
// Calendar dates are ISO strings `YYYY-MM-DD` in Europe/London; instants are ISO strings in UTC.

/** A calendar date, `YYYY-MM-DD`, meaning that day in Europe/London. */
export type IsoDate = string;
/** An instant, ISO 8601 with `Z`. */
export type Instant = string;

export type Polarity = 'higher' | 'lower' | 'none';
export type Frequency = 'monthly' | 'quarterly' | 'half-yearly' | 'annual';
/** How a year's periods add up to year-to-date. */
export type YtdMethod = 'sum' | 'average' | 'latest';
/**
 * What a value measures, which decides what is impossible:
 * count ≥ 0 and whole; percentage 0–100; days ≥ 0; currency (GBP) ≥ 0; rate ≥ 0 (per 1,000 etc.);
 * number: any finite value.
 */
export type UnitKind = 'count' | 'percentage' | 'days' | 'currency' | 'rate' | 'number';
export type IndicatorScope = 'corporate' | 'local';

export type Channel = 'tab' | 'bot' | 'card' | 'import' | 'system' | 'api';

export type Role = 'admin' | 'leadership' | 'officer';

export interface Person {
  /** Entra object id in a tenant; a stable GUID in the demo. */
  id: string;
  name: string;
  email: string;
  jobTitle: string;
  roles: Role[];
  /** Who acts for this person while they are away. */
  delegateId: string | null;
  /** Last day of recorded leave (inclusive), or null. */
  onLeaveUntil: IsoDate | null;
  directorateId: string | null;
}

export interface Directorate {
  id: string;
  name: string;
  directorId: string | null;
}

export interface Service {
  id: string;
  name: string;
  directorateId: string;
  portfolioId: string;
  headId: string | null;
}

/** A Cabinet member's area of responsibility. */
export interface Portfolio {
  id: string;
  name: string;
  holder: string;
}

export interface CorporatePlan {
  id: string;
  /** Unique among plans, e.g. `CBP`: how import and export name it. */
  code: string;
  title: string;
  /** First financial year, e.g. `2024/25`. */
  firstYear: string;
  /** Last financial year, e.g. `2027/28`. */
  lastYear: string;
  vision: string;
  /** The plan the council works to now. Exactly one plan is current once any exists; earlier
   * plans stay readable, with their history, but are no longer changed. */
  current: boolean;
}

export interface Priority {
  id: string;
  planId: string;
  /** Unique among priorities, e.g. `P1` or `CBP-P1`. */
  code: string;
  title: string;
  order: number;
  description: string;
  /** Retired items keep their history and links but are no longer offered for new links. */
  retired: boolean;
}

export interface Objective {
  id: string;
  priorityId: string;
  /** Unique among objectives, e.g. `P1.1` or `CBP-O7`. */
  code: string;
  title: string;
  order: number;
  retired: boolean;
}

export interface ServicePlan {
  id: string;
  /** Unique among service plans, e.g. `WR-2025/26`. */
  code: string;
  serviceId: string;
  /** Financial year, `2025/26`. */
  year: string;
  title: string;
  ownerId: string;
  retired: boolean;
  /** The service plan it was started from by the annual refresh, or null. */
  copiedFromId: string | null;
}

export type ActionStatus = 'not-started' | 'on-track' | 'some-risk' | 'unlikely' | 'complete';
export type ActionOutcome = 'exceeding' | 'as-expected' | 'below';

export interface Milestone {
  title: string;
  dueDate: IsoDate;
  done: boolean;
}

/**
 * A project, milestone or action in a service plan. The progress fields (status … lastUpdatedAt,
 * revised due date, next milestone) are the latest accepted update, kept on the action so that
 * views need not read the update history; the history is the keyActionUpdates list.
 */
export interface KeyAction {
  id: string;
  servicePlanId: string;
  /** Unique among key actions, e.g. `WR-KA1`. */
  code: string;
  title: string;
  description: string;
  /** Objectives it serves; empty when business as usual. */
  objectiveIds: string[];
  businessAsUsual: boolean;
  /** Reported to the Programme Board (the highlight report). */
  corporateProject: boolean;
  ownerId: string;
  startDate: IsoDate | null;
  /** The due date as planned; a revision is kept beside it, not over it. */
  dueDate: IsoDate;
  milestones: Milestone[];
  /** How often the owner reports progress: quarterly unless the council sets otherwise. */
  updateFrequency: Frequency;
  retired: boolean;
  /** The action of last year's service plan it was carried forward from, or null. */
  copiedFromId: string | null;
  status: ActionStatus;
  outcome: ActionOutcome;
  percentComplete: number;
  lastUpdate: string;
  lastUpdatedAt: Instant | null;
  evidenceUrl: string | null;
  revisedDueDate: IsoDate | null;
  revisedDueReason: string | null;
  nextMilestone: string;
}

/**
 * Due while the owner has not answered; submitted once they have; checked when the council asks
 * the service head to check updates (off by default, when submitted is final).
 */
export type KeyActionUpdateState = 'due' | 'submitted' | 'checked';

/** One progress update of a key action for one period, collected like a return. */
export interface KeyActionUpdate {
  id: string;
  keyActionId: string;
  /** Canonical period key, as for returns: `2025/26 Q2`, `2025-10`, … */
  periodKey: string;
  state: KeyActionUpdateState;
  /** Null until the owner answers. */
  status: ActionStatus | null;
  outcome: ActionOutcome | null;
  percentComplete: number | null;
  commentary: string;
  evidenceUrl: string | null;
  revisedDueDate: IsoDate | null;
  revisedDueReason: string | null;
  nextMilestone: string;
  enteredBy: string | null;
  enteredAt: Instant | null;
  checkedBy: string | null;
  checkedAt: Instant | null;
  sentBackReason: string | null;
  sentBackBy: string | null;
}

export interface Benchmark {
  /** e.g. `England average`, `Nearest neighbours (CIPFA)`. */
  comparator: string;
  value: number;
  source: string;
  /** Financial year the comparator describes, `2024/25`. */
  year: string;
}

export interface WrittenProcedure {
  calculation: string;
  source: string;
  evidenceLocation: string;
  verification: string;
  url: string | null;
}

export interface ReminderPolicy {
  firstReminderWorkingDaysBefore: number;
  repeatEveryWorkingDaysOverdue: number;
  escalateAfterWorkingDaysOverdue: number;
}

export interface Indicator {
  id: string;
  code: string;
  title: string;
  definition: string;
  procedure: WrittenProcedure;
  unit: UnitKind;
  /** How many decimal places values are shown and rated at. */
  decimals: number;
  polarity: Polarity;
  frequency: Frequency;
  ytd: YtdMethod;
  scope: IndicatorScope;
  /** Null until someone assigns one: import may create an indicator before its service is known. */
  serviceId: string | null;
  objectiveIds: string[];
  collectorId: string;
  responsibleId: string;
  authoriserId: string;
  escalationOwnerId: string;
  benchmarks: Benchmark[];
  /** Largely outside the council's control: reported as context, not rated. */
  contextOnly: boolean;
  /** Shown on the public open-data page once authorised. */
  published: boolean;
  retired: boolean;
  reminderPolicy: Partial<ReminderPolicy> | null;
  /**
   * Set by import when it had to make the importer the officers (no service, or no one named), so
   * nobody is chased in their name; cleared when an admin assigns the service and officers.
   * Absent (or null from SharePoint) on indicators written before it existed: that means false.
   */
  needsOwners?: boolean | null;
  /**
   * The version of `procedure` in force: 1 for the first, one more at each edit of the procedure;
   * every version is kept in the procedureVersions list. Absent (null from SharePoint) means 1.
   */
  procedureVersion?: number | null;
  /**
   * How far from the indicator's own history (the median of its last four figures) or its target
   * a figure may be before the officer is asked to confirm it: 3 means more than 3× or under a
   * third. Absent or null means the council's default (3).
   */
  plausibilityRatio?: number | null;
  /**
   * The comparator group the indicator's quartile is reported against (issue 16). Absent or null:
   * the CIPFA nearest neighbours group if there is one, else no quartile.
   */
  primaryGroupId?: string | null;
  /** The LG Inform metric the indicator matches, for fetching its comparators. Absent: none. */
  lgInformMetricId?: number | null;
}

/** One version of an indicator's written procedure, kept whenever the procedure is edited. */
export interface ProcedureVersion {
  indicatorId: string;
  /** 1, 2, 3 … per indicator. */
  version: number;
  procedure: WrittenProcedure;
  editedAt: Instant;
  editedBy: string;
  /** Why it changed, as the editor said. */
  note: string;
}

/** The targets for one indicator in one financial year. */
export interface Target {
  id: string;
  indicatorId: string;
  /** `2025/26`. */
  year: string;
  /** The year-end target, or null when none is set. */
  annual: number | null;
  /** Target per period key (`2025-04`, `2025/26 Q1`, …), profiled for seasonality. */
  profile: Record<string, number>;
}

export type ReturnState = 'due' | 'submitted' | 'checked' | 'authorised';

export interface IndicatorReturn {
  id: string;
  indicatorId: string;
  /** Canonical period key: `2025-04`, `2025/26 Q1`, `2025/26 H1`, `2025/26`. */
  periodKey: string;
  state: ReturnState;
  /** The figure, or null when not yet entered or not available. */
  value: number | null;
  notAvailableReason: string | null;
  commentary: string;
  evidenceUrl: string | null;
  numerator: number | null;
  denominator: number | null;
  /** The officer's year-end forecast, if given. */
  forecast: number | null;
  enteredBy: string | null;
  enteredAt: Instant | null;
  checkedBy: string | null;
  checkedAt: Instant | null;
  authorisedBy: string | null;
  authorisedAt: Instant | null;
  /** Why it was last sent back, until it is entered again. */
  sentBackReason: string | null;
  sentBackBy: string | null;
  actionPlanId: string | null;
  /** The officer confirmed a value far outside the indicator's history. */
  plausibilityConfirmed: boolean;
  /** The written procedure's version in force when the figure was entered (null before then). */
  procedureVersion?: number | null;
  /**
   * Earlier authorised figures of this return, oldest first, each with why it was reopened.
   * Non-empty means the figure is restated. Absent (null from SharePoint) means none.
   */
  restatements?: Restatement[] | null;
}

/** An authorised figure that was reopened: what it was, and who reopened it and why. */
export interface Restatement {
  value: number | null;
  notAvailableReason: string | null;
  commentary: string;
  forecast: number | null;
  enteredBy: string | null;
  checkedBy: string | null;
  authorisedBy: string | null;
  authorisedAt: Instant | null;
  reopenedBy: string;
  reopenedAt: Instant;
  reason: string;
}

export type ActionPlanStatus = 'open' | 'closed';

/** One corrective action of an action plan; the plan's owner is nudged on these dates. */
export interface CorrectiveAction {
  title: string;
  dueDate: IsoDate;
  done: boolean;
}

/** A progress note on an action plan, by its owner (or anyone who may edit it). */
export interface ActionPlanProgress {
  at: Instant;
  byId: string;
  text: string;
}

/**
 * Whether the plan has the approval the council asks for: not needed (the default rule), pending,
 * approved or rejected (by the Authorising Officer or a member of the named panel).
 */
export type ActionPlanApproval = 'not-needed' | 'pending' | 'approved' | 'rejected';

export interface ActionPlan {
  id: string;
  indicatorId: string;
  /** The period that prompted it. */
  periodKey: string;
  reasons: string;
  actions: string;
  ownerId: string;
  /** When the corrective actions are due. */
  dueDate: IsoDate;
  /** The period by which performance is expected back on target. */
  expectedRecovery: string;
  status: ActionPlanStatus;
  closedAt: Instant | null;
  correctiveActions: CorrectiveAction[];
  /** Oldest first. */
  progress: ActionPlanProgress[];
  /** What came of the plan, written when it is closed ('' while open). */
  outcome: string;
  approval: ActionPlanApproval;
  approvedBy: string | null;
  approvedAt: Instant | null;
  /** What the approver said (why rejected, or conditions); null when nothing was said. */
  approvalNote: string | null;
}

/** Who approves action plans: nobody (default), the indicator's Authorising Officer, or a panel. */
export type ActionPlanApprovalRule =
  | { kind: 'none' }
  | { kind: 'authoriser' }
  | {
      kind: 'panel';
      /** e.g. `Corporate Performance Panel`. */
      name: string;
      /** Any one member may approve. */
      memberIds: string[];
    };

/** What a spot check found when the figure was compared with its evidence and procedure. */
export type SpotCheckFinding = 'confirmed' | 'minor-issue' | 'figure-wrong' | 'procedure-wrong';

/**
 * One quarter's draw of indicators to spot-check. Drawing again for the same quarter returns the
 * current draw; a redraw (with a reason) supersedes it and keeps it for the record.
 */
export interface SpotCheckDraw {
  /** The quarter's period key, `2025/26 Q1`. */
  periodKey: string;
  /** What seeded the weighted draw, so anyone can reproduce it. */
  seed: string;
  count: number;
  /** The drawn indicators, in draw order. */
  indicatorIds: string[];
  drawnBy: string;
  drawnAt: Instant;
  /** Why it was drawn again; null for the first draw of the quarter. */
  redrawReason: string | null;
  /** A later redraw replaced it. */
  superseded: boolean;
}

export type SpotCheckState = 'assigned' | 'done';

/** One indicator's spot check in a draw, assigned to someone who is none of its officers. */
export interface SpotCheck {
  drawId: string;
  periodKey: string;
  indicatorId: string;
  /** The return whose figure is checked (the quarter's latest authorised one), if any. */
  returnId: string | null;
  checkerId: string;
  state: SpotCheckState;
  /** Why the draw weighted it (new indicator, changed procedure, failed check, large swing). */
  riskReasons: string[];
  finding: SpotCheckFinding | null;
  notes: string;
  correctiveAction: string;
  doneAt: Instant | null;
}

// --- Budget lines (issue 17): the finance system's monitoring, beside performance. ---

/**
 * One service's budget monitoring for one period (a quarter or a month) of a financial year, as
 * the finance system exports it. Amounts are whole pence, net: spending positive, income negative
 * (src/domain/budget/variance.ts states the variance rule). Actual and forecast are as at the
 * period's end: actual to date is spend so far this year; forecast outturn is the whole year's.
 */
export interface BudgetLine {
  serviceId: string;
  /** Financial year, `2025/26`. */
  year: string;
  /** The period's key: a quarter `2025/26 Q2` or a month `2025-09`, within `year`. */
  periodKey: string;
  originalBudgetPence: number;
  currentBudgetPence: number;
  actualToDatePence: number;
  forecastOutturnPence: number;
  commentary: string;
}

// --- end budget lines ---

/** The date returns for a period are due, set by the performance team. */
export interface TimetableEntry {
  id: string;
  periodKey: string;
  dueDate: IsoDate;
  note: string;
}

export type RatingSchemeConfig =
  | { kind: 'four-level' }
  | {
      kind: 'rag';
      /** Relative shortfall tolerated before a figure is Amber, e.g. 0 (on target or better is Green). */
      greenTolerance: number;
      /** Relative shortfall tolerated before a figure is Red, e.g. 0.05. */
      amberTolerance: number;
    };

export interface CouncilSettings {
  councilName: string;
  ratingScheme: RatingSchemeConfig;
  /** Consecutive Action (or Red) periods that flag persistent under-performance. */
  persistentRuns: number;
  /** Default rule: returns due N working days after the period ends. */
  defaultDueWorkingDays: number;
  reminderPolicy: ReminderPolicy;
  /** The service head checks key-action updates before they count (off by default). */
  keyActionUpdatesNeedCheck: boolean;
  /** Who approves action plans (nobody, by default). */
  actionPlanApproval: ActionPlanApprovalRule;
  /** How many indicators the performance team spot-checks each quarter. */
  spotChecksPerQuarter: number;
  /** The default plausibility ratio (see Indicator.plausibilityRatio). */
  plausibilityRatio: number;
}

export interface AuditEntry {
  id: string;
  at: Instant;
  actorId: string;
  channel: Channel;
  list: string;
  itemId: string;
  action: 'create' | 'update' | 'delete';
  /** A domain-level name for what happened, e.g. `return.submitted`. */
  event: string | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
  note: string | null;
}

/** The levels of the default four-level scheme (Derbyshire) and of the three-level RAG scheme. */
export type RatingLevel = 'strong' | 'good' | 'review' | 'action' | 'green' | 'amber' | 'red';

/**
 * A rating, or why there is none: no target set; the return is not yet due; it is past its due
 * date with no figure (missing); the officer said the figure is not available; the indicator is
 * context only; or it has no polarity (not rated).
 */
export type RatingState =
  | RatingLevel
  | 'no-target'
  | 'not-due'
  | 'missing'
  | 'not-available'
  | 'context'
  | 'not-rated'
  /** entered but not yet authorised: shown, never counted as a rating (issue 14) */
  | 'provisional';

export * from './risk-types.js';
export * from './place-types.js';
