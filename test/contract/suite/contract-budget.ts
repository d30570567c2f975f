// Contract (issue 17): budget lines hold whole pence exactly — large budgets, negative income, a
// single penny — and free-text commentary through create, get, query and update on every store;
// filter on service, year and period; refuse a stale version (and a stale delete) like every list.
import { expect, it } from 'vitest';
import { ConflictError } from '../../../src/domain/errors/errors.js';
import type { BudgetLine } from '../../../src/domain/model/types.js';
import { CHECKER, IMPORTER, OFFICER, type StoreHolder } from './contract-fixtures.js';

const LINE: BudgetLine = {
  serviceId: 'svc-waste',
  year: '2025/26',
  periodKey: '2025/26 Q2',
  // £62,400,000.01: more digits than a float of pounds keeps as pence without care.
  originalBudgetPence: 6_240_000_001,
  currentBudgetPence: 6_302_400_000,
  actualToDatePence: 3_024_000_099,
  forecastOutturnPence: -25_000,
  commentary: 'Fleet hire — “two freighters off the road”\nRecovery plan in Q3.',
};

export function budgetContract(s: StoreHolder): void {
  it('budgetLines: round-trip every field, pence exact, and filter on service, year and period', async () => {
    const created = await s.store.create('budgetLines', LINE, IMPORTER);
    expect(created.fields).toEqual(LINE);
    expect((await s.store.get('budgetLines', created.id))?.fields).toEqual(LINE);
    const month = { ...LINE, periodKey: '2025-09', forecastOutturnPence: 1 };
    await s.store.create('budgetLines', month, IMPORTER);
    await s.store.create('budgetLines', { ...LINE, serviceId: 'svc-parks' }, IMPORTER);
    await s.store.create(
      'budgetLines',
      { ...LINE, year: '2024/25', periodKey: '2024/25 Q2' },
      IMPORTER,
    );
    const waste = await s.store.query('budgetLines', { serviceId: 'svc-waste', year: '2025/26' });
    expect(waste.map((l) => l.fields)).toEqual([LINE, month]);
    const q2 = await s.store.query('budgetLines', { periodKey: '2025/26 Q2' });
    expect(q2.map((l) => l.fields.serviceId).sort()).toEqual(['svc-parks', 'svc-waste']);
  });

  it('budgetLines: an update replaces the figures, and a stale version is refused', async () => {
    const created = await s.store.create('budgetLines', LINE, IMPORTER);
    const patch = { forecastOutturnPence: 6_450_000_000, commentary: '' };
    const updated = await s.store.update(
      'budgetLines',
      created.id,
      created.version,
      patch,
      OFFICER,
    );
    expect(updated.fields).toEqual({ ...LINE, ...patch });
    const stale = s.store.update('budgetLines', created.id, created.version, LINE, CHECKER);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: updated.version });
    await expect(
      s.store.delete('budgetLines', created.id, created.version, CHECKER),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await s.store.get('budgetLines', created.id)).toEqual(updated);
  });
}
