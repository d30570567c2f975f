// The port's equality filters, checked and applied to the list's snapshot (list-cache.ts), which
// delta keeps whole: no query goes to SharePoint's $filter, so none can meet the 5,000-item view
// threshold or the refusal of filters on non-indexed columns
// (https://learn.microsoft.com/graph/api/listitem-list). The indexes the schema declares are
// still provisioned, for the list views and for anyone reading the lists in SharePoint.
import { ValidationError } from '../../../domain/errors/errors.js';
import type { SpItem } from './decode.js';

export interface QueryPlan {
  /** Field and value pairs every item returned must match. */
  residual: [string, unknown][];
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function planQuery(filter: Record<string, unknown> | undefined): QueryPlan {
  const residual: [string, unknown][] = [];
  for (const [field, value] of Object.entries(filter ?? {})) {
    if (value === undefined) continue;
    if (!FIELD.test(field))
      throw new ValidationError(`not a field name: ${JSON.stringify(field)}`, `filter.${field}`);
    const okValue =
      value === null ||
      ['string', 'boolean'].includes(typeof value) ||
      (typeof value === 'number' && Number.isFinite(value));
    if (!okValue)
      throw new ValidationError(
        'filters compare a string, finite number, boolean or null',
        `filter.${field}`,
      );
    residual.push([field, value]);
  }
  return { residual };
}

export function matches(item: SpItem, residual: [string, unknown][]): boolean {
  return residual.every(([field, value]) => (item.item.fields[field] ?? null) === value);
}

/** SQLite's order: nulls, then numbers, then text; ties keep creation order. */
function rank(value: unknown): number {
  if (value === null || value === undefined) return 0;
  if (typeof value === 'number' || typeof value === 'boolean') return 1;
  return 2;
}

function compareValues(a: unknown, b: unknown): number {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra - rb;
  if (ra === 0 || a === b) return 0;
  return (a as number | string) < (b as number | string) ? -1 : 1;
}

export function orderItems(
  items: SpItem[],
  options: { orderBy?: string; descending?: boolean; top?: number } | undefined,
): SpItem[] {
  const sorted = [...items].sort((a, b) => a.spId - b.spId);
  const field = options?.orderBy;
  if (field !== undefined) {
    if (!FIELD.test(field))
      throw new ValidationError(`not a field name: ${JSON.stringify(field)}`, 'orderBy');
    const sign = options?.descending ? -1 : 1;
    sorted.sort(
      (a, b) => sign * compareValues(a.item.fields[field], b.item.fields[field]) || a.spId - b.spId,
    );
  } else if (options?.descending) {
    sorted.reverse();
  }
  const top = options?.top;
  if (top === undefined) return sorted;
  if (!Number.isInteger(top) || top < 0)
    throw new ValidationError('must be a whole number, 0 or more', 'top');
  return sorted.slice(0, top);
}
