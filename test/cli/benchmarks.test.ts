// `golden-thread benchmarks …` as the real command in a child process, against a temp SQLite file
// holding the demo council built for a fixed day (GT_SEED_DEMO=false): our own file imported, the
// same file again changing nothing, a refused file listing every problem by line while nothing is
// written, LG Inform's download mapped with --code and --group, the primary group set, and a fetch
// from a local LG Inform stand-in with a good signature and a bad one (never the internet; neither
// the key nor the secret in any output).
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { updateIndicator } from '../../src/app/admin/indicator-admin.js';
import type { Indicator } from '../../src/domain/model/types.js';
import { financialYearLabel, fyStartOf } from '../../src/domain/periods/financial-year.js';
import { startLgInformStandIn, type LgInformStandIn } from '../lg-inform/lg-inform-stand-in.js';
import { demoCouncilFolder, type DemoCouncilFolder } from './demo-council-folder.js';
import { goldenThread } from './run-golden-thread.js';

const DAY = '2025-11-20';
const KEY = 'council-app-key-7781';
const SECRET = 's3cret-that-must-not-leak';
const METRIC = 4282;

let folder: DemoCouncilFolder;
let standIn: LgInformStandIn;
let indicator: Indicator;
let cipfa: { id: string; members: { areaCode: string; areaName: string }[] };
let adminId: string;
let officerId: string;
const lastYear = financialYearLabel(fyStartOf(DAY) - 1);
const yearBefore = financialYearLabel(fyStartOf(DAY) - 2);

const benchmarksNow = () =>
  folder.read(async (s) => ({
    groups: (await s.query('comparatorGroups')).map((g) => ({
      id: g.id,
      v: g.version,
      ...g.fields,
    })),
    values: (await s.query('benchmarkValues')).map((v) => ({
      id: v.id,
      v: v.version,
      ...v.fields,
    })),
  }));

beforeAll(async () => {
  folder = await demoCouncilFolder(DAY);
  const people = await folder.read((s) => s.query('people'));
  const admin = people.find((p) => p.fields.roles.includes('admin'))!;
  adminId = admin.id;
  officerId = people.find((p) => p.fields.roles.join() === 'officer')!.id;
  const groups = await folder.read((s) => s.query('comparatorGroups'));
  const group = groups.find((g) => g.fields.kind === 'nearest-neighbours')!;
  cipfa = { id: group.id, members: group.fields.members };
  // The indicator is mapped to an LG Inform metric through the set-up's own command.
  indicator = await folder.read(async (store) => {
    const item = (await store.query('indicators')).find(
      (i) => i.fields.frequency === 'quarterly' && i.fields.unit === 'percentage',
    )!;
    await updateIndicator(
      { store, clock: { now: () => new Date(`${DAY}T10:00:00Z`) } },
      { ...admin.fields, id: admin.id },
      item.id,
      item.version,
      { lgInformMetricId: METRIC },
    );
    return { ...item.fields, id: item.id };
  });
  const areas = Object.fromEntries(
    cipfa.members.map((m, i) => [
      m.areaCode,
      { label: m.areaName, cells: { [yearBefore]: String(60 + i), [lastYear]: String(61 + i) } },
    ]),
  );
  standIn = await startLgInformStandIn(
    { [KEY]: SECRET },
    { [METRIC]: { periods: ['2021/22', yearBefore, lastYear], areas } },
  );
}, 60_000);
afterAll(async () => {
  await standIn?.close();
  await folder?.remove();
});

const HEADER = 'Code,Period,Group,Area_Code,Area_Name,Value,Kind,Source';

