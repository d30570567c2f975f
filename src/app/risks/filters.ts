// The register's filters as a query string gives them (status, category, owner, above tolerance,
// review overdue), checked field by field so a bad one is a 400 naming it.
import { ValidationError, type FieldProblem } from '../../domain/errors/errors.js';
import type { RiskStatus } from '../../domain/model/types.js';
import { isRiskStatus, RISK_STATUSES } from '../../domain/risks/index.js';
import type { Catalogue } from '../catalogue/index.js';
import { makeLookups } from '../import/lookups.js';
import type { RiskSummaryView } from './risk-view.js';

export interface RiskFilterInput {
  status?: unknown;
  category?: unknown;
  owner?: unknown;
  aboveTolerance?: unknown;
  reviewOverdue?: unknown;
}

export interface RiskFilters {
  status?: RiskStatus;
  category?: string;
  ownerId?: string;
  aboveTolerance?: boolean;
  reviewOverdue?: boolean;
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
  const filters: RiskFilters = {};
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
  if (problems.length) throw new ValidationError(problems);
  return filters;
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
