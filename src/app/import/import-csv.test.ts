import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ValidationError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, targetFor } from '../catalogue/index.js';
import { importCsv } from './import-csv.js';
import {
  ADMIN_ID,
  HEADER,
  SERVICE_ID,
  listCounts,
  smallCouncil,
} from '../../../test/support/import-fixtures.js';

let deps: AppDeps;
beforeEach(async () => {
  deps = await smallCouncil();
});
afterEach(async () => {
  await deps.store.close();
});

const HAPPY = [
  `${HEADER},service,commentary`,
  'WR01,Household waste recycled,higher,%,quarterly,2025/26 Q1,45%,46.2,Waste and Recycling,Good spring',
  'WR01,Household waste recycled,higher,%,quarterly,2025/26 Q2,45,44.0,,',
  'WR02,Missed bins,lower,count,monthly,2025-04,"1,200",980,service-waste,',
  'WR02,,,,monthly,2025-05,1200,"1,010",,',
  'WR03,Cost of collection,lower,£,annual,2024/25,"£3,400,000","£3,250,500",Waste and Recycling,',
].join('\n');

describe('importCsv: a clean file', () => {
  it('creates indicators, targets and authorised returns in one go', async () => {
    const summary = await importCsv(deps, HAPPY, { actorId: ADMIN_ID });
    expect(summary).toEqual({
      indicatorsCreated: 3,
      indicatorsUpdated: 0,
      indicatorsNeedingOwners: 0,
      targetsWritten: 3,
      returnsCreated: 5,
      returnsUpdated: 0,
      breakdownValuesWritten: 0,
      rows: 5,
    });
    const cat = await loadCatalogue(deps.store);
    const wr01 = cat.indicatorsByCode.get('WR01')!;
    expect(wr01).toMatchObject({
      unit: 'percentage',
      polarity: 'higher',
      frequency: 'quarterly',
      serviceId: SERVICE_ID,
      decimals: 1,
      ytd: 'average',
      // The service's head looks after it: a real owner, so reminders go out as usual.
      collectorId: ADMIN_ID,
      needsOwners: false,
    });
    expect(targetFor(cat, wr01.id, '2025/26', '2025/26 Q1')).toBe(45);
    const wr03 = cat.indicatorsByCode.get('WR03')!;
    expect(targetFor(cat, wr03.id, '2024/25', '2024/25')).toBe(3_400_000);
    const returns = await deps.store.query('returns', { indicatorId: wr01.id });
    const q1 = returns.find((r) => r.fields.periodKey === '2025/26 Q1')!.fields;
    expect(q1).toMatchObject({
      value: 46.2,
      state: 'authorised',
      enteredBy: ADMIN_ID,
      authorisedBy: 'import',
      commentary: 'Good spring',
    });
    const audit = await deps.store.audit({ list: 'returns' });
    expect(audit.every((a) => a.channel === 'import' && a.event === 'import.csv')).toBe(true);
  });

  it("sums a sum indicator's profile into the annual target once every period has one", async () => {
    const rows = ['Q1', 'Q2', 'Q3', 'Q4'].map(
      (q, i) => `FS1,Food inspections,higher,count,quarterly,2025/26 ${q},${100 + i * 10},`,
    );
    await importCsv(
      deps,
      [`${HEADER},service`, ...rows.map((r) => `${r},${SERVICE_ID}`)].join('\n'),
      { actorId: ADMIN_ID },
    );
    const cat = await loadCatalogue(deps.store);
    const target = cat.targets.get(`${cat.indicatorsByCode.get('FS1')!.id}|2025/26`)!;
    expect(target.annual).toBe(460);
    expect(target.profile).toEqual({
      '2025/26 Q1': 100,
      '2025/26 Q2': 110,
      '2025/26 Q3': 120,
      '2025/26 Q4': 130,
    });
  });

  it('updates a changed figure and title, and leaves identical ones alone', async () => {
    await importCsv(deps, HAPPY, { actorId: ADMIN_ID });
    const again = [
      HEADER,
      'WR01,Waste recycled (%),higher,%,quarterly,2025/26 Q1,45,47.0',
      'WR01,,,,,2025/26 Q2,45,44',
    ].join('\n');
    const summary = await importCsv(deps, again, { actorId: ADMIN_ID });
    expect(summary).toMatchObject({
      indicatorsCreated: 0,
      indicatorsUpdated: 1,
      targetsWritten: 0,
      returnsCreated: 0,
      returnsUpdated: 1,
      breakdownValuesWritten: 0,
    });
    const cat = await loadCatalogue(deps.store);
    const wr01 = cat.indicatorsByCode.get('WR01')!;
    expect(wr01.title).toBe('Waste recycled (%)');
    const audit = await deps.store.audit({ list: 'returns', since: '2000-01-01T00:00:00Z' });
    const update = audit.find((a) => a.action === 'update')!;
    expect(update.before?.value).toBe(46.2);
    expect(update.after?.value).toBe(47);
  });

  it('accepts a UTF-8 byte-order mark and a quoted multi-line commentary', async () => {
    const text = `\uFEFF${HEADER},service,commentary\nA1,Alpha,higher,count,annual,2024/25,10,12,${SERVICE_ID},"first line\nsecond line"\nA2,Beta,higher,count,annual,2024/25,10,9,${SERVICE_ID},`;
    const summary = await importCsv(deps, Buffer.from(text, 'utf8'), { actorId: ADMIN_ID });
    expect(summary.returnsCreated).toBe(2);
    const [ret] = await deps.store.query('returns', { value: 12 });
    expect(ret!.fields.commentary).toBe('first line\nsecond line');
  });

  it('refuses a file with a header and no rows', async () => {
    await expect(importCsv(deps, HEADER, { actorId: ADMIN_ID })).rejects.toThrow(/no data rows/);
  });
});

