// One code's rows in the file → the indicator they describe: a new one built from the columns and
// defaults, or the stored one with the columns that changed. Unit and frequency of a stored
// indicator are never changed by import: its returns and targets are keyed by them.
import type { Indicator } from '../../domain/model/types.js';
import type { ColumnName, RawRow } from './columns.js';
import {
  parseDecimals,
  parseFrequency,
  parsePolarity,
  parseScope,
  parseUnit,
  parseYtd,
  type Parsed,
} from './cell-parsers.js';
import { newIndicatorFields } from './defaults.js';
import type { Lookups } from './lookups.js';
import type { ProblemList } from './problems.js';

export interface ResolvedIndicator {
  indicator: Indicator;
  isNew: boolean;
  /** For a stored indicator, the fields the file changes (empty when none). */
  patch: Partial<Indicator>;
}

interface Ctx {
  rows: RawRow[];
  problems: ProblemList;
  lookups: Lookups;
  actorId: string;
}

/**
 * The one value the rows give for a column: blanks are ignored, and rows that disagree are
 * refused (each after the first is reported, naming the line it contradicts).
 */
function agreed<T>(ctx: Ctx, column: ColumnName, parse: (t: string) => Parsed<T>): T | undefined {
  let first: { value: T; line: number; text: string } | undefined;
  for (const row of ctx.rows) {
    const text = row.cells[column];
    if (text === '') continue;
    const parsed = parse(text);
    if (!parsed.ok) {
      ctx.problems.add(row.line, column, parsed.reason);
      continue;
    }
    if (!first) first = { value: parsed.value, line: row.line, text };
    else if (parsed.value !== first.value) {
      ctx.problems.add(
        row.line,
        column,
        `"${text}" differs from "${first.text}" on line ${first.line} for the same code`,
      );
    }
  }
  return first?.value;
}

const text = (t: string): Parsed<string> => ({ ok: true, value: t });

function refParser(find: (ref: string) => { id: string } | null, what: string) {
  return (t: string): Parsed<string> => {
    const found = find(t);
    return found
      ? { ok: true, value: found.id }
      : { ok: false, reason: `no ${what} "${t}" in the store` };
  };
}

function given(ctx: Ctx) {
  const { lookups } = ctx;
  return {
    title: agreed(ctx, 'title', text),
    polarity: agreed(ctx, 'polarity', parsePolarity),
    unit: agreed(ctx, 'unit', (t) => parseUnit(t)),
    frequency: agreed(ctx, 'frequency', parseFrequency),
    decimals: agreed(ctx, 'decimals', parseDecimals),
    ytd: agreed(ctx, 'ytd', parseYtd),
    definition: agreed(ctx, 'definition', text),
    scope: agreed(ctx, 'scope', parseScope),
    serviceId: agreed(ctx, 'service', refParser(lookups.service, 'service')),
    collectorId: agreed(ctx, 'collector', refParser(lookups.person, 'person')),
    responsibleId: agreed(ctx, 'responsible', refParser(lookups.person, 'person')),
    authoriserId: agreed(ctx, 'authoriser', refParser(lookups.person, 'person')),
  };
}

type Given = ReturnType<typeof given>;

function resolveNew(ctx: Ctx, code: string, g: Given): ResolvedIndicator | null {
  const line = ctx.rows[0]!.line;
  const need = (column: ColumnName, value: unknown): boolean => {
    if (value !== undefined) return true;
    // A value that could not be read has been reported already; only a blank column is news.
    if (ctx.rows.every((r) => r.cells[column] === '')) {
      ctx.problems.add(line, column, `is needed for the new indicator ${code}`);
    }
    return false;
  };
  need('title', g.title);
  need('polarity', g.polarity);
  // Without a frequency its periods cannot be checked; with one, the rows are still checked so
  // that every problem is reported in one pass (nothing is written while any is outstanding).
  if (!need('frequency', g.frequency)) return null;
  const unit = g.unit ?? 'number';
  const fields = newIndicatorFields({
    code,
    title: g.title ?? '',
    polarity: g.polarity ?? 'none',
    unit,
    frequency: g.frequency!,
  });
  // A council's own spreadsheet often has no service column: the indicator is still created, and
  // someone assigns its service later (the tab's Set-up lists it).
  const serviceId = g.serviceId ?? null;
  // Without named officers the service head looks after it, else the person importing it, so
  // every new indicator has someone named (the tab can reassign).
  const head = serviceId === null ? null : (ctx.lookups.service(serviceId)?.headId ?? null);
  const fallback = head ?? ctx.actorId;
  const responsibleId = g.responsibleId ?? fallback;
  const indicator: Indicator = {
    ...fields,
    id: '',
    serviceId,
    decimals: g.decimals ?? fields.decimals,
    ytd: g.ytd ?? fields.ytd,
    definition: g.definition ?? '',
    scope: g.scope ?? 'local',
    collectorId: g.collectorId ?? fallback,
    responsibleId,
    authoriserId: g.authoriserId ?? fallback,
    escalationOwnerId: responsibleId,
    // The importer only stands in: with no service, or no Collection Officer but the importer,
    // nobody is reminded in their name until an admin assigns the service and officers.
    needsOwners: serviceId === null || (g.collectorId === undefined && head === null),
  };
  return { indicator, isNew: true, patch: {} };
}

function resolveStored(ctx: Ctx, stored: Indicator, g: Given): ResolvedIndicator {
  const line = ctx.rows[0]!.line;
  for (const column of ['unit', 'frequency'] as const) {
    const value = g[column];
    if (value !== undefined && value !== stored[column]) {
      ctx.problems.add(
        line,
        column,
        `${stored.code} is ${stored[column]} in the store; import does not change a stored indicator's ${column} (change it in the tab)`,
      );
    }
  }
  const patch: Partial<Indicator> = {};
  const keys = [
    'title',
    'polarity',
    'decimals',
    'ytd',
    'definition',
    'scope',
    'serviceId',
    'collectorId',
    'responsibleId',
    'authoriserId',
  ] as const;
  for (const key of keys) {
    const value = g[key];
    if (value !== undefined && value !== stored[key]) Object.assign(patch, { [key]: value });
  }
  return { indicator: { ...stored, ...patch }, isNew: false, patch };
}

export function resolveIndicator(
  ctx: Ctx,
  code: string,
  stored: Indicator | undefined,
): ResolvedIndicator | null {
  const g = given(ctx);
  return stored ? resolveStored(ctx, stored, g) : resolveNew(ctx, code, g);
}
