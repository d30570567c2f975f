// The schema as an ordered list of steps. A step, once released, is never edited: a change to the
// schema is a new step at the end, so every database file (demo, pilot, live) reaches the same
// shape by replaying the steps it has not yet recorded in `schema_migrations`.
//
// One table per list rather than one generic `items` table keyed by list: it mirrors SharePoint
// (one list per list), keeps `id` a plain primary key, and lets each filterable field carry an
// ordinary expression index that the planner uses with bound parameters — a shared table would
// need partial indexes (`WHERE list = 'returns'`), which SQLite only uses when the list name is a
// literal in the query, not a parameter.
import type Database from 'better-sqlite3';

export interface Migration {
  /** Ascending, gap-free, starting at 1. */
  id: number;
  name: string;
  up(db: Database.Database): void;
}

/** The lists as they stood when step 1 was written; a list added later needs a step of its own. */
const INITIAL_LISTS = [
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
] as const;

/** The fields the app filters on, per list (see the Store port: equality on indexed columns). */
const INITIAL_INDEXES: Record<string, readonly string[]> = {
  returns: ['indicatorId', 'periodKey', 'state'],
  targets: ['indicatorId', 'year'],
  indicators: ['code', 'serviceId'],
  people: ['email'],
  keyActions: ['servicePlanId'],
  actionPlans: ['indicatorId'],
  timetable: ['periodKey'],
  objectives: ['priorityId'],
  priorities: ['planId'],
  settings: ['key'],
};

/**
 * The table a list lives in. List names are camelCase identifiers from a fixed set, quoted so a
 * name like `returns` never collides with an SQL keyword.
 */
export function tableFor(list: string): string {
  return `"list_${list}"`;
}

/**
 * The expression an index and a query must both spell the same way: SQLite matches expression
 * indexes by the expression's shape, with the JSON path as a literal.
 */
export function fieldExpression(field: string): string {
  return `json_extract(fields, '$.${field}')`;
}

function createListTable(
  db: Database.Database,
  list: string,
  indexes: readonly string[] = INITIAL_INDEXES[list] ?? [],
): void {
  // `seq` keeps creation order stable: the implicit rowid of a table with a text key may be
  // renumbered by VACUUM, so order is held in a column of its own.
  db.exec(`
    CREATE TABLE ${tableFor(list)} (
      id TEXT PRIMARY KEY NOT NULL,
      seq INTEGER NOT NULL UNIQUE,
      version TEXT NOT NULL,
      fields TEXT NOT NULL CHECK (json_valid(fields)),
      created_at TEXT NOT NULL,
      created_by TEXT NOT NULL,
      modified_at TEXT NOT NULL,
      modified_by TEXT NOT NULL
    )`);
  for (const field of indexes) createFieldIndex(db, list, field);
}

function createFieldIndex(db: Database.Database, list: string, field: string): void {
  db.exec(`CREATE INDEX "idx_${list}_${field}" ON ${tableFor(list)} (${fieldExpression(field)})`);
}

