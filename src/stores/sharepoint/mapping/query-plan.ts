// The port's equality filters split in two: terms SharePoint can serve (a non-empty string or a
// number on an indexed column) go to $filter; the rest are applied to the items read. The store
// never sends Prefer: HonorNonIndexedQueriesWarningMayFailRandomly, because such queries fail
// once a list passes the 5,000-item view threshold.
// https://learn.microsoft.com/graph/api/listitem-list
import { ValidationError } from '../../../domain/errors/errors.js';
import { columnName, type ListSpec } from '../schema/index.js';
import type { SpItem } from './decode.js';

export interface QueryPlan {
  /** `fields/X eq 'y' and …`, or null when nothing can be filtered on the server. */
  serverFilter: string | null;
  residual: [string, unknown][];
}

const FIELD = /^[A-Za-z_][A-Za-z0-9_]*$/;

export function planQuery(spec: ListSpec, filter: Record<string, unknown> | undefined): QueryPlan {
  const server: string[] = [];
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
    const column = spec.fields.find((f) => f.field === field);
    const indexable = column?.indexed && ['text', 'choice', 'number'].includes(column.type);
    if (indexable && typeof value === 'string' && value !== '') {
      server.push(`fields/${columnName(field)} eq '${value.replace(/'/g, "''")}'`);
    } else if (indexable && typeof value === 'number') {
      server.push(`fields/${columnName(field)} eq ${value}`);
    }
    residual.push([field, value]);
  }
  return { serverFilter: server.length > 0 ? server.join(' and ') : null, residual };
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