async function problemsOf(input: string | Buffer): Promise<string[]> {
  const before = await listCounts(deps.store);
  const error = await importCsv(deps, input, { actorId: ADMIN_ID }).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  expect(await listCounts(deps.store)).toEqual(before);
  return (error as ValidationError).problems.map((p) => `${p.field}: ${p.message}`);
}

const row = (rest: string) => `X1,Some measure,higher,${rest}`;

describe('importCsv: bad input writes nothing and names the line and column', () => {
  it('refuses Windows-1252 bytes (a £ sign as 0xA3)', async () => {
    const bytes = Buffer.concat([
      Buffer.from(`${HEADER},service\nX1,Spend,lower,currency,annual,2024/25,`),
      Buffer.from([0xa3]),
      Buffer.from(`5,4,${SERVICE_ID}\n`),
    ]);
    const [problem] = await problemsOf(bytes);
    expect(problem).toMatch(/^file: is not UTF-8/);
  });

  it('names every missing required column', async () => {
    expect(await problemsOf('code,title,unit,period,actual\nX1,T,count,2025-04,1')).toEqual([
      'line 1 polarity: the required column "polarity" is missing',
      'line 1 frequency: the required column "frequency" is missing',
      'line 1 target: the required column "target" is missing',
    ]);
  });

  it('reports lines as a spreadsheet shows them, after a quoted newline', async () => {
    const text = [
      `${HEADER},service,commentary`,
      `X1,Some measure,higher,count,monthly,2025-04,10,5,${SERVICE_ID},"two`,
      'lines"',
      `X1,Some measure,sideways,count,monthly,2025-05,10,5,${SERVICE_ID},`,
    ].join('\n');
    expect(await problemsOf(text)).toEqual([
      'line 4 polarity: "sideways" is not a polarity; use higher, lower, none',
    ]);
  });

  it('refuses a period that does not match the frequency, naming what to give', async () => {
    const problems = await problemsOf(
      `${HEADER},service\n${row(`count,quarterly,2025-04,10,5,${SERVICE_ID}`)}`,
    );
    expect(problems).toEqual([
      'line 2 period: "2025-04" is a month but X1 is quarterly: give a quarter (2025/26 Q1)',
    ]);
  });

  it('refuses values impossible for the unit: 140%, a negative count', async () => {
    const text = [
      `${HEADER},service`,
      `X1,P,higher,%,monthly,2025-04,90,140%,${SERVICE_ID}`,
      `X2,C,lower,count,monthly,2025-04,-3,4,${SERVICE_ID}`,
    ].join('\n');
    expect(await problemsOf(text)).toEqual([
      'line 2 actual: a percentage must be between 0 and 100 (got 140%)',
      'line 3 target: a count cannot be negative (got -3)',
    ]);
  });

  it('refuses non-numeric figures and a sign that contradicts the unit', async () => {
    const text = [
      `${HEADER},service`,
      `X1,P,higher,count,monthly,2025-04,ten,£4,${SERVICE_ID}`,
    ].join('\n');
    expect(await problemsOf(text)).toEqual([
      'line 2 target: "ten" is not a number: type it as you would write it, e.g. 1,234 or 12.5% or £3,400',
      'line 2 actual: "£4" has a £ sign but the unit is count',
    ]);
  });

  it('refuses the same code and period twice', async () => {
    const text = [
      `${HEADER},service`,
      row(`count,monthly,2025-04,1,2,${SERVICE_ID}`),
      row(`count,monthly,Apr 2025,1,3,${SERVICE_ID}`),
    ].join('\n');
    expect(await problemsOf(text)).toEqual([
      'line 3 period: X1 Apr 2025 is already on line 2; give each code and period once',
    ]);
  });

  it('reports every problem in the file, not just the first, and rows that disagree', async () => {
    const text = [
      HEADER,
      'X1,,higher,count,monthly,2025-04,1,2',
      'X1,T,lower,count,monthly,2025-13,1,2',
      ',T,lower,count,monthly,2025-05,1,2',
    ].join('\n');
    expect(await problemsOf(text)).toEqual([
      'line 3 polarity: "lower" differs from "higher" on line 2 for the same code',
      'line 3 period: "2025-13" is not a period; use 2025-04, 2025/26 Q1, 2025/26 H1 or 2025/26',
      'line 4 code: is required',
    ]);
  });

  it('names the line of a broken quote', async () => {
    const [problem] = await problemsOf(
      `${HEADER}\nX1,T,higher,count,monthly,2025-04,1,2\nX1,"T,higher,count,monthly,2025-05,1,2\n`,
    );
    expect(problem).toMatch(/^line \d+ csv: Quote Not Closed/);
  });

  it('refuses a change of unit to a stored indicator', async () => {
    await importCsv(deps, HAPPY, { actorId: ADMIN_ID });
    expect(
      await problemsOf(`${HEADER}\nWR02,Missed bins,lower,number,monthly,2025-06,1200,900`),
    ).toEqual([
      "line 2 unit: WR02 is count in the store; import does not change a stored indicator's unit (change it in the tab)",
    ]);
  });
});