export const MIGRATIONS: readonly Migration[] = [
  {
    id: 1,
    name: 'lists, audit and version counter',
    up(db) {
      for (const list of INITIAL_LISTS) createListTable(db, list);
      db.exec(`
        CREATE TABLE audit (
          seq INTEGER PRIMARY KEY AUTOINCREMENT,
          at TEXT NOT NULL,
          actor_id TEXT NOT NULL,
          channel TEXT NOT NULL,
          list TEXT NOT NULL,
          item_id TEXT NOT NULL,
          action TEXT NOT NULL CHECK (action IN ('create', 'update', 'delete')),
          event TEXT,
          before TEXT,
          after TEXT,
          note TEXT
        );
        CREATE INDEX idx_audit_item ON audit (list, item_id);
        CREATE INDEX idx_audit_actor ON audit (actor_id);
        CREATE INDEX idx_audit_at ON audit (at);
        -- One counter for every write in the file, so versions stay unique even when two
        -- processes share it (each takes the next value inside its own write transaction).
        CREATE TABLE store_meta (key TEXT PRIMARY KEY NOT NULL, value INTEGER NOT NULL);
        INSERT INTO store_meta (key, value) VALUES ('version', 0);
      `);
    },
  },
  {
    id: 2,
    name: 'bot and reminder lists',
    up(db) {
      createListTable(db, 'conversations', ['personId']);
      createListTable(db, 'cardMessages', ['returnId', 'personId']);
      createListTable(db, 'reminderLedger', ['key', 'returnId', 'recipientId', 'status']);
      createListTable(db, 'leases', ['name']);
      createListTable(db, 'snoozes', ['personId']);
    },
  },
  {
    id: 3,
    name: 'indicators without a service hold null',
    up(db) {
      // Import wrote '' for "no service" until an indicator could wait for one (needsOwners, a
      // plain JSON field that needs no step of its own). One spelling, null, as SharePoint reads
      // an empty column back, so the filter { serviceId: null } finds old and new alike.
      db.exec(`
        UPDATE ${tableFor('indicators')}
        SET fields = json_set(fields, '$.serviceId', json('null'))
        WHERE ${fieldExpression('serviceId')} = ''`);
    },
  },
  {
    id: 4,
    name: 'meeting stages',
    up(db) {
      // The shared stage's presenter and route, in the store so every server instance agrees.
      createListTable(db, 'meetingStages', ['meetingId']);
    },
  },
  {
    id: 5,
    name: 'plans kept by the council, key-action updates',
    up(db) {
      // Plans, priorities, objectives, service plans and key actions became editable: each gained
      // fields with a meaning when absent (not retired, quarterly updates, no milestones …). Old
      // rows get them spelt out, so a copy between stores hashes the same and filters find them.
      const defaults: Record<string, Record<string, unknown>> = {
        plans: { current: true },
        priorities: { description: '', retired: false },
        objectives: { order: 0, retired: false },
        servicePlans: { retired: false, copiedFromId: null },
        keyActions: {
          description: '',
          corporateProject: false,
          startDate: null,
          milestones: [],
          updateFrequency: 'quarterly',
          retired: false,
          copiedFromId: null,
          evidenceUrl: null,
          revisedDueDate: null,
          revisedDueReason: null,
          nextMilestone: '',
        },
      };
      for (const [list, fields] of Object.entries(defaults)) {
        for (const [field, value] of Object.entries(fields)) {
          db.prepare(
            `UPDATE ${tableFor(list)} SET fields = json_set(fields, '$.${field}', json(?))
             WHERE json_type(fields, '$.${field}') IS NULL`,
          ).run(JSON.stringify(value));
        }
      }
      // Codes: a plan or service plan written before had none; its id stands in until renamed.
      for (const list of ['plans', 'servicePlans']) {
        db.exec(`UPDATE ${tableFor(list)} SET fields = json_set(fields, '$.code', id)
                 WHERE json_type(fields, '$.code') IS NULL`);
      }
      createListTable(db, 'keyActionUpdates', ['keyActionId', 'periodKey', 'state']);
      createFieldIndex(db, 'keyActions', 'ownerId');
      createFieldIndex(db, 'servicePlans', 'serviceId');
    },
  },
  {
    id: 6,
    name: 'figures people trust: action plans followed, procedure versions, spot checks',
    up(db) {
      // Action plans gained corrective actions, progress, an outcome and an approval. Plans
      // written before had none of these: spelt out so filters and copies between stores agree.
      const planDefaults: Record<string, unknown> = {
        correctiveActions: [],
        progress: [],
        outcome: '',
        approval: 'not-needed',
        approvedBy: null,
        approvedAt: null,
        approvalNote: null,
      };
      for (const [field, value] of Object.entries(planDefaults)) {
        db.prepare(
          `UPDATE ${tableFor('actionPlans')} SET fields = json_set(fields, '$.${field}', json(?))
           WHERE json_type(fields, '$.${field}') IS NULL`,
        ).run(JSON.stringify(value));
      }
      createFieldIndex(db, 'actionPlans', 'status');
      createListTable(db, 'procedureVersions', ['indicatorId']);
      createListTable(db, 'spotCheckDraws', ['periodKey']);
      createListTable(db, 'spotChecks', ['drawId', 'periodKey', 'checkerId', 'state']);
    },
  },
  {
    id: 7,
    name: 'the risk register: risks, their mitigating actions and reviews',
    up(db) {
      createListTable(db, 'risks', ['code', 'status', 'ownerId', 'category']);
      createListTable(db, 'riskMitigations', ['riskId']);
      createListTable(db, 'riskReviews', ['riskId']);
    },
  },
  {
    id: 8,
    name: 'budget lines per service per period',
    up(db) {
      createListTable(db, 'budgetLines', ['serviceId', 'year', 'periodKey']);
    },
  },
  {
    id: 9,
    name: 'benchmarks and place: comparator groups and figures, breakdowns, boundaries, deep dives',
    up(db) {
      createListTable(db, 'comparatorGroups', ['name']);
      createListTable(db, 'benchmarkValues', ['indicatorId', 'periodKey', 'groupId']);
      createListTable(db, 'breakdownValues', ['indicatorId', 'periodKey']);
      createListTable(db, 'areaBoundaries', ['boundarySet', 'areaCode']);
      createListTable(db, 'deepDiveReviews', ['indicatorId', 'status', 'leadOfficerId']);
    },
  },
];
