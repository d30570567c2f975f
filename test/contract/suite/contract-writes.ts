// Contract: update and delete with optimistic concurrency (versions), and writeMany atomicity.
import { expect, it } from 'vitest';
import {
  ConflictError,
  DomainError,
  NotFoundError,
  ValidationError,
} from '../../../src/domain/errors/errors.js';
import type { ListName, WriteOp } from '../../../src/domain/ports/store.js';
import { CHECKER, OFFICER, returnFields, type StoreHolder } from './contract-fixtures.js';

export function writeContract(s: StoreHolder): void {
  it('merges a patch into the fields and gives the item a new version', async () => {
    const created = await s.store.create(
      'returns',
      returnFields({ value: 5, commentary: 'first' }),
      OFFICER,
    );
    const updated = await s.store.update(
      'returns',
      created.id,
      created.version,
      { value: 6 },
      CHECKER,
    );
    expect(updated.fields.value).toBe(6);
    expect(updated.fields.commentary).toBe('first');
    expect(updated.version).not.toBe(created.version);
    expect(updated.createdBy).toBe('officer-1');
    expect(updated.modifiedBy).toBe('checker-1');
    expect(await s.store.get('returns', created.id)).toEqual(updated);
  });

  it('refuses an update naming a stale version, with the current version, leaving the item unchanged', async () => {
    const created = await s.store.create('returns', returnFields({ value: 5 }), OFFICER);
    const updated = await s.store.update(
      'returns',
      created.id,
      created.version,
      { value: 6 },
      OFFICER,
    );
    const stale = s.store.update('returns', created.id, created.version, { value: 99 }, CHECKER);
    await expect(stale).rejects.toBeInstanceOf(ConflictError);
    await expect(stale).rejects.toMatchObject({ currentVersion: updated.version });
    expect(await s.store.get('returns', created.id)).toEqual(updated);
  });

  it('refuses to update or delete an item that does not exist', async () => {
    await expect(
      s.store.update('returns', 'no-such-id', '1', { value: 1 }, OFFICER),
    ).rejects.toBeInstanceOf(NotFoundError);
    await expect(s.store.delete('returns', 'no-such-id', '1', OFFICER)).rejects.toBeInstanceOf(
      NotFoundError,
    );
  });

  it('deletes an item named with its current version', async () => {
    const created = await s.store.create('returns', returnFields(), OFFICER);
    await s.store.delete('returns', created.id, created.version, OFFICER);
    expect(await s.store.get('returns', created.id)).toBeNull();
    expect(await s.store.query('returns')).toEqual([]);
  });

  it('refuses a delete naming a stale version and keeps the item', async () => {
    const created = await s.store.create('returns', returnFields(), OFFICER);
    const updated = await s.store.update(
      'returns',
      created.id,
      created.version,
      { value: 3 },
      OFFICER,
    );
    await expect(
      s.store.delete('returns', created.id, created.version, OFFICER),
    ).rejects.toBeInstanceOf(ConflictError);
    expect(await s.store.get('returns', created.id)).toEqual(updated);
  });

  it('changes the version on every write', async () => {
    let item = await s.store.create('returns', returnFields({ value: 0 }), OFFICER);
    const versions = new Set([item.version]);
    for (const value of [1, 2, 3, 3]) {
      item = await s.store.update('returns', item.id, item.version, { value }, OFFICER);
      versions.add(item.version);
    }
    expect(versions.size).toBe(5);
  });

  it('lets exactly one of two concurrent updates from the same version succeed', async () => {
    const created = await s.store.create('returns', returnFields({ value: 1 }), OFFICER);
    const outcomes = await Promise.allSettled([
      s.store.update('returns', created.id, created.version, { value: 10 }, OFFICER),
      s.store.update('returns', created.id, created.version, { value: 20 }, CHECKER),
    ]);
    const won = outcomes.filter((o) => o.status === 'fulfilled');
    const lost = outcomes.filter((o) => o.status === 'rejected');
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(1);
    expect((lost[0] as PromiseRejectedResult).reason).toBeInstanceOf(ConflictError);
    const winner = (won[0] as PromiseFulfilledResult<{ fields: { value: number | null } }>).value;
    expect((await s.store.get('returns', created.id))?.fields.value).toBe(winner.fields.value);
  });

  it('applies writeMany in order and returns each result', async () => {
    const existing = await s.store.create('returns', returnFields({ value: 1 }), OFFICER);
    const doomed = await s.store.create('returns', returnFields({ value: 2 }), OFFICER);
    const results = await s.store.writeMany(
      [
        { kind: 'create', list: 'returns', id: 'new-return', fields: returnFields({ value: 3 }) },
        {
          kind: 'update',
          list: 'returns',
          id: existing.id,
          version: existing.version,
          patch: { value: 11 },
        },
        { kind: 'delete', list: 'returns', id: doomed.id, version: doomed.version },
      ],
      CHECKER,
    );
    expect(results.map((r) => [r.list, r.id])).toEqual([
      ['returns', 'new-return'],
      ['returns', existing.id],
      ['returns', doomed.id],
    ]);
    expect(results[2]?.version).toBeNull();
    expect((await s.store.get('returns', 'new-return'))?.version).toBe(results[0]?.version);
    expect((await s.store.get('returns', existing.id))?.fields.value).toBe(11);
    expect(await s.store.get('returns', doomed.id)).toBeNull();
  });

  type ErrorType = abstract new (...args: never[]) => DomainError;
  const failingOps: [string, (id: string) => WriteOp, ErrorType][] = [
    [
      'a stale version',
      (id) => ({ kind: 'update', list: 'returns', id, version: 'stale', patch: { value: 9 } }),
      ConflictError,
    ],
    [
      'a missing item',
      () => ({ kind: 'delete', list: 'returns', id: 'no-such-id', version: '1' }),
      NotFoundError,
    ],
    [
      'an unknown list',
      () => ({ kind: 'create', list: 'nonsense' as ListName, fields: {} }),
      ValidationError,
    ],
    [
      'a NaN value',
      () => ({ kind: 'create', list: 'returns', fields: returnFields({ value: Number.NaN }) }),
      ValidationError,
    ],
  ];
  for (const [what, failing, errorType] of failingOps) {
    it(`writes nothing from writeMany when an op in the middle fails (${what})`, async () => {
      const kept = await s.store.create('returns', returnFields({ value: 1 }), OFFICER);
      const auditBefore = await s.store.audit({});
      const ops: WriteOp[] = [
        { kind: 'create', list: 'returns', id: 'first', fields: returnFields({ value: 2 }) },
        {
          kind: 'update',
          list: 'returns',
          id: kept.id,
          version: kept.version,
          patch: { value: 5 },
        },
        failing(kept.id),
        { kind: 'create', list: 'returns', id: 'last', fields: returnFields({ value: 3 }) },
      ];
      await expect(s.store.writeMany(ops, OFFICER)).rejects.toBeInstanceOf(errorType);
      expect(await s.store.get('returns', 'first')).toBeNull();
      expect(await s.store.get('returns', 'last')).toBeNull();
      expect(await s.store.get('returns', kept.id)).toEqual(kept);
      expect(await s.store.audit({})).toEqual(auditBefore);
    });
  }
}