describe('golden-thread benchmarks import', { timeout: 180_000 }, () => {
  it('refuses a file with bad rows, naming each line and column, and writes nothing', async () => {
    const before = await benchmarksNow();
    await writeFile(
      join(folder.path, 'bad.csv'),
      [
        HEADER,
        `${indicator.code},${lastYear},Ashbridge family,E07000146,Kingsmere District Council,70,member,LG Inform`,
        `ZZ99,${lastYear},Ashbridge family,E07000146,Kingsmere District Council,70,,LG Inform`,
        `${indicator.code},31/03/2025,Ashbridge family,E07000146,Kingsmere District Council,70,,LG Inform`,
        `${indicator.code},${lastYear},Ashbridge family,E07000147,Larkfield Borough Council,n/a,,LG Inform`,
        `${indicator.code},${lastYear},Ashbridge family,,,70,members,LG Inform`,
        `${indicator.code},${lastYear},Ashbridge family,,,70,member,LG Inform`,
        `${indicator.code},${lastYear},Ashbridge family,W6000001,Somewhere,70,,LG Inform`,
      ].join('\n'),
    );
    const result = await folder.gt('benchmarks', 'import', 'bad.csv');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toContain('Nothing was imported from bad.csv.');
    expect(result.stderr).toContain(`line 3: code: "ZZ99" is not an indicator's code in the store`);
    expect(result.stderr).toContain('line 4: period: "31/03/2025" is not a period');
    expect(result.stderr).toContain('line 5: value: "n/a" is not a number');
    expect(result.stderr).toContain('line 6: kind: "members" is not a kind; use member, average');
    expect(result.stderr).toContain('line 7: area_code: is required for a member row');
    expect(result.stderr).toContain('line 8: area_code: "W6000001" is not a GSS code');
    expect(result.stderr).not.toMatch(/line 2:/);
    expect(await benchmarksNow()).toEqual(before);
  });

  it('imports a file, then changes nothing when it is imported again', async () => {
    await writeFile(
      join(folder.path, 'family.csv'),
      [
        HEADER,
        `${indicator.code},${lastYear} Q1,Ashbridge family,E07000146,Kingsmere District Council,71.5,,"LG Inform, metric 4282"`,
        `${indicator.code},${lastYear} Q1,Ashbridge family,,,70.1,average,"LG Inform, metric 4282"`,
      ].join('\n'),
    );
    const first = await folder.gt('benchmarks', 'import', 'family.csv');
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Imported family.csv: 2 figures');
    expect(first.stdout).toContain('comparator figures: 2 added, 0 changed, 0 unchanged');
    expect(first.stdout).toContain('comparator groups:  1 created, 1 member council added');
    const after = await benchmarksNow();
    const second = await folder.gt('benchmarks', 'import', 'family.csv');
    expect(second).toMatchObject({ code: 0, stderr: '' });
    expect(second.stdout).toContain('comparator figures: 0 added, 0 changed, 2 unchanged');
    expect(second.stdout).toContain('Nothing changed');
    expect(await benchmarksNow()).toEqual(after);
  });

  it("maps LG Inform's download with --code and --group", async () => {
    await writeFile(
      join(folder.path, 'lginform.csv'),
      [
        `area,area label,area long label,${yearBefore},${lastYear}`,
        'E07000146,Kingsmere,Kingsmere District Council,69.0,71.0',
        'E92000001,England,England,70.2,70.4',
      ].join('\r\n'),
    );
    const result = await folder.gt(
      'benchmarks',
      'import',
      'lginform.csv',
      '--code',
      indicator.code,
      '--group',
      'Ashbridge family',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toContain('Imported lginform.csv: 4 figures');
    const { values, groups } = await benchmarksNow();
    const family = groups.find((g) => g.name === 'Ashbridge family')!;
    const england = groups.find((g) => g.name === 'England average')!;
    expect(values.find((v) => v.groupId === family.id && v.periodKey === lastYear)).toMatchObject({
      areaCode: 'E07000146',
      value: 71,
      source: `LG Inform, metric ${METRIC}`,
    });
    expect(
      values.find(
        (v) =>
          v.groupId === england.id && v.periodKey === lastYear && v.indicatorId === indicator.id,
      ),
    ).toMatchObject({ kind: 'average', value: 70.4 });
  });

  it('sets the primary group by code and name', async () => {
    const result = await folder.gt(
      'benchmarks',
      'primary',
      '--code',
      indicator.code,
      '--group',
      'ashbridge FAMILY',
    );
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toBe(`${indicator.code} is reported against Ashbridge family.\n`);
    const { groups } = await benchmarksNow();
    const stored = await folder.read((s) => s.get('indicators', indicator.id));
    expect(stored!.fields.primaryGroupId).toBe(
      groups.find((g) => g.name === 'Ashbridge family')!.id,
    );
    const unknown = await folder.gt(
      'benchmarks',
      'primary',
      '--code',
      indicator.code,
      '--group',
      'Nope',
    );
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no comparator group "Nope"');
  });

  it('lets only the performance team import', async () => {
    const result = await folder.gt('--as', officerId, 'benchmarks', 'import', 'family.csv');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/performance team/);
  });
});

describe('golden-thread benchmarks fetch', { timeout: 180_000 }, () => {
  const fetchWith = (secret: string) =>
    goldenThread(
      [
        '--data',
        'gt.db',
        '--as',
        adminId,
        'benchmarks',
        'fetch',
        '--group',
        'CIPFA nearest neighbours',
      ],
      {
        cwd: folder.path,
        env: {
          GT_SEED_DEMO: 'false',
          LGINFORM_URL: standIn.url,
          LGINFORM_KEY: KEY,
          LGINFORM_SECRET: secret,
        },
      },
    );

  it('refuses a bad signature, says so without the key or secret, and writes nothing', async () => {
    const before = await benchmarksNow();
    const asked = standIn.requests.length;
    const result = await fetchWith('not-the-secret');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(`LG Inform answered 403 for metric ${METRIC}`);
    expect(result.stderr).toContain('check LGINFORM_KEY and LGINFORM_SECRET');
    for (const text of [result.stdout, result.stderr]) {
      expect(text).not.toContain(KEY);
      expect(text).not.toContain(SECRET);
      expect(text).not.toContain('not-the-secret');
    }
    expect(standIn.requests).toHaveLength(asked);
    expect(await benchmarksNow()).toEqual(before);
  });

  it("fetches each mapped metric for the group's councils, signed, and changes nothing the second time", async () => {
    const first = await fetchWith(SECRET);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    expect(first.stdout).toContain('Fetched 1 metric from LG Inform: 30 figures');
    expect(standIn.requests.at(-1)).toEqual({
      metricType: String(METRIC),
      area: cipfa.members.map((m) => m.areaCode).join(','),
      period: 'latest:3',
      columnGrouping: 'period',
      rowGrouping: 'area',
      'value.valueType': 'raw',
    });
    const { values } = await benchmarksNow();
    const member = cipfa.members[3]!;
    expect(
      values.find(
        (v) =>
          v.groupId === cipfa.id &&
          v.indicatorId === indicator.id &&
          v.periodKey === lastYear &&
          v.areaCode === member.areaCode,
      ),
    ).toMatchObject({ value: 64, source: `LG Inform, metric ${METRIC}`, kind: 'member' });
    const second = await fetchWith(SECRET);
    expect(second.stdout).toContain('0 added, 0 changed, 30 unchanged');
  });

  it('needs the key and secret', async () => {
    const result = await goldenThread(
      ['--data', 'gt.db', 'benchmarks', 'fetch', '--group', 'CIPFA nearest neighbours'],
      { cwd: folder.path, env: { GT_SEED_DEMO: 'false', LGINFORM_URL: standIn.url } },
    );
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('LGINFORM_KEY and LGINFORM_SECRET');
  });
});
