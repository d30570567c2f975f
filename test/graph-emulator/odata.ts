// The OData query options SharePoint list items accept through Graph, parsed strictly: $filter
// with `eq` on `fields/<column>` joined by `and`, $expand=fields (optionally with a nested
// $select), $select, $top and $orderby. Anything else is refused with 400, as Graph refuses
// what SharePoint cannot run. https://learn.microsoft.com/graph/api/listitem-list
import { badRequest } from './errors.js';

export interface FilterTerm {
  column: string;
  value: string | number | boolean | null;
}

export interface ItemQuery {
  filter: FilterTerm[];
  expandFields: boolean;
  /** Columns named in `$expand=fields($select=…)`; null means all. */
  fieldSelect: string[] | null;
  select: string[] | null;
  top: number | null;
  orderBy: { column: string; descending: boolean } | null;
  skipToken: string | null;
  token: string | null;
}

const TERM =
  /^fields\/([A-Za-z_][A-Za-z0-9_]*) eq (?:'((?:[^']|'')*)'|(-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?)|(true|false|null))$/;

function splitAnd(text: string): string[] {
  // Split on ` and ` outside quoted strings.
  const parts: string[] = [];
  let quoted = false;
  let start = 0;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === "'") quoted = !quoted;
    if (!quoted && text.startsWith(' and ', i)) {
      parts.push(text.slice(start, i));
      start = i + 5;
      i += 4;
    }
  }
  parts.push(text.slice(start));
  return parts.map((p) => p.trim());
}

export function parseFilter(text: string): FilterTerm[] {
  return splitAnd(text).map((part) => {
    const match = TERM.exec(part);
    if (!match) throw badRequest(`Invalid filter clause: ${part}`, 'BadRequest');
    const [, column, quoted, number, literal] = match;
    let value: FilterTerm['value'];
    if (quoted !== undefined) value = quoted.replace(/''/g, "'");
    else if (number !== undefined) value = Number(number);
    else value = literal === 'null' ? null : literal === 'true';
    return { column: column!, value };
  });
}

function parseExpand(text: string): { expandFields: boolean; fieldSelect: string[] | null } {
  const match = /^fields(?:\(\$select=([A-Za-z0-9_,]+)\))?$/.exec(text.trim());
  if (!match) throw badRequest(`Unsupported $expand: ${text}`, 'BadRequest');
  return { expandFields: true, fieldSelect: match[1] ? match[1].split(',') : null };
}

function parseOrderBy(text: string): ItemQuery['orderBy'] {
  const match = /^(?:fields\/([A-Za-z_][A-Za-z0-9_]*)|(id))(?: (asc|desc))?$/.exec(text.trim());
  if (!match) throw badRequest(`Unsupported $orderby: ${text}`, 'BadRequest');
  return { column: match[1] ?? 'id', descending: match[3] === 'desc' };
}

const KNOWN = new Set(['$filter', '$expand', '$select', '$top', '$orderby', '$skiptoken', 'token']);

export function parseItemQuery(params: URLSearchParams): ItemQuery {
  for (const key of params.keys()) {
    if (!KNOWN.has(key) && !key.startsWith('expand') && !key.startsWith('select')) {
      throw badRequest(`Query option ${key} is not supported on list items`, 'BadRequest');
    }
  }
  const expand = params.get('$expand') ?? params.get('expand');
  const top = params.get('$top');
  let topValue: number | null = null;
  if (top !== null) {
    topValue = Number(top);
    if (!Number.isInteger(topValue) || topValue < 1) {
      throw badRequest(`Invalid $top: ${top}`, 'BadRequest');
    }
  }
  const filter = params.get('$filter');
  const select = params.get('$select') ?? params.get('select');
  const orderBy = params.get('$orderby');
  return {
    filter: filter ? parseFilter(filter) : [],
    ...(expand ? parseExpand(expand) : { expandFields: false, fieldSelect: null }),
    select: select ? select.split(',').map((s) => s.trim()) : null,
    top: topValue,
    orderBy: orderBy ? parseOrderBy(orderBy) : null,
    skipToken: params.get('$skiptoken'),
    token: params.get('token'),
  };
}
