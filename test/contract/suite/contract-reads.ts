// Contract: create, get and query (equality filters, ordering, top) and what is refused.
import { expect, it } from 'vitest';
import { ConflictError, ValidationError } from '../../../src/domain/errors/errors.js';
import type { ListName } from '../../../src/domain/ports/store.js';
import {
  IMPORTER,
  OFFICER,
  createReturns,
  importedIndicatorFields,
  returnFields,
  type StoreHolder,
} from './contract-fixtures.js';

export function readContract(s: StoreHolder): void {
  it('creates an item and gets it back with its id, version and who made it', async () => {
    const created = await s.store.create('returns', returnFields({ value: 42.5 }), OFFICER);
    expect(created.id).toMatch(/\S/);
    expect(created.version).toMatch(/\S/);
    expect(created.fields.value).toBe(42.5);
    expect(created.createdBy).toBe('officer-1');
    expect(created.modifiedBy).toBe('officer-1');
    expect(Number.isNaN(Date.parse(created.createdAt))).toBe(false);
    expect(await s.store.get('returns', created.id)).toEqual(created);
  });

  it('uses an id given to create, and refuses a second item with the same id', async () => {
    const created = await s.store.create(
      'settings',
      { key: 'councilName', value: 'Example' },
      OFFICER,
      'council-name',
    );
    expect(created.id).toBe('council-name');
    await expect(
      s.store.create('settings', { key: 'councilName', value: 'Other' }, OFFICER, 'council-name'),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await s.store.get('settings', 'council-name'))?.fields.value).toBe('Example');
  });

  it('gets null for an id that does not exist', async () => {
    expect(await s.store.get('returns', 'no-such-id')).toBeNull();
  });

  it('keeps nested values (objects, arrays) intact', async () => {
    const profile = { '2025-04': 10, '2025-05': 12.5 };
    const created = await s.store.create(
      'targets',
      { indicatorId: 'ind-1', year: '2025/26', annual: 150, profile },
      OFFICER,
    );
    expect((await s.store.get('targets', created.id))?.fields.profile).toEqual(profile);
  });

  it('queries in creation order when no order is asked for', async () => {
    const ids = await createReturns(s.store, [
      { periodKey: '2025-06' },
      { periodKey: '2025-04' },
      { periodKey: '2025-05' },
    ]);
    expect((await s.store.query('returns')).map((i) => i.id)).toEqual(ids);
  });

  it('filters on strings, and on several fields at once', async () => {
    const [a, , c] = await createReturns(s.store, [
      { indicatorId: 'ind-1', periodKey: '2025-04' },
      { indicatorId: 'ind-2', periodKey: '2025-04' },
      { indicatorId: 'ind-1', periodKey: '2025-05' },
    ]);
    expect((await s.store.query('returns', { indicatorId: 'ind-1' })).map((i) => i.id)).toEqual([
      a,
      c,
    ]);
    const both = await s.store.query('returns', { indicatorId: 'ind-1', periodKey: '2025-05' });
    expect(both.map((i) => i.id)).toEqual([c]);
    expect(await s.store.query('returns', { indicatorId: 'ind-9' })).toEqual([]);
  });

  it('filters on numbers, fractions included', async () => {
    const [one, , oneAndHalf] = await createReturns(s.store, [
      { value: 1 },
      { value: 2 },
      { value: 1.5, plausibilityConfirmed: true },
    ]);
    expect((await s.store.query('returns', { value: 1 })).map((i) => i.id)).toEqual([one]);
    expect((await s.store.query('returns', { value: 1.5 })).map((i) => i.id)).toEqual([oneAndHalf]);
  });

  it('filters on booleans, not matching the numbers 1 and 0', async () => {
    const [yes, no] = await createReturns(s.store, [
      { plausibilityConfirmed: true, value: 0 },
      { plausibilityConfirmed: false, value: 1 },
    ]);
    expect(
      (await s.store.query('returns', { plausibilityConfirmed: true })).map((i) => i.id),
    ).toEqual([yes]);
    expect(
      (await s.store.query('returns', { plausibilityConfirmed: false })).map((i) => i.id),
    ).toEqual([no]);
    expect((await s.store.query('returns', { value: 1 })).map((i) => i.id)).toEqual([no]);
  });

  it('filters on null', async () => {
    const [, missing] = await createReturns(s.store, [{ value: 0 }, { value: null }, { value: 7 }]);
    expect((await s.store.query('returns', { value: null })).map((i) => i.id)).toEqual([missing]);
  });

  it('keeps an indicator with no service yet and its needsOwners flag, and clears the flag', async () => {
    const fields = importedIndicatorFields();
    const created = await s.store.create('indicators', fields, IMPORTER);
    expect((await s.store.get('indicators', created.id))?.fields).toEqual(fields);
    await s.store.create(
      'indicators',
      importedIndicatorFields({ code: 'TA02', serviceId: 's-1' }),
      IMPORTER,
    );
    const waiting = await s.store.query('indicators', { serviceId: null });
    expect(waiting.map((i) => i.id)).toEqual([created.id]);
    const assigned = await s.store.update(
      'indicators',
      created.id,
      created.version,
      { serviceId: 's-1', collectorId: 'officer-1', needsOwners: false },
      OFFICER,
    );
    expect(assigned.fields).toMatchObject({
      serviceId: 's-1',
      collectorId: 'officer-1',
      needsOwners: false,
    });
  });

  it('orders numbers numerically and strings lexically, either way, and takes the top n', async () => {
    await createReturns(s.store, [
      { value: 10, periodKey: '2025-05' },
      { value: 9, periodKey: '2025-12' },
      { value: 100, periodKey: '2025-04' },
    ]);
    const values = async (descending: boolean, top?: number): Promise<unknown[]> =>
      (await s.store.query('returns', {}, { orderBy: 'value', descending, top })).map(
        (i) => i.fields.value,
      );
    expect(await values(false)).toEqual([9, 10, 100]);
    expect(await values(true)).toEqual([100, 10, 9]);
    expect(await values(true, 2)).toEqual([100, 10]);
    const periods = await s.store.query('returns', {}, { orderBy: 'periodKey' });
    expect(periods.map((i) => i.fields.periodKey)).toEqual(['2025-04', '2025-05', '2025-12']);
  });

  it('refuses an unknown list name', async () => {
    const bogus = 'nonsense' as ListName;
    await expect(s.store.query(bogus)).rejects.toBeInstanceOf(ValidationError);
    await expect(s.store.get(bogus, 'x')).rejects.toBeInstanceOf(ValidationError);
    await expect(s.store.create(bogus, returnFields() as never, OFFICER)).rejects.toBeInstanceOf(
      ValidationError,
    );
  });

  it('refuses NaN and Infinity, naming the field, and stores nothing', async () => {
    const nan = s.store.create('returns', returnFields({ value: Number.NaN }), OFFICER);
    await expect(nan).rejects.toBeInstanceOf(ValidationError);
    await expect(nan).rejects.toThrow(/value/);
    const inf = s.store.create(
      'returns',
      returnFields({ forecast: Number.POSITIVE_INFINITY }),
      OFFICER,
    );
    await expect(inf).rejects.toThrow(/forecast/);
    expect(await s.store.query('returns')).toEqual([]);
  });
}
