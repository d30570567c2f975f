// One row of the plan file read into the item it describes, every bad cell reported against its
// line. Cross-row rules (codes, parents, links) are resolve-plan.ts's; rules between fields (a due
// date before the start) are the set-up's, applied by check-fields.ts to rows that change
// something, so a stored item is never refused for what it already is. A field is `undefined`
// when its column is absent from the file: an update then leaves it as it is.
import { ValidationError } from '../../domain/errors/errors.js';
import { parseFinancialYear, parseUkDate } from '../../domain/periods/index.js';
import type { Lookups } from '../import/lookups.js';
import type { ProblemList } from '../import/problems.js';
import { PLAN_LEVELS, type PlanColumn, type PlanLevel, type PlanRow } from './columns.js';

interface Common {
  line: number;
  code: string;
  title: string;
  /** Columns a new item of this level needs that the file does not have (fine for an update). */
  absent: { column: PlanColumn; what: string }[];
}

export type PlanRecord =
  | (Common & { level: 'plan'; firstYear?: string; lastYear?: string; vision?: string })
  | (Common & { level: 'priority'; parent: string; description?: string })
  | (Common & { level: 'objective'; parent: string })
  | (Common & { level: 'service-plan'; serviceId?: string; year?: string; ownerId?: string })
  | (Common & {
      level: 'key-action';
      parent: string;
      ownerId?: string;
      startDate?: string | null;
      dueDate?: string;
      objectiveCodes?: string[];
      description?: string;
      corporateProject?: boolean;
    });

/** Codes name items in files and reports: letters, digits and . - / _ (e.g. `WR-2025/26`). */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
/** SharePoint's single line of text holds 255 characters. */
const TITLE_MAX = 255;

/** Export protects formula-like text with a leading apostrophe (serialise.ts); undo it here. */
function unprotect(text: string): string {
  return /^'[=+\-@]/.test(text) ? text.slice(1) : text;
}

/** What each level reads besides level, code and title; any other non-blank cell is refused. */
const READS: Record<PlanLevel, readonly PlanColumn[]> = {
  plan: ['start', 'end', 'description'],
  priority: ['parent', 'description'],
  objective: ['parent'],
  'service-plan': ['service', 'year', 'owner'],
  'key-action': [
    'parent',
    'start',
    'end',
    'owner',
    'objectives',
    'description',
    'corporate_project',
  ],
};

/** Any level may name an owner (the "optional elsewhere"); only service plans and key
 * actions keep one, but a named owner must still be a person in the store. */
const ALWAYS_READ = new Set<PlanColumn>(['level', 'code', 'title', 'owner']);

const A_LEVEL: Record<PlanLevel, string> = {
  plan: 'a plan',
  priority: 'a priority',
  objective: 'an objective',
  'service-plan': 'a service plan',
  'key-action': 'a key action',
};

interface RowReader {
  cell(c: PlanColumn): string | undefined;
  /** A column the level needs: blank is a problem; absent only if the item is new. */
  need(c: PlanColumn, what: string): string | undefined;
  bad(c: PlanColumn, message: string): void;
}

function reader(
  row: PlanRow,
  columns: Set<PlanColumn>,
  problems: ProblemList,
  absent: Common['absent'],
): RowReader {
  const cell = (c: PlanColumn) => (columns.has(c) ? unprotect(row.cells[c]) : undefined);
  const bad = (c: PlanColumn, message: string) => problems.add(row.line, c, message);
  return {
    cell,
    bad,
    need(c, what) {
      const v = cell(c);
      if (v === undefined) absent.push({ column: c, what });
      else if (v === '') bad(c, `is required for ${what}`);
      return v;
    },
  };
}

function financialYear(r: RowReader, c: PlanColumn, text: string | undefined) {
  if (text === undefined || text === '') return undefined;
  try {
    parseFinancialYear(text);
    return text.trim();
  } catch (e) {
    if (e instanceof ValidationError) r.bad(c, e.problems[0]?.message ?? 'is not a year');
    else throw e;
    return undefined;
  }
}

function ukDate(r: RowReader, c: PlanColumn, text: string | undefined) {
  if (text === undefined || text === '') return undefined;
  try {
    return parseUkDate(text);
  } catch (e) {
    if (e instanceof ValidationError) r.bad(c, e.problems[0]?.message ?? 'is not a date');
    else throw e;
    return undefined;
  }
}

