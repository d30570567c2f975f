// The budget position and the budget import on a real SQLite store holding the demo council built
// for a fixed day and read at a fixed moment (the clock is injected; nothing here reads today).
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../demo/index.js';
import { ForbiddenError, NotFoundError, ValidationError } from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { BUDGET_TOLERANCE_KEY, budgetPosition, importBudgetCsv } from './index.js';

const TODAY = '2025-11-20';
let deps: AppDeps;

beforeEach(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gt-budget-')), 'gt.db');
  const store = openSqliteStore({ file });
  await seedDemoCouncil(store, { today: TODAY });
  deps = { store, clock: { now: () => new Date(`${TODAY}T10:00:00.000Z`) } };
});
afterEach(async () => {
  await deps.store.close();
});

async function people(): Promise<{ admin: Person; officer: Person }> {
  const all = [...(await loadCatalogue(deps.store)).people.values()];
  return {
    admin: all.find((p) => p.roles.includes('admin'))!,
    officer: all.find((p) => p.roles.length === 1 && p.roles[0] === 'officer')!,
  };
}

const errorOf = async (p: Promise<unknown>) =>
  p.then(
    () => null,
    (e: unknown) => e,
  );

describe('budgetPosition', () => {
  it('is the latest quarter ended by today, per directorate, totals exact', async () => {
    const { officer } = await people();
    const view = await budgetPosition(deps, officer.id, {});
    expect(view).toMatchObject({ periodKey: '2025/26 Q2', year: '2025/26', quarter: 2 });
    expect(view.asAt).toBe(TODAY);
    expect(view.directorates.map((d) => d.name)).toEqual([
      'Place and Environment',
      'Resources and Customer',
      'Communities and Housing',
    ]);
    const overspends = view.directorates
      .flatMap((d) => d.services)
      .filter((s) => s.words === 'Overspend')
      .map((s) => s.name);
    expect(overspends.sort()).toEqual(['Housing and Homelessness', 'Waste and Recycling']);
    const sum = view.directorates.reduce((t, d) => t + d.forecastOutturnPence, 0);
    expect(view.council.forecastOutturnPence).toBe(sum);
    expect(view.council.variancePence).toBe(
      view.council.forecastOutturnPence - view.council.currentBudgetPence,
    );
    const waste = view.directorates[0]!.services.find((s) => s.name === 'Waste and Recycling')!;
    expect(waste.lines.map((l) => l.periodKey)).toEqual(['2025/26 Q2']);
    expect(waste.text.forecastOutturn).toMatch(/^£\d{1,3}(,\d{3})*\.\d{2}$/);
    expect(waste.text.variance).toMatch(/^\+£/);
    expect(view.servicesWithoutLines).toEqual([]);
    expect(view.tolerance.words).toBe(
      '±2% of the current budget or £10,000.00, whichever is larger',
    );
  });

  it('gives a named quarter, and last year leisure overspent', async () => {
    const { officer } = await people();
    const view = await budgetPosition(deps, officer.id, { year: '2024/25', quarter: '4' });
    const words = view.directorates.flatMap((d) => d.services).map((s) => [s.name, s.words]);
    expect(words.filter(([, w]) => w === 'Overspend')).toEqual([
      ['Leisure and Communities', 'Overspend'],
    ]);
  });

  it('reads the latest of a year, and says when there is none', async () => {
    const { officer } = await people();
    expect((await budgetPosition(deps, officer.id, { year: ' 2024/25 ' })).periodKey).toBe(
      '2024/25 Q4',
    );
    expect(await errorOf(budgetPosition(deps, officer.id, { year: '2023/24' }))).toBeInstanceOf(
      NotFoundError,
    );
  });

  it('judges "latest" on a named day', async () => {
    const { officer } = await people();
    const view = await budgetPosition(deps, officer.id, { asAt: '2025-07-01' });
    expect(view).toMatchObject({ periodKey: '2025/26 Q1', asAt: '2025-07-01' });
  });

  it.each([
    [{ asAt: '01/07/2025' }, 'asAt'],
    [{ quarter: '2' }, 'year'],
    [{ year: '2025/27', quarter: '2' }, 'year'],
    [{ year: '2025/26', quarter: '5' }, 'quarter'],
    [{ year: '2025/26', quarter: 'Q2' }, 'quarter'],
  ])('refuses %o naming %s', async (query, field) => {
    const { officer } = await people();
    const e = await errorOf(budgetPosition(deps, officer.id, query));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).problems[0]!.field).toBe(field);
  });

  it('is for people of the council only', async () => {
    expect(await errorOf(budgetPosition(deps, 'stranger', {}))).toBeInstanceOf(ForbiddenError);
  });

  it("follows the council's own tolerance", async () => {
    const { officer, admin } = await people();
    const ctx = { actorId: admin.id, channel: 'tab' as const };
    const value = { percent: 0, floorPence: 0 };
    await deps.store.create('settings', { key: BUDGET_TOLERANCE_KEY, value }, ctx);
    const view = await budgetPosition(deps, officer.id, {});
    expect(view.directorates.flatMap((d) => d.services).some((s) => s.words === 'On budget')).toBe(
      false,
    );
    expect(view.tolerance.words).toBe('±0% of the current budget');
  });
});

