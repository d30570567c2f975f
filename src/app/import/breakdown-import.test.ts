// Breakdown rows in the history file (issue 16): a row with a `breakdown` is one breakdown value of
// the code's figure for its period (`breakdown_value` the GSS code or group label, `actual` the
// value, `numerator`/`denominator` its parts); all or nothing with every problem on its line; the
// same file twice writes nothing the second time, and a file with fewer wards removes the rest.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../deps.js';
import { importCsv } from './import-csv.js';
import { ADMIN_ID, HEADER, smallCouncil } from '../../../test/support/import-fixtures.js';

let deps: AppDeps;
beforeEach(async () => {
  deps = await smallCouncil();
  await deps.store.create(
    'areaBoundaries',
    {
      boundarySet: 'Wards 2024',
      areaCode: 'E05000001',
      areaName: 'Ashby Marsh',
      geometry: { type: 'Polygon', coordinates: [] },
    },
    { actorId: ADMIN_ID, channel: 'import' },
  );
});
afterEach(async () => {
  await deps.store.close();
});

const H = `${HEADER},breakdown,breakdown_value,numerator,denominator`;
const FILE = [
  H,
  'WR01,Household waste recycled,higher,%,quarterly,2025/26 Q1,45%,46.2,,,,',
  'WR01,,,,quarterly,2025/26 Q1,,40.0,Ward,E05000001,400,1000',
  'WR01,,,,quarterly,2025/26 Q1,,51.5,Ward,E05000002,,',
  'WR01,,,,quarterly,2025/26 Q1,,,Ward,E05000003,,',
  'WR01,,,,quarterly,2025/26 Q1,,38%,Age band,65 and over,,',
].join('\n');

const problemsOf = async (text: string) => {
  try {
    await importCsv(deps, text, { actorId: ADMIN_ID });
  } catch (e) {
    if (e instanceof ValidationError) return e.problems.map((p) => `${p.field}: ${p.message}`);
    throw e;
  }
  return [];
};

describe('breakdown rows in the history file', () => {
  it('imports each row as a breakdown value of its figure, by ward or by group', async () => {
    const summary = await importCsv(deps, FILE, { actorId: ADMIN_ID });
    expect(summary).toMatchObject({ rows: 5, returnsCreated: 1, breakdownValuesWritten: 4 });
    const values = (await deps.store.query('breakdownValues')).map((v) => v.fields);
    expect(
      values.map((v) => [
        v.breakdown,
        v.dimension,
        v.key,
        v.label,
        v.value,
        v.numerator,
        v.denominator,
      ]),
    ).toEqual([
      ['Ward', 'area', 'E05000001', 'Ashby Marsh', 40, 400, 1000],
      ['Ward', 'area', 'E05000002', 'E05000002', 51.5, null, null],
      ['Ward', 'area', 'E05000003', 'E05000003', null, null, null],
      ['Age band', 'community', '65 and over', '65 and over', 38, null, null],
    ]);
    expect(values.every((v) => v.periodKey === '2025/26 Q1' && v.enteredBy === ADMIN_ID)).toBe(
      true,
    );
  });

  it('writes nothing the second time, and replaces a breakdown with what a later file says', async () => {
    await importCsv(deps, FILE, { actorId: ADMIN_ID });
    expect((await importCsv(deps, FILE, { actorId: ADMIN_ID })).breakdownValuesWritten).toBe(0);
    const fewer = [H, 'WR01,,,,quarterly,2025/26 Q1,,41.0,Ward,E05000001,410,1000'].join('\n');
    // One update and two deletes; the age band is another breakdown, left alone.
    expect((await importCsv(deps, fewer, { actorId: ADMIN_ID })).breakdownValuesWritten).toBe(3);
    const held = (await deps.store.query('breakdownValues')).map(
      (v) => `${v.fields.key}=${v.fields.value}`,
    );
    expect(held.sort()).toEqual(['65 and over=38', 'E05000001=41']);
  });

  it('refuses the whole file with every problem on its line', async () => {
    const before = (await deps.store.query('returns')).length;
    const bad = [
      H,
      'WR01,Household waste recycled,higher,%,quarterly,2025/26 Q1,45%,46.2,,,,',
      'WR01,,,,quarterly,2025/26 Q1,,140,Ward,E05000001,,',
      'WR01,,,,quarterly,2025/26 Q1,,40,Ward,E05000001,,',
      'WR01,,,,quarterly,2025/26 Q1,,40,Ward,,,0',
      'WR01,,,,quarterly,2025/26 Q1,50,40,Ward,E05000004,,',
      'WR01,,,,quarterly,2025/26 Q2,,40,Ward,E05000001,,',
      'WR01,,,,quarterly,2025/26 Q3,45,44,,E05000001,3,',
    ].join('\n');
    expect(await problemsOf(bad)).toEqual([
      'line 3 actual: a percentage must be between 0 and 100 (got 140)',
      'line 4 breakdown_value: E05000001 is already on line 3',
      'line 5 breakdown_value: is required: a GSS code or a group label',
      'line 5 denominator: cannot be zero',
      'line 6 target: belongs to the figure’s own row, not a breakdown row',
      'line 8 numerator: is for breakdown rows only: give the breakdown too',
      'line 8 breakdown_value: is for breakdown rows only: give the breakdown too',
    ]);
    expect((await deps.store.query('returns')).length).toBe(before);
    const noFigure = [
      H,
      'WR01,Household waste recycled,higher,%,quarterly,2025/26 Q2,,40,Ward,E05000001,,',
    ].join('\n');
    expect(await problemsOf(noFigure)).toEqual([
      'line 2 period: WR01 has no figure for 2025/26 Q2: give its own row (with the actual) too',
    ]);
    expect(await deps.store.query('breakdownValues')).toEqual([]);
  });
});
