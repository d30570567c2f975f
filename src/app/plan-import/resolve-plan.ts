// The file as a whole against the store: codes unique in the file, every parent and objective link
// found in the file or the store. Pure: it reads the
// snapshot, reports problems by line and returns the changes the file asks for; the caller writes
// them only when no problem at all was found.
import type { ProblemList } from '../import/problems.js';
import type { PlanLevel } from './columns.js';
import { createFields, patchFor, type RowLinks } from './plan-fields.js';
import type { PlanRecord } from './plan-records.js';
import {
  LIST_OF,
  PARENT_LEVEL,
  byCode,
  codeKey,
  type PlanList,
  type PlanSnapshot,
  type StoredPlanItem,
} from './plan-snapshot.js';

export type PlanChange =
  | { kind: 'create'; list: PlanList; id: string; fields: Record<string, unknown>; line: number }
  | { kind: 'update'; list: PlanList; id: string; patch: Record<string, unknown>; line: number };

export interface ResolveOptions {
  actorId: string;
  /** A fresh id for each new item (so children in the same file can name it). */
  newId: () => string;
}

interface Placed {
  record: PlanRecord;
  id: string;
  stored: StoredPlanItem | null;
}

const LEVEL_WORDS: Record<PlanLevel, string> = {
  plan: 'plan',
  priority: 'priority',
  objective: 'objective',
  'service-plan': 'service plan',
  'key-action': 'key action',
};

/** Each record with its id (the stored item's, or a new one); a code twice in the file is refused. */
function place(
  records: PlanRecord[],
  snapshot: PlanSnapshot,
  problems: ProblemList,
  newId: () => string,
): Map<PlanLevel, Map<string, Placed>> {
  const firstLine = new Map<string, number>();
  const placed = new Map<PlanLevel, Map<string, Placed>>();
  const stored = new Map<PlanLevel, Map<string, StoredPlanItem>>();
  for (const record of records) {
    const key = codeKey(record.code);
    const seen = firstLine.get(key);
    if (seen !== undefined) {
      problems.add(record.line, 'code', `"${record.code}" is already used on line ${seen}`);
      continue;
    }
    firstLine.set(key, record.line);
    if (!stored.has(record.level)) stored.set(record.level, byCode(snapshot, record.level));
    const item = stored.get(record.level)!.get(key) ?? null;
    const level = placed.get(record.level) ?? new Map<string, Placed>();
    level.set(key, { record, id: item?.id ?? newId(), stored: item });
    placed.set(record.level, level);
  }
  return placed;
}

/** The id of the item a code names at a level: in the file first, else in the store. */
function finder(snapshot: PlanSnapshot, placed: Map<PlanLevel, Map<string, Placed>>) {
  const stored = new Map<PlanLevel, Map<string, StoredPlanItem>>();
  return (level: PlanLevel, code: string): string | null => {
    const key = codeKey(code);
    const inFile = placed.get(level)?.get(key);
    if (inFile) return inFile.id;
    if (!stored.has(level)) stored.set(level, byCode(snapshot, level));
    return stored.get(level)!.get(key)?.id ?? null;
  };
}

/** Next order after the stored siblings, counting up through the file's new ones. */
function orderer(snapshot: PlanSnapshot) {
  const next = new Map<string, number>();
  const after = (items: { order: number }[]) => Math.max(0, ...items.map((i) => i.order)) + 1;
  return (level: 'priority' | 'objective', parentId: string): number => {
    const n =
      next.get(parentId) ??
      (level === 'priority'
        ? after(snapshot.priorities.filter((p) => p.planId === parentId))
        : after(snapshot.objectives.filter((o) => o.priorityId === parentId)));
    next.set(parentId, n + 1);
    return n;
  };
}

export function resolvePlan(
  records: PlanRecord[],
  snapshot: PlanSnapshot,
  problems: ProblemList,
  opts: ResolveOptions,
): PlanChange[] {
  const placed = place(records, snapshot, problems, opts.newId);
  const find = finder(snapshot, placed);
  const nextOrder = orderer(snapshot);
  const all = [...placed.values()].flatMap((m) => [...m.values()]);
  all.sort((a, b) => a.record.line - b.record.line);

  // A new plan is current only when the store has none; the latest-ending new plan then is.
  const newPlans = all.filter((p) => p.record.level === 'plan' && !p.stored);
  const hasCurrent = snapshot.plans.some((p) => p.current);
  const latest = newPlans.reduce<Placed | null>((best, p) => {
    const end = (p.record as { lastYear?: string }).lastYear ?? '';
    const bestEnd = (best?.record as { lastYear?: string } | undefined)?.lastYear ?? '';
    return best === null || end > bestEnd ? p : best;
  }, null);

  const changes: PlanChange[] = [];
  for (const p of all) {
    const { record } = p;
    if (!p.stored) {
      for (const { column, what } of record.absent) {
        problems.add(record.line, column, `is required for ${what}: the file has no such column`);
      }
    }
    const parentLevel = PARENT_LEVEL[record.level];
    let parentId: string | null = null;
    if (parentLevel && 'parent' in record && record.parent !== '') {
      parentId = find(parentLevel, record.parent);
      if (!parentId) {
        problems.add(
          record.line,
          'parent',
          `no ${LEVEL_WORDS[parentLevel]} with the code "${record.parent}" in the file or the store`,
        );
      }
    }
    let objectiveIds: string[] | undefined;
    if (record.level === 'key-action' && record.objectiveCodes) {
      objectiveIds = [];
      for (const code of record.objectiveCodes) {
        const id = find('objective', code);
        if (id) objectiveIds.push(id);
        else {
          problems.add(
            record.line,
            'objectives',
            `no objective with the code "${code}" in the file or the store`,
          );
        }
      }
    }
    const service =
      record.level === 'service-plan' && record.serviceId
        ? snapshot.services.get(record.serviceId)
        : undefined;
    const links: RowLinks = {
      parentId,
      objectiveIds,
      order:
        (record.level === 'priority' || record.level === 'objective') && !p.stored && parentId
          ? nextOrder(record.level, parentId)
          : 0,
      current: !hasCurrent && p === latest,
      defaultOwnerId: service?.headId ?? opts.actorId,
    };
    const list = LIST_OF[record.level];
    if (!p.stored) {
      changes.push({
        kind: 'create',
        list,
        id: p.id,
        fields: createFields(record, links),
        line: record.line,
      });
    } else {
      const patch = patchFor(record, links, p.stored);
      if (Object.keys(patch).length) {
        changes.push({ kind: 'update', list, id: p.id, patch, line: record.line });
      }
    }
  }
  return changes;
}
