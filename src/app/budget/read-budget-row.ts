// One row of a budget file to a budget line, or its problems added to the list (every bad cell
// reported, not only the first, so finance can fix the export in one pass).
import { budgetPeriod, parsePence } from '../../domain/budget/index.js';
import type { BudgetLine } from '../../domain/model/types.js';
import { MAX_COMMENTARY } from '../../domain/values/index.js';
import type { Lookups } from '../import/lookups.js';
import type { ProblemList } from '../import/problems.js';
import type { TableRow } from '../import/read-records.js';
import { AMOUNT_COLUMNS, type BudgetColumn } from './budget-columns.js';

export function readBudgetRow(
  row: TableRow<BudgetColumn>,
  lookups: Lookups,
  problems: ProblemList,
): BudgetLine | null {
  const { line, cells } = row;
  const before = problems.items.length;
  const service = cells.service === '' ? null : lookups.service(cells.service);
  if (cells.service === '') problems.add(line, 'service', 'is required');
  else if (!service) {
    problems.add(
      line,
      'service',
      `"${cells.service}" is not a service of the council (its name or id)`,
    );
  }
  const period = budgetPeriod(cells.period);
  if (cells.year === '') problems.add(line, 'year', 'is required, e.g. 2025/26');
  if (typeof period === 'string') problems.add(line, 'period', period);
  else if (cells.year !== '' && cells.year !== period.year) {
    problems.add(
      line,
      'year',
      `"${cells.year}" is not the financial year of ${period.label}, which is ${period.year}`,
    );
  }
  const amounts = {} as Record<(typeof AMOUNT_COLUMNS)[number][1], number>;
  for (const [column, field] of AMOUNT_COLUMNS) {
    const read = parsePence(cells[column]);
    if (read.ok) amounts[field] = read.pence;
    else problems.add(line, column, `"${cells[column]}" ${read.reason}`);
  }
  if (cells.commentary.length > MAX_COMMENTARY) {
    problems.add(line, 'commentary', `must be at most ${MAX_COMMENTARY} characters`);
  }
  if (problems.items.length > before || !service || typeof period === 'string') return null;
  return {
    serviceId: service.id,
    year: period.year,
    periodKey: period.key,
    ...amounts,
    commentary: cells.commentary,
  };
}
