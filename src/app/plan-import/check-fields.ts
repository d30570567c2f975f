// The set-up's own field rules (plan-admin/plan-problems.ts) applied to every row that creates or
// changes an item, so the file and the tab refuse the same things in the same words. The rules
// name model fields; each is reported against the CSV column a person filled in. A column the
// file's own reading already faulted on that line is not reported twice.
import type { FieldProblem } from '../../domain/errors/errors.js';
import {
  keyActionProblems,
  objectiveProblems,
  planProblems,
  priorityProblems,
  servicePlanProblems,
} from '../plan-admin/plan-problems.js';
import type { Catalogue } from '../catalogue/index.js';
import type { ProblemList } from '../import/problems.js';
import type { PlanChange } from './resolve-plan.js';
import type { PlanList, PlanSnapshot } from './plan-snapshot.js';

/** The CSV column each model field is typed in. */
const COLUMN_OF: Record<string, string> = {
  firstYear: 'start',
  lastYear: 'end',
  vision: 'description',
  planId: 'parent',
  priorityId: 'parent',
  servicePlanId: 'parent',
  serviceId: 'service',
  ownerId: 'owner',
  objectiveIds: 'objectives',
  businessAsUsual: 'objectives',
  startDate: 'start',
  dueDate: 'end',
};

function columnOf(field: string): string {
  const head = field.split('.')[0] ?? field;
  return COLUMN_OF[head] ?? head;
}

type Item = { id: string } & Record<string, unknown>;

/** The store's plan items as they will be once every change lands. */
function afterChanges(snapshot: PlanSnapshot, changes: PlanChange[]): Record<PlanList, Item[]> {
  const lists = {
    plans: snapshot.plans,
    priorities: snapshot.priorities,
    objectives: snapshot.objectives,
    servicePlans: snapshot.servicePlans,
    keyActions: snapshot.keyActions,
  } as unknown as Record<PlanList, Item[]>;
  const out = {} as Record<PlanList, Item[]>;
  for (const [list, items] of Object.entries(lists) as [PlanList, Item[]][]) {
    const byId = new Map(items.map((i) => [i.id, { ...i }]));
    for (const c of changes.filter((x) => x.list === list)) {
      if (c.kind === 'create') byId.set(c.id, { ...c.fields, id: c.id });
      else byId.set(c.id, { ...byId.get(c.id)!, ...c.patch });
    }
    out[list] = [...byId.values()];
  }
  return out;
}

const RULES: Record<PlanList, (cat: Catalogue, input: never, selfId: string) => FieldProblem[]> = {
  plans: planProblems,
  priorities: priorityProblems,
  objectives: objectiveProblems,
  servicePlans: servicePlanProblems,
  keyActions: keyActionProblems,
};

export function checkFields(
  cat: Catalogue,
  snapshot: PlanSnapshot,
  changes: PlanChange[],
  problems: ProblemList,
): void {
  const after = afterChanges(snapshot, changes);
  // Parents as they will be (the file may create them), but key actions as stored: nothing hangs
  // off a key action, and the rules read its stored links (a retired objective may stay linked).
  // Codes cannot clash here: the file's codes are unique and a stored code is the same item.
  const merged = { ...cat, ...after, keyActions: snapshot.keyActions } as unknown as Catalogue;
  const byId = new Map<string, Item>();
  for (const [list, items] of Object.entries(after)) {
    for (const i of items) byId.set(`${list}|${i.id}`, i);
  }
  const faulted = new Set(problems.items.map((p) => p.field));
  for (const change of changes) {
    const item = byId.get(`${change.list}|${change.id}`)!;
    for (const p of RULES[change.list](merged, item as never, change.id)) {
      const column = columnOf(p.field);
      const key = `line ${change.line} ${column}`;
      if (faulted.has(key)) continue;
      faulted.add(key);
      problems.add(change.line, column, p.message);
    }
  }
}