// A council's own spreadsheet: just the required columns, no service, no officers.
const MINIMUM = [
  HEADER,
  'TA01,Tenancy audits completed,higher,count,quarterly,2025/26 Q1,150,162',
  'TA01,,,,,2025/26 Q2,150,"1,041"',
  'TA02,Rent collected (%),higher,%,quarterly,2025/26 Q1,97.5,96.8%',
].join('\n');

describe('importCsv: a file with only the minimum columns', () => {
  it('creates each new indicator without a service, the importer standing in as its officers', async () => {
    const summary = await importCsv(deps, MINIMUM, { actorId: ADMIN_ID });
    expect(summary).toEqual({
      indicatorsCreated: 2,
      indicatorsUpdated: 0,
      indicatorsNeedingOwners: 2,
      targetsWritten: 2,
      returnsCreated: 3,
      returnsUpdated: 0,
      breakdownValuesWritten: 0,
      rows: 3,
    });
    const cat = await loadCatalogue(deps.store);
    for (const code of ['TA01', 'TA02']) {
      expect(cat.indicatorsByCode.get(code), code).toMatchObject({
        serviceId: null,
        collectorId: ADMIN_ID,
        responsibleId: ADMIN_ID,
        authoriserId: ADMIN_ID,
        escalationOwnerId: ADMIN_ID,
        needsOwners: true,
      });
    }
    const ta01 = cat.indicatorsByCode.get('TA01')!;
    expect(targetFor(cat, ta01.id, '2025/26', '2025/26 Q2')).toBe(150);
    const returns = await deps.store.query('returns', { indicatorId: ta01.id });
    expect(returns.map((r) => [r.fields.periodKey, r.fields.value, r.fields.state])).toEqual([
      ['2025/26 Q1', 162, 'authorised'],
      ['2025/26 Q2', 1041, 'authorised'],
    ]);
    const ta02 = cat.indicatorsByCode.get('TA02')!;
    expect(targetFor(cat, ta02.id, '2025/26', '2025/26 Q1')).toBe(97.5);
  });

  it('still refuses the whole file for one bad row, naming its line', async () => {
    const problems = await problemsOf(
      `${MINIMUM}\nTA03,Households helped,higher,count,quarterly,2025/26 Q1,40,-2`,
    );
    expect(problems).toEqual(['line 5 actual: a count cannot be negative (got -2)']);
  });
});
