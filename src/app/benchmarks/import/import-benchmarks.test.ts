// The comparator figures import on a real SQLite store holding the demo council built for a fixed
// day (demoAt: the clock is injected). Indicators, people and years are found in the data; the
// groups are new ones of the test's own, so the demo's own comparator data is left alone.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { demoAt } from '../../../../test/support/demo-at.js';
import { ForbiddenError, ValidationError } from '../../../domain/errors/errors.js';
import type { Indicator } from '../../../domain/model/types.js';
import { fyStartOf, financialYearLabel } from '../../../domain/periods/financial-year.js';
import { londonDate } from '../../../domain/periods/index.js';
import { loadCatalogue } from '../../catalogue/index.js';
import type { AppDeps } from '../../deps.js';
import { formatProblem } from '../../import/problems.js';
import { inferGroupKind } from '../groups.js';
import { importBenchmarksCsv } from './import-benchmarks.js';

let deps: AppDeps;
let adminId: string;
let officerId: string;
let quarterly: Indicator;
let annual: Indicator;
let lastYear: string;

beforeEach(async () => {
  deps = await demoAt();
  const cat = await loadCatalogue(deps.store);
  const people = [...cat.people.values()];
  adminId = people.find((p) => p.roles.includes('admin'))!.id;
  officerId = people.find((p) => p.roles.join() === 'officer')!.id;
  const indicators = [...cat.indicators.values()];
  quarterly = indicators.find((i) => i.frequency === 'quarterly' && i.unit === 'percentage')!;
  annual = indicators.find((i) => i.frequency === 'annual')!;
  lastYear = financialYearLabel(fyStartOf(londonDate(deps.clock.now())) - 1);
});
afterEach(() => deps.store.close());

const GROUP = 'Ashbridge family group';
const HEADER = 'Code,Period,Group,Area_Code,Area_Name,Value,Kind,Source';

const groupsNamed = async (name: string) =>
  (await deps.store.query('comparatorGroups')).filter((g) => g.fields.name === name);
const valuesOf = async (groupId: string) =>
  (await deps.store.query('benchmarkValues', { groupId })).map((v) => ({ id: v.id, ...v.fields }));
const refusal = async (p: Promise<unknown>) => {
  const e = await p.then(
    () => null,
    (err: unknown) => err,
  );
  expect(e).toBeInstanceOf(ValidationError);
  return (e as ValidationError).problems.map(formatProblem);
};

function ownFile(): string {
  return [
    HEADER,
    `${quarterly.code},${lastYear} Q1,${GROUP},E07000146,Kingsmere District Council,71.5,member,"LG Inform, metric 4282"`,
    `${quarterly.code},${lastYear} Q1,${GROUP},e07000147,Larkfield Borough Council,68.0,,"LG Inform, metric 4282"`,
    `${quarterly.code},${lastYear} Q1,${GROUP},,,69.8,average,"LG Inform, metric 4282"`,
    `${quarterly.code},${lastYear},${GROUP},E07000146,Kingsmere District Council,70.9,,"LG Inform, metric 4282"`,
    `${annual.code.toLowerCase()},${lastYear},${GROUP},E07000148,Oakhurst District Council,"1,204",member,Council's own survey`,
  ].join('\n');
}