const HEADER =
  'Service,Year,Period,Original_Budget,Current_Budget,Actual_To_Date,Forecast_Outturn,Commentary';

describe('importBudgetCsv', () => {
  it('creates, replaces the same service and period, and leaves an unchanged row alone', async () => {
    const { admin, officer } = await people();
    const csv = (forecast: string) =>
      [
        HEADER,
        `Waste and Recycling,2025/26,2025/26 Q3,"£6,240,000.00","6,302,400.00",4500000,${forecast},Fleet`,
        'Leisure and Communities,2025/26,2025-12,840000,840000,600000.5,-250.00,"Fees, mostly"',
      ].join('\n');
    const opts = { actorId: admin.id, fileName: 'ledger.csv' };
    // The demo already holds waste's Q3 line (its quarter has begun): the row replaces it.
    expect(await importBudgetCsv(deps, csv('"£6,500,000.00"'), opts)).toEqual({
      rows: 2,
      created: 1,
      updated: 1,
      unchanged: 0,
    });
    expect(await importBudgetCsv(deps, csv('"£6,500,000.00"'), opts)).toMatchObject({
      created: 0,
      updated: 0,
      unchanged: 2,
    });
    expect(await importBudgetCsv(deps, csv('6400000.01'), opts)).toMatchObject({
      updated: 1,
      unchanged: 1,
    });
    const cat = await loadCatalogue(deps.store);
    const waste = [...cat.services.values()].find((s) => s.name === 'Waste and Recycling')!;
    const q3 = await deps.store.query('budgetLines', {
      serviceId: waste.id,
      periodKey: '2025/26 Q3',
    });
    expect(q3.map((l) => l.fields)).toEqual([
      expect.objectContaining({
        year: '2025/26',
        originalBudgetPence: 624_000_000,
        currentBudgetPence: 630_240_000,
        actualToDatePence: 450_000_000,
        forecastOutturnPence: 640_000_001,
        commentary: 'Fleet',
      }),
    ]);
    const december = await deps.store.query('budgetLines', { periodKey: '2025-12' });
    expect(december[0]!.fields).toMatchObject({
      actualToDatePence: 60_000_050,
      forecastOutturnPence: -25_000,
    });
    expect(await errorOf(importBudgetCsv(deps, csv('1'), { actorId: officer.id }))).toBeInstanceOf(
      ForbiddenError,
    );
  });

  it('refuses a file with every problem and its line, writing nothing', async () => {
    const { admin } = await people();
    const before = (await deps.store.query('budgetLines')).length;
    const csv = [
      HEADER,
      'Waste and Recycling,2025/26,2025/26 Q3,1.005,1,1,1,',
      'Nowhere,2025/26,2025/26 H1,1,1,1,12%,',
      'Planning and Building Control,2024/25,2025/26 Q3,1,1,1,1,',
      'Waste and Recycling,2025/26,2025/26 Q3,1,1,1,1,',
      'Waste and Recycling,2025/26,2025/26 Q3,1,1,1,1,',
    ].join('\n');
    const e = await errorOf(importBudgetCsv(deps, csv, { actorId: admin.id }));
    expect(e).toBeInstanceOf(ValidationError);
    expect((e as ValidationError).problems.map((p) => p.field)).toEqual([
      'line 2 original_budget',
      'line 3 service',
      'line 3 period',
      'line 3 forecast_outturn',
      'line 4 year',
      'line 6 period',
    ]);
    expect((e as ValidationError).message).toMatch(/two decimal places/);
    expect((await deps.store.query('budgetLines')).length).toBe(before);
  });
});
