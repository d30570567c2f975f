// What a set of comparator figures changes in the store, whatever they came from: groups created
// (their kind from the file, else from the name), councils added to a group's members, and each
// figure added, changed or left alone. A figure is unique by (indicator, period, group, council or
// average), so the same figures again write nothing, and a changed value updates that one figure.
import { randomUUID } from 'node:crypto';
import type {
  BenchmarkValue,
  ComparatorGroup,
  ComparatorMember,
  Instant,
} from '../../../domain/model/types.js';
import type { StoredItem, WriteOp } from '../../../domain/ports/store.js';
import type { ProblemList } from '../../import/problems.js';
import { groupKey, inferGroupKind, type StoredGroup } from '../groups.js';
import type { BenchmarkRow } from './benchmark-row.js';

export interface BenchmarkImportSummary {
  rows: number;
  added: number;
  changed: number;
  unchanged: number;
  groupsCreated: number;
  membersAdded: number;
}

export interface StoredBenchmarks {
  groups: Map<string, StoredGroup>;
  values: StoredItem<Omit<BenchmarkValue, 'id'>>[];
}

interface GroupPlan {
  id: string;
  stored: StoredGroup | null;
  fields: Omit<ComparatorGroup, 'id'>;
  kindFrom: number | null;
  dirty: boolean;
}

const valueKey = (v: Pick<BenchmarkValue, 'indicatorId' | 'periodKey' | 'groupId' | 'areaCode'>) =>
  `${v.indicatorId}|${v.periodKey}|${v.groupId}|${v.areaCode ?? ''}`;

function groupFor(
  row: BenchmarkRow,
  plans: Map<string, GroupPlan>,
  stored: StoredBenchmarks,
  problems: ProblemList,
): GroupPlan {
  const key = groupKey(row.groupName);
  let plan = plans.get(key);
  if (!plan) {
    const held = stored.groups.get(key) ?? null;
    plan = held
      ? {
          id: held.id,
          stored: held,
          fields: structuredClone(held.fields),
          kindFrom: null,
          dirty: false,
        }
      : {
          id: randomUUID(),
          stored: null,
          fields: { name: row.groupName, kind: inferGroupKind(row.groupName), members: [] },
          kindFrom: null,
          dirty: true,
        };
    plans.set(key, plan);
  }
  if (row.groupKind && row.groupKind !== plan.fields.kind) {
    if (plan.kindFrom !== null) {
      problems.add(
        row.line,
        'group_kind',
        `"${row.groupKind}" differs from line ${plan.kindFrom}, which made ${plan.fields.name} ${plan.fields.kind}`,
      );
    } else {
      plan.fields.kind = row.groupKind;
      plan.dirty = true;
    }
  }
  if (row.groupKind) plan.kindFrom ??= row.line;
  return plan;
}

function addMember(plan: GroupPlan, member: ComparatorMember): boolean {
  const held = plan.fields.members.find((m) => m.areaCode === member.areaCode);
  if (held) {
    if (held.areaName === member.areaName) return false;
    held.areaName = member.areaName;
    plan.dirty = true;
    return false;
  }
  plan.fields.members.push(member);
  plan.dirty = true;
  return true;
}

/** The writes for the rows (none when the store already says what they say); problems added. */
export function planBenchmarkWrites(
  rows: BenchmarkRow[],
  stored: StoredBenchmarks,
  now: Instant,
  problems: ProblemList,
): { ops: WriteOp[]; summary: BenchmarkImportSummary } {
  const plans = new Map<string, GroupPlan>();
  const seen = new Map<string, number>();
  const storedValues = new Map(stored.values.map((v) => [valueKey(v.fields), v]));
  const summary: BenchmarkImportSummary = {
    rows: rows.length,
    added: 0,
    changed: 0,
    unchanged: 0,
    groupsCreated: 0,
    membersAdded: 0,
  };
  const valueOps: WriteOp[] = [];
  for (const row of rows) {
    const plan = groupFor(row, plans, stored, problems);
    const fields: Omit<BenchmarkValue, 'id'> = {
      indicatorId: row.indicatorId,
      periodKey: row.periodKey,
      groupId: plan.id,
      kind: row.kind,
      areaCode: row.areaCode,
      areaName: row.areaName,
      value: row.value,
      source: row.source,
      importedAt: now,
    };
    const key = valueKey(fields);
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      const who = row.areaCode ?? 'the average';
      problems.add(
        row.line,
        row.areaCode ? 'area_code' : 'kind',
        `repeats line ${earlier}: one figure per indicator, period, group and council (${row.periodKey}, ${plan.fields.name}, ${who})`,
      );
      continue;
    }
    seen.set(key, row.line);
    if (row.areaCode && row.areaName) {
      if (addMember(plan, { areaCode: row.areaCode, areaName: row.areaName }))
        summary.membersAdded++;
    }
    const held = storedValues.get(key);
    if (!held) {
      valueOps.push({ kind: 'create', list: 'benchmarkValues', fields: { ...fields } });
      summary.added++;
    } else if (
      held.fields.value !== fields.value ||
      held.fields.kind !== fields.kind ||
      held.fields.areaName !== fields.areaName ||
      held.fields.source !== fields.source
    ) {
      const { indicatorId: _i, periodKey: _p, groupId: _g, areaCode: _a, ...patch } = fields;
      valueOps.push({
        kind: 'update',
        list: 'benchmarkValues',
        id: held.id,
        version: held.version,
        patch,
      });
      summary.changed++;
    } else summary.unchanged++;
  }
  // Groups first: a new group's figures name its id in the same all-or-nothing batch.
  const groupOps: WriteOp[] = [];
  for (const plan of plans.values()) {
    if (!plan.stored) {
      groupOps.push({
        kind: 'create',
        list: 'comparatorGroups',
        id: plan.id,
        fields: { ...plan.fields },
      });
      summary.groupsCreated++;
    } else if (plan.dirty) {
      groupOps.push({
        kind: 'update',
        list: 'comparatorGroups',
        id: plan.id,
        version: plan.stored.version,
        patch: { kind: plan.fields.kind, members: plan.fields.members },
      });
    }
  }
  return { ops: [...groupOps, ...valueOps], summary };
}