describe('importBenchmarksCsv: our own file', () => {
  it('creates the group, adds its members and the figures; the same file again changes nothing', async () => {
    const first = await importBenchmarksCsv(deps, ownFile(), {
      actorId: adminId,
      fileName: 'b.csv',
    });
    expect(first).toEqual({
      rows: 5,
      added: 5,
      changed: 0,
      unchanged: 0,
      groupsCreated: 1,
      membersAdded: 3,
    });
    const [group] = await groupsNamed(GROUP);
    expect(group!.fields.kind).toBe('custom');
    expect(group!.fields.members).toEqual([
      { areaCode: 'E07000146', areaName: 'Kingsmere District Council' },
      { areaCode: 'E07000147', areaName: 'Larkfield Borough Council' },
      { areaCode: 'E07000148', areaName: 'Oakhurst District Council' },
    ]);
    const values = await valuesOf(group!.id);
    expect(values.find((v) => v.kind === 'average')).toMatchObject({
      indicatorId: quarterly.id,
      periodKey: `${lastYear} Q1`,
      areaCode: null,
      areaName: null,
      value: 69.8,
      source: 'LG Inform, metric 4282',
      importedAt: deps.clock.now().toISOString(),
    });
    expect(values.find((v) => v.indicatorId === annual.id)).toMatchObject({
      periodKey: lastYear,
      kind: 'member',
      value: 1204,
    });

    const again = await importBenchmarksCsv(deps, ownFile(), { actorId: adminId });
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 5, groupsCreated: 0 });
    expect(again.membersAdded).toBe(0);
    expect(await valuesOf(group!.id)).toEqual(values);
    expect(await groupsNamed(GROUP)).toEqual([group]);
  });

  it('updates only the one figure whose value changed', async () => {
    await importBenchmarksCsv(deps, ownFile(), { actorId: adminId });
    const [group] = await groupsNamed(GROUP);
    const before = await valuesOf(group!.id);
    const later = new Date(deps.clock.now().getTime() + 86_400_000);
    deps.clock = { now: () => later };
    const changed = ownFile().replace(',68.0,', ',66.5,');
    const summary = await importBenchmarksCsv(deps, changed, { actorId: adminId });
    expect(summary).toMatchObject({ added: 0, changed: 1, unchanged: 4 });
    const after = await valuesOf(group!.id);
    expect(after).toHaveLength(before.length);
    const moved = after.find((v) => v.areaCode === 'E07000147')!;
    expect(moved).toMatchObject({ value: 66.5, importedAt: later.toISOString() });
    expect(moved.id).toBe(before.find((v) => v.areaCode === 'E07000147')!.id);
    expect(after.filter((v) => v.id !== moved.id)).toEqual(before.filter((v) => v.id !== moved.id));
  });

  it('refuses a file with bad rows, naming each line and column, and writes nothing', async () => {
    const groupsBefore = await deps.store.query('comparatorGroups');
    const valuesBefore = await deps.store.query('benchmarkValues');
    const auditBefore = await deps.store.audit({ list: 'benchmarkValues' });
    const file = [
      HEADER,
      `${quarterly.code},${lastYear} Q2,${GROUP},E07000146,Kingsmere District Council,70,member,LG Inform`,
      `NOPE99,${lastYear},${GROUP},E07000146,Kingsmere District Council,70,,LG Inform`,
      `${quarterly.code},${lastYear}-13,${GROUP},E07000146,Kingsmere District Council,70,,LG Inform`,
      `${quarterly.code},${lastYear} Q3,${GROUP},E07000146,Kingsmere District Council,seventy,,LG Inform`,
      `${quarterly.code},${lastYear} Q3,${GROUP},E07000146,Kingsmere District Council,70,median,LG Inform`,
      `${quarterly.code},${lastYear} Q3,${GROUP},,,70,member,LG Inform`,
      `${quarterly.code},${lastYear} Q4,${GROUP},E0700014,Kingsmere District Council,70,,LG Inform`,
      `${quarterly.code},${lastYear} Q2,${GROUP},E07000146,Kingsmere District Council,71,member,LG Inform`,
    ].join('\n');
    const problems = await refusal(importBenchmarksCsv(deps, file, { actorId: adminId }));
    expect(problems).toEqual([
      `line 3: code: "NOPE99" is not an indicator's code in the store`,
      `line 4: period: "${lastYear}-13" is not a period; use 2025-04, 2025/26 Q1, 2025/26 H1 or 2025/26`,
      `line 5: value: "seventy" is not a number: type it as you would write it, e.g. 1,234 or 12.5% or £3,400`,
      `line 6: kind: "median" is not a kind; use member, average`,
      `line 7: area_code: is required for a member row: the council's GSS code`,
      `line 8: area_code: "E0700014" is not a GSS code: a letter and 8 digits, e.g. E07000146`,
      `line 9: area_code: repeats line 2: one figure per indicator, period, group and council (${lastYear} Q2, ${GROUP}, E07000146)`,
    ]);
    expect(await deps.store.query('comparatorGroups')).toEqual(groupsBefore);
    expect(await deps.store.query('benchmarkValues')).toEqual(valuesBefore);
    expect(await deps.store.audit({ list: 'benchmarkValues' })).toHaveLength(auditBefore.length);
  });

  it('refuses a period of another frequency than the indicator or its year', async () => {
    const file = [HEADER, `${annual.code},${lastYear} Q1,${GROUP},,,5,average,LG Inform`].join(
      '\n',
    );
    expect(await refusal(importBenchmarksCsv(deps, file, { actorId: adminId }))).toEqual([
      `line 2: period: "${lastYear} Q1" is a quarter but ${annual.code} is annual: give a financial year (2025/26)`,
    ]);
  });

  it('takes the group kind from group_kind, else from the name', async () => {
    const file = [
      `${HEADER},group_kind`,
      `${quarterly.code},${lastYear},Shire districts,,,70,average,LG Inform,county`,
      `${quarterly.code},${lastYear},CIPFA comparator councils,,,70,average,LG Inform,`,
    ].join('\n');
    await importBenchmarksCsv(deps, file, { actorId: adminId });
    expect((await groupsNamed('Shire districts'))[0]!.fields.kind).toBe('county');
    expect((await groupsNamed('CIPFA comparator councils'))[0]!.fields.kind).toBe(
      'nearest-neighbours',
    );
  });

  it('is for the performance team only, before the file is read', async () => {
    await expect(importBenchmarksCsv(deps, 'not,a,file', { actorId: officerId })).rejects.toThrow(
      ForbiddenError,
    );
  });
});

