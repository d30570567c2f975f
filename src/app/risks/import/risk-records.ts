// One row of the risk file read into the risk it describes, every bad cell reported against its
// line (nothing thrown, so the whole file is fixed in one pass). A field is `undefined` when its
// column is absent from the header: an update then leaves it as it is, a new risk takes a default.
import { ValidationError } from '../../../domain/errors/errors.js';
import type { Risk, RiskLevel, RiskStatus } from '../../../domain/model/types.js';
import { parseUkDate } from '../../../domain/periods/index.js';
import { isRiskStatus, readRiskLevel, riskScore } from '../../../domain/risks/index.js';
import type { Catalogue } from '../../catalogue/index.js';
import type { Lookups } from '../../import/lookups.js';
import type { ProblemList } from '../../import/problems.js';
import type { RiskColumn, RiskRow } from './columns.js';

/** Codes as the plan import has them: letters, digits and . - / _, up to 40. */
const CODE = /^[A-Za-z0-9][A-Za-z0-9._/-]{0,39}$/;
/** SharePoint's single line of text holds 255 characters. */
const TEXT_MAX = 255;
const NOTE_MAX = 2000;

export type RiskRecord = { line: number } & Pick<
  Risk,
  | 'code'
  | 'title'
  | 'ownerId'
  | 'inherentLikelihood'
  | 'inherentImpact'
  | 'residualLikelihood'
  | 'residualImpact'
  | 'reviewDate'
> &
  Partial<
    Pick<
      Risk,
      'description' | 'category' | 'objectiveIds' | 'keyActionIds' | 'projectIds' | 'status'
    >
  >;

export function readRiskRecord(
  row: RiskRow,
  columns: Set<RiskColumn>,
  cat: Catalogue,
  lookups: Lookups,
  problems: ProblemList,
): RiskRecord | null {
  const before = problems.items.length;
  const bad = (c: RiskColumn, message: string) => problems.add(row.line, c, message);
  const cell = (c: RiskColumn) => (columns.has(c) ? row.cells[c] : undefined);
  const required = (c: RiskColumn) => {
    if (row.cells[c] === '') bad(c, 'is required');
    return row.cells[c];
  };
  const text = (c: RiskColumn, max: number) => {
    const v = cell(c);
    if (v !== undefined && v.length > max) bad(c, `must be at most ${max} characters`);
    return v;
  };
  const level = (c: RiskColumn): RiskLevel => {
    const v = readRiskLevel(row.cells[c]);
    if (typeof v === 'string')
      bad(c, row.cells[c] === '' ? 'is required' : `${v}, not "${row.cells[c]}"`);
    return typeof v === 'string' ? 1 : v;
  };

  const code = required('code');
  if (code !== '' && !CODE.test(code)) bad('code', 'must be letters, digits and . - / _, up to 40');
  const title = required('title');
  if (title.length > TEXT_MAX) bad('title', `must be at most ${TEXT_MAX} characters`);
  const ownerText = required('owner');
  const owner = ownerText === '' ? null : lookups.person(ownerText);
  if (ownerText !== '' && !owner)
    bad('owner', `"${ownerText}" is not a person's email or id in the store`);
  const beforeLevels = problems.items.length;
  const inherentLikelihood = level('likelihood');
  const inherentImpact = level('impact');
  const residualLikelihood = level('residual_likelihood');
  const residualImpact = level('residual_impact');
  if (problems.items.length === beforeLevels) {
    const inherent = riskScore(inherentLikelihood, inherentImpact);
    const residual = riskScore(residualLikelihood, residualImpact);
    // Mitigation cannot make a risk worse than it is unmitigated: such a row is a typing mistake.
    if (residual > inherent) {
      bad(
        'residual_impact',
        `the residual score ${residual} is above the inherent score ${inherent}`,
      );
    }
  }
  const reviewDate = ukDate(row.line, 'review_date', required('review_date'), problems);
  const status = cell('status');
  const statusValue = status === undefined || status === '' ? undefined : status.toLowerCase();
  if (statusValue !== undefined && !isRiskStatus(statusValue)) {
    bad('status', `"${status}" is not a status; use open, treated or closed`);
  }
  const record: RiskRecord = {
    line: row.line,
    code,
    title,
    ownerId: owner?.id ?? '',
    inherentLikelihood,
    inherentImpact,
    residualLikelihood,
    residualImpact,
    reviewDate: reviewDate ?? '',
    description: text('description', NOTE_MAX),
    category: text('category', TEXT_MAX),
    objectiveIds: links(row, cell('objectives'), 'objectives', cat, problems),
    keyActionIds: links(row, cell('key_actions'), 'key_actions', cat, problems),
    projectIds: links(row, cell('projects'), 'projects', cat, problems),
    ...(statusValue !== undefined ? { status: statusValue as RiskStatus } : {}),
  };
  return problems.items.length === before ? record : null;
}

/** A `dd/mm/yyyy` cell as an ISO date, or its problem added against its line and column. */
export function ukDate(
  line: number,
  column: string,
  text: string,
  problems: ProblemList,
): string | undefined {
  if (text === '') return undefined;
  try {
    return parseUkDate(text);
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    problems.add(line, column, e.problems[0]?.message ?? 'is not a date');
    return undefined;
  }
}

/** Codes separated by `;`, each an objective, a key action or a corporate project in the store. */
function links(
  row: RiskRow,
  text: string | undefined,
  column: 'objectives' | 'key_actions' | 'projects',
  cat: Catalogue,
  problems: ProblemList,
): string[] | undefined {
  if (text === undefined) return undefined;
  const codes = text
    .split(';')
    .map((c) => c.trim())
    .filter((c) => c !== '');
  const ids: string[] = [];
  for (const code of codes) {
    const found =
      column === 'objectives'
        ? cat.objectives.find((o) => o.code === code)
        : cat.keyActions.find((a) => a.code === code);
    if (!found) {
      const what = column === 'objectives' ? 'an objective' : 'a key action';
      problems.add(row.line, column, `"${code}" is not ${what}'s code in the store`);
    } else if (
      column === 'projects' &&
      !(found as { corporateProject?: boolean }).corporateProject
    ) {
      problems.add(row.line, column, `"${code}" is a key action but not a corporate project`);
    } else if (!ids.includes(found.id)) {
      ids.push(found.id);
    }
  }
  return ids;
}
