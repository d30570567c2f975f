// Turns the port's equality filters and ordering into SQL over the JSON `fields` column, spelled
// exactly as the expression indexes are so the planner can use them.
import { ValidationError } from '../../domain/errors/errors.js';
import { assertFieldName } from './list-names.js';
import { fieldExpression } from './migrations.js';

export interface SqlFragment {
  sql: string;
  params: (string | number | null)[];
}

function condition(field: string, value: unknown): SqlFragment {
  assertFieldName(field, `filter.${field}`);
  const expr = fieldExpression(field);
  // A null filter also matches an absent field: SharePoint reports an empty column as null.
  if (value === null) return { sql: `${expr} IS NULL`, params: [] };
  // json_extract turns JSON true/false into 1/0, indistinguishable from the numbers 1 and 0, so a
  // boolean filter also checks the JSON type.
  if (typeof value === 'boolean') {
    return {
      sql: `${expr} = ? AND json_type(fields, '$.${field}') = ?`,
      params: [value ? 1 : 0, value ? 'true' : 'false'],
    };
  }
  // Likewise a number filter excludes JSON true/false (the equality term alone keeps the index).
  if (typeof value === 'number' && Number.isFinite(value)) {
    return {
      sql: `${expr} = ? AND json_type(fields, '$.${field}') IN ('integer', 'real')`,
      params: [value],
    };
  }
  if (typeof value === 'string') return { sql: `${expr} = ?`, params: [value] };
  throw new ValidationError(
    'filters compare a string, finite number, boolean or null',
    `filter.${field}`,
  );
}

/** The WHERE clause (or empty) for every filter, all of which must hold. */
export function whereClause(filter: Record<string, unknown> | undefined): SqlFragment {
  const parts = Object.entries(filter ?? {})
    .filter(([, value]) => value !== undefined)
    .map(([field, value]) => condition(field, value));
  if (parts.length === 0) return { sql: '', params: [] };
  return {
    sql: ` WHERE ${parts.map((p) => `(${p.sql})`).join(' AND ')}`,
    params: parts.flatMap((p) => p.params),
  };
}

export interface Ordering {
  orderBy?: string;
  descending?: boolean;
  top?: number;
}

/**
 * ORDER BY and LIMIT. SQLite orders numbers numerically and text lexically (nulls first); ties
 * keep creation order so results are stable.
 */
export function orderClause(options: Ordering | undefined): SqlFragment {
  const direction = options?.descending ? 'DESC' : 'ASC';
  let sql = ' ORDER BY ';
  if (options?.orderBy !== undefined) {
    assertFieldName(options.orderBy, 'orderBy');
    sql += `${fieldExpression(options.orderBy)} ${direction}, seq ASC`;
  } else {
    sql += `seq ${direction}`;
  }
  const params: number[] = [];
  if (options?.top !== undefined) {
    if (!Number.isInteger(options.top) || options.top < 0) {
      throw new ValidationError('must be a whole number, 0 or more', 'top');
    }
    sql += ' LIMIT ?';
    params.push(options.top);
  }
  return { sql, params };
}