describe("importBenchmarksCsv: LG Inform's download", () => {
  const download = () =>
    [
      'Permanent admissions to care homes,,,,',
      `area,area label,area long label,${financialYearLabel(fyStartOf(londonDate(deps.clock.now())) - 2)},${lastYear}`,
      'E07000146,Kingsmere,Kingsmere District Council,72.1,71.5',
      'E07000147,Larkfield,Larkfield Borough Council,-,68',
      'E92000001,England,England,70.2,70.4',
      'Ashbridge_CIPFA_Near_Neighbours,CIPFA nearest neighbours (average),Ashbridge CIPFA group,69.9,69.7',
    ].join('\n');

  it('maps areas to members, England and group rows to averages, and skips missing figures', async () => {
    const summary = await importBenchmarksCsv(deps, download(), {
      actorId: adminId,
      code: quarterly.code,
      group: GROUP,
    });
    // The demo may already hold England's average for these periods: then it is changed, not added.
    expect(summary).toMatchObject({ rows: 7, unchanged: 0, membersAdded: 2 });
    expect(summary.added + summary.changed).toBe(7);
    expect(summary.added).toBeGreaterThanOrEqual(5);
    const [group] = await groupsNamed(GROUP);
    const values = await valuesOf(group!.id);
    expect(
      values.filter((v) => v.kind === 'member').map((v) => [v.areaName, v.periodKey, v.value]),
    ).toEqual([
      ['Kingsmere', expect.stringMatching(/^\d{4}\/\d{2}$/), 72.1],
      ['Kingsmere', lastYear, 71.5],
      ['Larkfield', lastYear, 68],
    ]);
    expect(values.filter((v) => v.kind === 'average').map((v) => v.value)).toEqual([69.9, 69.7]);
    const [england] = await groupsNamed('England average');
    expect(england!.fields).toMatchObject({ kind: 'england', members: [] });
    expect(
      (await valuesOf(england!.id)).find(
        (v) => v.periodKey === lastYear && v.indicatorId === quarterly.id,
      ),
    ).toMatchObject({
      kind: 'average',
      areaCode: null,
      value: 70.4,
      indicatorId: quarterly.id,
    });
    const again = await importBenchmarksCsv(deps, download(), {
      actorId: adminId,
      code: quarterly.code,
      group: GROUP,
    });
    expect(again).toMatchObject({ added: 0, changed: 0, unchanged: 7 });
  });

  it('needs our code and group, and names a bad period column and a bad cell', async () => {
    await expect(
      importBenchmarksCsv(deps, download(), { actorId: adminId, group: GROUP }),
    ).rejects.toThrow(/code: is required/);
    await expect(
      importBenchmarksCsv(deps, download(), { actorId: adminId, code: quarterly.code }),
    ).rejects.toThrow(/group: is required/);
    const bad = download().replace(`,${lastYear}\n`, ',2023\n').replace('72.1', 'lots');
    expect(
      await refusal(
        importBenchmarksCsv(deps, bad, { actorId: adminId, code: quarterly.code, group: GROUP }),
      ),
    ).toEqual([
      `line 2: column 5: the period "2023" is not a period; use 2025-04, 2025/26 Q1, 2025/26 H1 or 2025/26`,
      expect.stringMatching(/^line 3: \d{4}\/\d{2} \(Kingsmere\): "lots" is not a number/),
    ]);
  });
});

describe('inferGroupKind', () => {
  it.each([
    ['England average', 'england'],
    ['CIPFA nearest neighbours', 'nearest-neighbours'],
    ['Nearest Neighbours (2024)', 'nearest-neighbours'],
    ['County councils', 'county'],
    ['South East', 'region'],
    ['East of England', 'region'],
    ['Our partnership', 'custom'],
  ])('%s is %s', (name, kind) => expect(inferGroupKind(name)).toBe(kind));
});
