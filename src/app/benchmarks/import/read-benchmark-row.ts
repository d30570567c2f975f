// One row of a comparator figures file to a BenchmarkRow, or its problems added to the list: every
// bad cell is reported, not only the first, so the file can be fixed in one pass.
import type { Indicator } from '../../../domain/model/types.js';
import { choice } from '../../import/cell-parsers.js';
import { figureForUnit, periodForIndicator } from '../../import/period-figures.js';
import type { ProblemList } from '../../import/problems.js';
import type { TableRow } from '../../import/read-records.js';
import { parseGroupKind } from '../groups.js';
import { isGssCode, type BenchmarkRow } from './benchmark-row.js';
import type { BenchmarkColumn } from './columns.js';

export function readBenchmarkRow(
  row: TableRow<BenchmarkColumn>,
  indicatorsByCode: ReadonlyMap<string, Indicator>,
  problems: ProblemList,
): BenchmarkRow | null {
  const { line, cells } = row;
  const before = problems.items.length;
  const need = (column: BenchmarkColumn, what: string) => {
    if (cells[column] === '') problems.add(line, column, `is required: ${what}`);
  };
  need('code', "the indicator's code");
  need('group', "the comparator group's name");
  need('value', 'the figure');

  const indicator = indicatorsByCode.get(cells.code.toUpperCase()) ?? null;
  if (cells.code !== '' && !indicator) {
    problems.add(line, 'code', `"${cells.code}" is not an indicator's code in the store`);
  }
  const period = indicator ? periodForIndicator(cells.period, indicator, { orYear: true }) : null;
  if (period && !period.ok) problems.add(line, 'period', period.reason);
  const value = indicator && cells.value !== '' ? figureForUnit(cells.value, indicator.unit) : null;
  if (value && !value.ok) problems.add(line, 'value', value.reason);

  const areaCode = cells.area_code.toUpperCase();
  const kind =
    cells.kind === ''
      ? { ok: true as const, value: areaCode === '' ? ('average' as const) : ('member' as const) }
      : choice(cells.kind, { member: 'member', average: 'average' }, 'kind');
  if (!kind.ok) problems.add(line, 'kind', kind.reason);
  else if (kind.value === 'member' && areaCode === '') {
    problems.add(line, 'area_code', "is required for a member row: the council's GSS code");
  } else if (kind.value === 'average' && areaCode !== '') {
    problems.add(line, 'area_code', 'must be blank on an average row (the group as a whole)');
  }
  if (areaCode !== '' && !isGssCode(areaCode)) {
    problems.add(
      line,
      'area_code',
      `"${cells.area_code}" is not a GSS code: a letter and 8 digits, e.g. E07000146`,
    );
  }
  if (areaCode !== '' && cells.area_name === '') {
    problems.add(line, 'area_name', "is required with area_code: the council's name");
  }
  need('source', 'where the figure came from, e.g. LG Inform, metric 4282');
  const groupKind = cells.group_kind === '' ? null : parseGroupKind(cells.group_kind);
  if (groupKind && !groupKind.ok) problems.add(line, 'group_kind', groupKind.reason);

  if (problems.items.length > before || !indicator || !period?.ok || !value?.ok || !kind.ok) {
    return null;
  }
  const member = kind.value === 'member';
  return {
    line,
    indicatorId: indicator.id,
    periodKey: period.value.key,
    groupName: cells.group.trim().replace(/\s+/g, ' '),
    groupKind: groupKind?.ok ? groupKind.value : null,
    kind: kind.value,
    areaCode: member ? areaCode : null,
    areaName: member ? cells.area_name : null,
    value: value.value,
    source: cells.source,
  };
}