function person(r: RowReader, lookups: Lookups, text: string | undefined) {
  if (text === undefined || text === '') return undefined;
  const found = lookups.person(text);
  if (!found) r.bad('owner', `"${text}" is not a person's email or id in the store`);
  return found?.id;
}

function yesNo(r: RowReader, text: string | undefined): boolean | undefined {
  if (text === undefined) return undefined;
  const t = text.trim().toLowerCase();
  if (t === '' || t === 'no' || t === 'n') return false;
  if (t === 'yes' || t === 'y') return true;
  r.bad('corporate_project', `"${text}" is not yes or no`);
  return undefined;
}

function keyAction(r: RowReader, lookups: Lookups, common: Common): PlanRecord {
  const ownerText = r.need('owner', 'a key action (a person’s email or id)');
  const startDate = ukDate(r, 'start', r.cell('start'));
  const dueDate = ukDate(r, 'end', r.need('end', 'a key action (its due date, dd/mm/yyyy)'));
  const links = r.cell('objectives');
  return {
    ...common,
    level: 'key-action',
    parent: r.need('parent', 'a key action (its service plan’s code)') ?? '',
    ownerId: person(r, lookups, ownerText),
    startDate: r.cell('start') === undefined ? undefined : (startDate ?? null),
    dueDate,
    objectiveCodes:
      links === undefined
        ? undefined
        : links
            .split(';')
            .map((c) => c.trim())
            .filter((c) => c !== ''),
    description: r.cell('description'),
    corporateProject: yesNo(r, r.cell('corporate_project')),
  };
}

function levelRecord(r: RowReader, lookups: Lookups, level: PlanLevel, common: Common) {
  switch (level) {
    case 'plan': {
      person(r, lookups, r.cell('owner'));
      const firstYear = financialYear(r, 'start', r.need('start', 'a plan (e.g. 2017/18)'));
      const lastYear = financialYear(r, 'end', r.need('end', 'a plan (e.g. 2019/20)'));
      return { ...common, level, firstYear, lastYear, vision: r.cell('description') };
    }
    case 'priority':
      person(r, lookups, r.cell('owner'));
      return {
        ...common,
        level,
        parent: r.need('parent', 'a priority (its plan’s code)') ?? '',
        description: r.cell('description'),
      };
    case 'objective':
      person(r, lookups, r.cell('owner'));
      return {
        ...common,
        level,
        parent: r.need('parent', 'an objective (its priority’s code)') ?? '',
      };
    case 'service-plan': {
      const serviceText = r.need('service', 'a service plan (the service’s name or id)');
      const service = serviceText ? lookups.service(serviceText) : null;
      if (serviceText && !service)
        r.bad('service', `"${serviceText}" is not a service in the store`);
      const year = financialYear(r, 'year', r.need('year', 'a service plan (e.g. 2017/18)'));
      return {
        ...common,
        level,
        serviceId: service?.id,
        year,
        ownerId: person(r, lookups, r.cell('owner')),
      };
    }
    case 'key-action':
      return keyAction(r, lookups, common);
  }
}

/** The row as an item, or null when its level, code or title is unusable (reported). */
export function readPlanRecord(
  row: PlanRow,
  columns: Set<PlanColumn>,
  lookups: Lookups,
  problems: ProblemList,
): PlanRecord | null {
  const absent: Common['absent'] = [];
  const r = reader(row, columns, problems, absent);
  const level = row.cells.level.trim().toLowerCase() as PlanLevel;
  if (!PLAN_LEVELS.includes(level)) {
    r.bad('level', `"${row.cells.level}" is not a level; use ${PLAN_LEVELS.join(', ')}`);
    return null;
  }
  const code = row.cells.code.trim();
  const title = unprotect(row.cells.title);
  let usable = true;
  if (code === '') {
    usable = false;
    r.bad('code', 'is required');
  } else if (!CODE.test(code)) {
    usable = false;
    r.bad('code', `"${code}" is not a code: use letters, digits and . - / _ (up to 40)`);
  }
  if (title.trim() === '') r.bad('title', 'is required');
  else if (title.length > TITLE_MAX) r.bad('title', `is longer than ${TITLE_MAX} characters`);
  for (const c of columns) {
    if (ALWAYS_READ.has(c) || READS[level].includes(c)) continue;
    if (row.cells[c] !== '') r.bad(c, `is not used for ${A_LEVEL[level]}; leave it blank`);
  }
  const record = levelRecord(r, lookups, level, {
    line: row.line,
    code,
    title: title.trim(),
    absent,
  });
  return usable ? record : null;
}
