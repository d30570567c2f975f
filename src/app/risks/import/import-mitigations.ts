// Importing mitigating actions from a CSV file, one row per action of a risk (the README,
// "Importing mitigations and reviews"): the actions sheet of a spreadsheet register. An action is
// named by its risk and its words (ignoring case and spaces around), so a new owner, due date or
// status in the next export updates it.
import type { MitigationStatus, RiskMitigation } from '../../../domain/model/types.js';
import { isMitigationStatus } from '../../../domain/risks/index.js';
import type { AppDeps } from '../../deps.js';
import { MITIGATION_TABLE } from './columns.js';
import { importRiskRows, riskOf } from './import-risk-rows.js';
import type { RiskImportOptions, RiskImportSummary } from './import-risks.js';
import { ukDate } from './risk-records.js';

const TITLE_MAX = 255;

/** `Not started`, `in progress`, `Done` as a register writes them, or null. */
function statusOf(text: string): MitigationStatus | null {
  const v = text.trim().toLowerCase().replace(/\s+/g, '-');
  return isMitigationStatus(v) ? v : null;
}

export function importMitigationsCsv(
  deps: AppDeps,
  input: string | Uint8Array,
  opts: RiskImportOptions,
): Promise<RiskImportSummary> {
  return importRiskRows(deps, input, opts, {
    list: 'riskMitigations',
    table: MITIGATION_TABLE,
    event: 'risk.mitigation.import',
    what: 'mitigating actions',
    keyOf: (m) => `${m.riskId}|${m.title.trim().toLowerCase()}`,
    repeat: {
      column: 'action',
      words: (first) => `repeats the action of line ${first} for the same risk`,
    },
    read: ({ line, cells }, ctx): Omit<RiskMitigation, 'id'> | null => {
      const before = ctx.problems.items.length;
      const bad = (column: string, message: string) => ctx.problems.add(line, column, message);
      const risk = riskOf(line, cells.risk, ctx);
      if (cells.action === '') bad('action', 'is required');
      if (cells.action.length > TITLE_MAX) bad('action', `must be at most ${TITLE_MAX} characters`);
      const owner = cells.owner === '' ? null : ctx.lookups.person(cells.owner);
      if (cells.owner === '') bad('owner', 'is required');
      else if (!owner) bad('owner', `"${cells.owner}" is not a person's email or id in the store`);
      if (cells.due_date === '') bad('due_date', 'is required, as dd/mm/yyyy');
      const dueDate = ukDate(line, 'due_date', cells.due_date, ctx.problems);
      const status = statusOf(cells.status);
      if (cells.status === '') bad('status', 'is required: not started, in progress or done');
      else if (!status) {
        bad('status', `"${cells.status}" is not a status; use not started, in progress or done`);
      }
      if (ctx.problems.items.length !== before) return null;
      return {
        riskId: risk!.id,
        title: cells.action,
        ownerId: owner!.id,
        dueDate: dueDate!,
        status: status!,
      };
    },
  });
}
