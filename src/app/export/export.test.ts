import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import type { AppDeps } from '../deps.js';
import { importCsv } from '../import/index.js';
import { ADMIN_ID, HEADER, smallCouncil } from '../../../test/support/import-fixtures.js';
import { seedFigures, seedGroup } from '../../../test/support/comparators.js';
import { exportRows, rateTable, toCsv, toJson, type ExportRow } from './index.js';

let deps: AppDeps;
beforeEach(async () => {
  deps = await smallCouncil();
  const file = [
    `${HEADER},service`,
    'WR01,Household waste recycled,higher,%,quarterly,2025/26 Q1,45,46.2,Waste and Recycling',
    'WR01,,,,,2024/25 Q4,45,44,',
    'WR02,Missed bins,lower,count,monthly,2025-06,1000,1200,Waste and Recycling',
    'WR03,"=HYPERLINK(""http://bad.example"")",higher,count,quarterly,2025/26 Q1,,7,Waste and Recycling',
  ].join('\n');
  await importCsv(deps, file, { actorId: ADMIN_ID });
});
afterEach(async () => {
  await deps.store.close();
});

describe('exportRows', () => {
  it('rates each indicator at its own period within the one chosen', async () => {
    const rows = await exportRows(deps, '2025/26 Q1');
    expect(
      rows.map((r) => [r.code, r.period, r.actual, r.target, r.rating, r.direction_vs_previous]),
    ).toEqual([
      // 46.2 against 45 is 2.7% better: Good; up from 44 last quarter.
      ['WR01', '2025/26 Q1', 46.2, 45, 'Good', 'improving'],
      // 1,200 missed bins against 1,000 (lower is better) is 20% worse: Action.
      ['WR02', '2025-06', 1200, 1000, 'Action', 'not-comparable'],
      ['WR03', '2025/26 Q1', 7, null, 'No target', 'not-comparable'],
    ]);
    expect(rows[0]).toMatchObject({
      unit: 'percentage',
      state: 'authorised',
      ytd_actual: 46.2,
      ytd_target: 45,
    });
  });

  it('refuses a period it cannot read', async () => {
    await expect(exportRows(deps, 'last quarter')).rejects.toThrow(/is not a period/);
  });
});

describe('the quartile in the export', () => {
  const idOf = async (code: string) => (await deps.store.query('indicators', { code }))[0]!.id;

  it('adds quartile and quartileGroup where the group has member figures for the period', async () => {
    const groupId = await seedGroup(deps.store, 4);
    const at = (code: string, periodKey: string) =>
      idOf(code).then((indicatorId) => ({ indicatorId, periodKey, groupId }));
    // WR01 46.2% (higher is better): 50 and 47 better, 46.2 a tie, 40 worse: p = 3, n = 5, ceil(12/5) = 3.
    await seedFigures(deps.store, await at('WR01', '2025/26 Q1'), [50, 47, 46.2, 40]);
    // WR02 1,200 missed bins (lower is better): none of 1,300 and 1,500 is better: p = 1, n = 3, 2nd.
    await seedFigures(deps.store, await at('WR02', '2025-06'), [1300, 1500]);
    // WR01's figures for another period do not count at Q1.
    await seedFigures(deps.store, await at('WR01', '2024/25 Q4'), [99]);
    const rows = await exportRows(deps, '2025/26 Q1');
    const quartiles = rows.map((r) => [r.code, r.quartile, r.quartileGroup]);
    expect(quartiles).toEqual([
      ['WR01', 3, 'CIPFA nearest neighbours'],
      ['WR02', 2, 'CIPFA nearest neighbours'],
      // No member figures for WR03 at Q1: neither key.
      ['WR03', undefined, undefined],
    ]);
    expect(Object.keys(rows[2]!)).not.toContain('quartile');
    const json = JSON.parse(toJson(rows)) as ExportRow[];
    expect(json[0]).toMatchObject({ quartile: 3, quartileGroup: 'CIPFA nearest neighbours' });
    // The CSV's columns stay as they were.
    expect((parse(toCsv(rows)) as string[][])[0]).not.toContain('quartile');
  });

  it('has a null quartile, and the group, when only an unauthorised figure is there', async () => {
    const groupId = await seedGroup(deps.store, 2);
    const indicatorId = await idOf('WR01');
    await seedFigures(deps.store, { indicatorId, periodKey: '2025/26 Q1', groupId }, [50, 40]);
    const [ret] = await deps.store.query('returns', { indicatorId, periodKey: '2025/26 Q1' });
    await deps.store.update(
      'returns',
      ret!.id,
      ret!.version,
      { state: 'checked' },
      {
        actorId: ADMIN_ID,
        channel: 'system',
      },
    );
    // Counted on every entered figure, the export shows the checked figure, but never ranks it.
    const rows = await exportRows(deps, '2025/26 Q1', { authorisedOnly: false });
    expect(rows[0]).toMatchObject({
      actual: 46.2,
      quartile: null,
      quartileGroup: 'CIPFA nearest neighbours',
    });
  });
});

describe('toCsv and toJson', () => {
  it('writes the header and protects text cells against formula injection, not numbers', async () => {
    const rows = await exportRows(deps, '2025/26 Q1');
    const negative: ExportRow = { ...rows[0]!, code: '-X', title: '@SUM(A1)', actual: -5 };
    const csv = toCsv([...rows, negative]);
    const [header, ...records] = parse(csv) as string[][];
    expect(header!.slice(0, 8)).toEqual([
      'code',
      'title',
      'unit',
      'decimals',
      'period',
      'period_label',
      'actual',
      'target',
    ]);
    expect(records[2]![1]).toBe('\'=HYPERLINK("http://bad.example")');
    expect(records[3]!.slice(0, 2)).toEqual(["'-X", "'@SUM(A1)"]);
    expect(records[3]![6]).toBe('-5');
    expect(records[0]![6]).toBe('46.2');
  });

  it('gives JSON that reads back to the same rows', async () => {
    const rows = await exportRows(deps, '2025/26 Q1');
    expect(JSON.parse(toJson(rows))).toEqual(rows);
  });
});

describe('rateTable', () => {
  it('shows formatted figures, rating labels, arrows and a count by rating', async () => {
    const table = rateTable(await exportRows(deps, '2025/26 Q1'));
    const lines = table.split('\n');
    expect(lines[0]).toMatch(/^Code\s+Title\s+Period\s+Actual\s+Target\s+Rating\s+Dir$/);
    expect(lines.find((l) => l.startsWith('WR01'))).toMatch(
      /Q1 2025\/26\s+46\.2%\s+45\.0%\s+Good\s+↑$/,
    );
    expect(lines.find((l) => l.startsWith('WR02'))).toMatch(/Jun 2025\s+1,200\s+1,000\s+Action$/);
    expect(table).toContain('Good 1, Action 1, No target 1 (3 indicators)');
  });

  it('truncates long titles to keep the columns fixed', () => {
    const row: ExportRow = {
      code: 'L1',
      title: 'A very long indicator title that goes on and on past forty characters',
      unit: 'count',
      decimals: 0,
      period: '2025-04',
      period_label: 'Apr 2025',
      actual: 1,
      target: 1,
      rating: 'Good',
      rating_state: 'good',
      ytd_actual: 1,
      ytd_target: 1,
      direction_vs_previous: 'no-change',
      state: 'authorised',
    };
    const line = rateTable([row]).split('\n')[2]!;
    expect(line).toContain('A very long indicator title that goes o…');
    expect(line).toMatch(/→$/);
  });
});
