// The store port: lists of items, shaped like SharePoint lists so that the SharePoint-through-Graph
// store drops in beside the embedded SQLite one. Every item carries a `version` (the SharePoint
// ETag); every update and delete names the version it read, and a stale one is refused with a
// ConflictError, never overwritten.
import type {
  ActionPlan,
  AuditEntry,
  BudgetLine,
  Channel,
  CorporatePlan,
  Directorate,
  AreaBoundary,
  BenchmarkValue,
  BreakdownValue,
  ComparatorGroup,
  DeepDiveReview,
  Indicator,
  IndicatorReturn,
  Instant,
  IsoDate,
  KeyAction,
  KeyActionUpdate,
  Objective,
  ProcedureVersion,
  Risk,
  RiskMitigation,
  RiskReview,
  SpotCheck,
  SpotCheckDraw,
  Person,
  Portfolio,
  Priority,
  Service,
  ServicePlan,
  Target,
  TimetableEntry,
} from '../model/types.js';

/** Every list the domain keeps, with the shape of its items' fields. */
export interface ListShapes {
  people: Omit<Person, 'id'>;
  directorates: Omit<Directorate, 'id'>;
  services: Omit<Service, 'id'>;
  portfolios: Omit<Portfolio, 'id'>;
  plans: Omit<CorporatePlan, 'id'>;
  priorities: Omit<Priority, 'id'>;
  objectives: Omit<Objective, 'id'>;
  servicePlans: Omit<ServicePlan, 'id'>;
  keyActions: Omit<KeyAction, 'id'>;
  /** Progress updates of key actions, one per action per period, collected like returns. */
  keyActionUpdates: Omit<KeyActionUpdate, 'id'>;
  indicators: Omit<Indicator, 'id'>;
  targets: Omit<Target, 'id'>;
  returns: Omit<IndicatorReturn, 'id'>;
  actionPlans: Omit<ActionPlan, 'id'>;
  timetable: Omit<TimetableEntry, 'id'>;
  /** Key/value settings (council name, rating scheme, …), one item per key. */
  settings: { key: string; value: unknown };
  /** Where to reach a person in Teams chat: the Bot Framework conversation reference, by person. */
  conversations: ConversationRecord;
  /** Cards the bot has sent about a return, so a decision can update every copy in place. */
  cardMessages: CardMessageRecord;
  /** The reminder ledger: one entry per (return, reminder stage, day), written before a send. */
  reminderLedger: ReminderLedgerRecord;
  /** Named leases (e.g. the nudge cycle) held by one server instance at a time. */
  leases: LeaseRecord;
  /** "Remind me tomorrow": no reminders to this person before `until`. */
  snoozes: { personId: string; until: Instant };
  /** Who drives a meeting's shared stage and where it is, shared by every server instance. */
  meetingStages: MeetingStageRecord;
  /** Every version of every indicator's written procedure. */
  procedureVersions: ProcedureVersion;
  /** Each quarter's draw of indicators to spot-check (superseded draws kept). */
  spotCheckDraws: SpotCheckDraw;
  /** One spot check per drawn indicator. */
  spotChecks: SpotCheck;
  /** The risk register (issue 17): one item per risk, unique by code. */
  risks: Omit<Risk, 'id'>;
  /** Mitigating actions of risks. */
  riskMitigations: Omit<RiskMitigation, 'id'>;
  /** Every review of every risk, kept as its history. */
  riskReviews: Omit<RiskReview, 'id'>;
  /** Budget monitoring: one line per service per period (issue 17). */
  budgetLines: BudgetLine;
  /** Comparator groups (issue 16): England, CIPFA nearest neighbours …, unique by name. */
  comparatorGroups: Omit<ComparatorGroup, 'id'>;
  /** Comparator figures, one per (indicator, period, group, member council or average). */
  benchmarkValues: Omit<BenchmarkValue, 'id'>;
  /** A return's breakdown values, by area or community group. */
  breakdownValues: Omit<BreakdownValue, 'id'>;
  /** Uploaded area boundaries (one item per ward or district), drawn by the ward map. */
  areaBoundaries: Omit<AreaBoundary, 'id'>;
  /** Deep-dive reviews of indicators. */
  deepDiveReviews: Omit<DeepDiveReview, 'id'>;
}

export interface ConversationRecord {
  /** The person's id (the Entra object id in a tenant). */
  personId: string;
  tenantId: string | null;
  serviceUrl: string;
  conversationId: string;
  /** The Bot Framework ConversationReference, as JSON. */
  reference: Record<string, unknown>;
  updatedAt: Instant;
}

export interface CardMessageRecord {
  returnId: string;
  personId: string;
  conversationId: string;
  activityId: string;
  /** What the card asked of that person: enter, check, authorise, or a digest. */
  kind: string;
  sentAt: Instant;
}

export type ReminderStatus = 'pending' | 'sent' | 'failed' | 'permanent-failure' | 'skipped';

