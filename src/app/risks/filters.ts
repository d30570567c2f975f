// The register's filters as a query string gives them (status, category, owner, above tolerance,
// review overdue, and the part of the golden thread a risk threatens: an objective, a priority, a
// key action or project, or an indicator's objectives, each by code), checked field by field so a
// bad one is a 400 naming it.
import { ValidationError, type FieldProblem } from '../../domain/errors/errors.js';
import type { RiskStatus } from '../../domain/model/types.js';
import {
  isRiskStatus,
  RISK_STATUSES,
  threatens,
  type ThreadRisk,
  type ThreadTarget,
} from '../../domain/risks/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { makeLookups } from '../import/lookups.js';
import type { RiskSummaryView } from './risk-view.js';
import { targetOf } from './thread-risks.js';

export interface RiskFilterInput {
  status?: unknown;
  category?: unknown;
  owner?: unknown;
  aboveTolerance?: unknown;
  reviewOverdue?: unknown;
  objective?: unknown;
  priority?: unknown;
  keyAction?: unknown;
  indicator?: unknown;
}

export interface RiskFilters {
  status?: RiskStatus;
  category?: string;
  ownerId?: string;
  aboveTolerance?: boolean;
  reviewOverdue?: boolean;
  /** Parts of the plan the risk must threaten (all of them, when more than one is given). */
  targets: ThreadTarget[];
}

const given = (v: unknown) => v !== undefined && v !== null && v !== '';

function yesNo(v: unknown, field: string, problems: FieldProblem[]): boolean | undefined {
  if (!given(v)) return undefined;
  if (v === true || v === 'true' || v === 'yes') return true;
  if (v === false || v === 'false' || v === 'no') return false;
  problems.push({ field, message: 'must be true or false' });
  return undefined;
}

export function parseRiskFilters(input: RiskFilterInput, cat: Catalogue): RiskFilters {
  const problems: FieldProblem[] = [];
  const filters: RiskFilters = { targets: [] };
  if (given(input.status)) {
    if (isRiskStatus(input.status)) filters.status = input.status;
    else problems.push({ field: 'status', message: `must be one of ${RISK_STATUSES.join(', ')}` });
  }
  if (given(input.category)) {
    if (typeof input.category === 'string') filters.category = input.category.trim();
    else problems.push({ field: 'category', message: 'must be text' });
  }
  if (given(input.owner)) {
    const found = typeof input.owner === 'string' ? makeLookups(cat).person(input.owner) : null;
    if (found) filters.ownerId = found.id;
    else problems.push({ field: 'owner', message: 'must be a person’s id or email' });
  }
  const above = yesNo(input.aboveTolerance, 'aboveTolerance', problems);
  if (above !== undefined) filters.aboveTolerance = above;
  const overdue = yesNo(input.reviewOverdue, 'reviewOverdue', problems);
  if (overdue !== undefined) filters.reviewOverdue = overdue;
  for (const [field, find] of threadLookups(cat)) {
    const value = input[field];
    if (!given(value)) continue;
    const target = typeof value === 'string' ? find(value.trim().toUpperCase()) : undefined;
    if (target) filters.targets.push(target);
    else problems.push({ field, message: `must be the code of ${THREAD_NOUNS[field]}` });
  }
  if (problems.length) throw new ValidationError(problems);
  return filters;
}

type ThreadField = 'objective' | 'priority' | 'keyAction' | 'indicator';
const THREAD_NOUNS: Record<ThreadField, string> = {
  objective: 'an objective',
  priority: 'a priority',
  keyAction: 'a key action or project',
  indicator: 'an indicator',
};

/** Each thread filter with how it finds its target from an upper-case code. */
function threadLookups(
  cat: Catalogue,
): [ThreadField, (code: string) => ThreadTarget | undefined][] {
  const byCode = <T extends { id: string; code: string }>(items: Iterable<T>) => {
    const map = new Map<string, T>();
    for (const item of items) map.set(item.code.toUpperCase(), item);
    return map;
  };
  const target = (kind: Parameters<typeof targetOf>[1], item: { id: string } | undefined) =>
    item && targetOf(cat, kind, item.id);
  return [
    ['objective', (c) => target('objective', byCode(cat.objectives).get(c))],
    ['priority', (c) => target('priority', byCode(cat.priorities).get(c))],
    ['keyAction', (c) => target('key-action', byCode(cat.keyActions).get(c))],
    [
      'indicator',
      (c) => {
        const indicator = cat.indicatorsByCode.get(c);
        return indicator && { objectiveIds: indicator.objectiveIds };
      },
    ],
  ];
}

/** Whether the risk threatens every part of the plan the filters name. */
export function threatensTargets(risk: ThreadRisk, f: RiskFilters): boolean {
  return f.targets.every((t) => threatens(risk, t));
}

export function matchesFilters(risk: RiskSummaryView, f: RiskFilters): boolean {
  return (
    (f.status === undefined || risk.status === f.status) &&
    (f.category === undefined || risk.category.toLowerCase() === f.category.toLowerCase()) &&
    (f.ownerId === undefined || risk.owner.id === f.ownerId) &&
    (f.aboveTolerance === undefined || risk.aboveTolerance === f.aboveTolerance) &&
    (f.reviewOverdue === undefined || risk.reviewOverdue === f.reviewOverdue)
  );
}