export interface ReminderLedgerRecord {
  /** `${returnId}|${stage}|${day}`: the exactly-once key. */
  key: string;
  returnId: string;
  stage: string;
  day: IsoDate;
  recipientId: string;
  status: ReminderStatus;
  attempts: number;
  sentAt: Instant | null;
  error: string | null;
  /** Why this person was reminded (policy, escalation, delegate …). */
  reason: string;
  /** The nudge cycle (lease holder) that last claimed the entry: a pending entry of a dead cycle. */
  holder?: string | null;
  /** When that cycle claimed it (before the send). */
  attemptedAt?: Instant | null;
}

export interface LeaseRecord {
  name: string;
  holder: string;
  expiresAt: Instant;
}

export interface MeetingStageRecord {
  /** The Teams meeting id (the tab context's meeting.id). */
  meetingId: string;
  /** Null while the stage is open but nobody eligible has moved it (Teams' own share icon). */
  presenterId: string | null;
  presenterName: string | null;
  /** The tab route (hash) the presenter is on, e.g. `#/dashboard?period=2025-10`. */
  route: string;
  /** Increases with every move, so a viewer can ignore what it has already applied. */
  seq: number;
  updatedAt: Instant;
}

export type ListName = keyof ListShapes;

export const LIST_NAMES: readonly ListName[] = [
  'people',
  'directorates',
  'services',
  'portfolios',
  'plans',
  'priorities',
  'objectives',
  'servicePlans',
  'keyActions',
  'indicators',
  'targets',
  'returns',
  'actionPlans',
  'timetable',
  'settings',
  'conversations',
  'cardMessages',
  'reminderLedger',
  'leases',
  'snoozes',
  'meetingStages',
  'keyActionUpdates',
  'procedureVersions',
  'spotCheckDraws',
  'spotChecks',
  // Appended, never inserted: demo ids carry a list's position here (src/demo/ids.ts).
  'risks',
  'riskMitigations',
  'riskReviews',
  'budgetLines',
  'comparatorGroups',
  'benchmarkValues',
  'breakdownValues',
  'areaBoundaries',
  'deepDiveReviews',
];

/** An item as the store holds it. */
export interface StoredItem<F> {
  id: string;
  /** Opaque; changes on every write. Maps to the SharePoint ETag. */
  version: string;
  fields: F;
  createdAt: Instant;
  createdBy: string;
  modifiedAt: Instant;
  modifiedBy: string;
}

/** Who is writing, through which channel, and why: recorded in the audit trail with every write. */
export interface WriteContext {
  actorId: string;
  channel: Channel;
  /** A domain-level name for the change, e.g. `return.submitted`. */
  event?: string;
  note?: string;
}

type Scalar = string | number | boolean | null;

/** Equality filters on scalar fields: the only filters SharePoint serves well (on indexed columns). */
export type Filter<F> = { [K in keyof F]?: F[K] extends Scalar ? F[K] : never };

export interface QueryOptions<F> {
  orderBy?: keyof F & string;
  descending?: boolean;
  top?: number;
}

export type WriteOp =
  | { kind: 'create'; list: ListName; id?: string; fields: Record<string, unknown> }
  | { kind: 'update'; list: ListName; id: string; version: string; patch: Record<string, unknown> }
  | { kind: 'delete'; list: ListName; id: string; version: string };

export interface WriteResult {
  list: ListName;
  id: string;
  version: string | null;
}

export interface AuditQuery {
  list?: ListName;
  itemId?: string;
  actorId?: string;
  since?: Instant;
  top?: number;
}

export interface Store {
  get<L extends ListName>(list: L, id: string): Promise<StoredItem<ListShapes[L]> | null>;
  /** Items matching every filter, in creation order unless `orderBy` says otherwise. */
  query<L extends ListName>(
    list: L,
    filter?: Filter<ListShapes[L]>,
    options?: QueryOptions<ListShapes[L]>,
  ): Promise<StoredItem<ListShapes[L]>[]>;
  create<L extends ListName>(
    list: L,
    fields: ListShapes[L],
    ctx: WriteContext,
    id?: string,
  ): Promise<StoredItem<ListShapes[L]>>;
  /** Refuses with ConflictError when `version` is not the item's current version. */
  update<L extends ListName>(
    list: L,
    id: string,
    version: string,
    patch: Partial<ListShapes[L]>,
    ctx: WriteContext,
  ): Promise<StoredItem<ListShapes[L]>>;
  delete(list: ListName, id: string, version: string, ctx: WriteContext): Promise<void>;
  /** All or nothing: either every operation lands (with its audit entries) or none does. */
  writeMany(ops: WriteOp[], ctx: WriteContext): Promise<WriteResult[]>;
  audit(query: AuditQuery): Promise<AuditEntry[]>;
  /**
   * An opaque token that differs whenever an item in any of these lists has changed since the
   * token was last read, whoever changed it (this process, another process on the same file, or
   * a person editing the SharePoint list). Cheap to read, so a view computed from these lists
   * can be kept until the token moves. Equal tokens mean nothing in the lists changed; a changed
   * token does not promise that something did.
   */
  changeToken(lists: readonly ListName[]): Promise<string>;
  close(): Promise<void>;
}
