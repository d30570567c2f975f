// Contract: every write leaves an audit entry (who, when, channel, event, before, after, note).
import { expect, it } from 'vitest';
import { CHECKER, IMPORTER, OFFICER, returnFields, type StoreHolder } from './contract-fixtures.js';

export function auditContract(s: StoreHolder): void {
  it('records create, update and delete newest first, with before, after and channel', async () => {
    const created = await s.store.create('returns', returnFields({ value: 1 }), OFFICER);
    const updated = await s.store.update(
      'returns',
      created.id,
      created.version,
      { value: 2 },
      CHECKER,
    );
    await s.store.delete('returns', created.id, updated.version, IMPORTER);
    const entries = await s.store.audit({ itemId: created.id });
    expect(entries.map((e) => e.action)).toEqual(['delete', 'update', 'create']);
    const [deleted, changed, made] = entries;
    expect(made).toMatchObject({
      actorId: 'officer-1',
      channel: 'tab',
      list: 'returns',
      itemId: created.id,
      event: 'return.entered',
      note: 'entered from the tab',
      before: null,
      after: returnFields({ value: 1 }),
    });
    expect(changed).toMatchObject({
      actorId: 'checker-1',
      channel: 'bot',
      event: 'return.checked',
      note: null,
    });
    expect(changed?.before).toMatchObject({ value: 1 });
    expect(changed?.after).toMatchObject({ value: 2 });
    expect(deleted).toMatchObject({ channel: 'import', event: null, after: null });
    expect(deleted?.before).toMatchObject({ value: 2 });
    for (const e of entries) expect(Number.isNaN(Date.parse(e.at))).toBe(false);
    expect(new Set(entries.map((e) => e.id)).size).toBe(3);
  });

  it('records each op of a writeMany', async () => {
    await s.store.writeMany(
      [
        { kind: 'create', list: 'indicators', id: 'ind-a', fields: { code: 'A1' } },
        { kind: 'create', list: 'returns', id: 'ret-a', fields: returnFields() },
      ],
      IMPORTER,
    );
    const entries = await s.store.audit({ actorId: 'system' });
    expect(entries.map((e) => [e.list, e.itemId])).toEqual([
      ['returns', 'ret-a'],
      ['indicators', 'ind-a'],
    ]);
  });

  it('filters the trail by list, item, actor, time and count', async () => {
    const one = await s.store.create('returns', returnFields({ value: 1 }), OFFICER);
    await s.store.create('returns', returnFields({ value: 2 }), CHECKER);
    await s.store.create('settings', { key: 'councilName', value: 'Example' }, OFFICER);
    await s.store.update('returns', one.id, one.version, { value: 3 }, CHECKER);
    expect((await s.store.audit({ list: 'settings' })).map((e) => e.list)).toEqual(['settings']);
    expect((await s.store.audit({ itemId: one.id })).map((e) => e.action)).toEqual([
      'update',
      'create',
    ]);
    const byChecker = await s.store.audit({ actorId: 'checker-1' });
    expect(byChecker.map((e) => e.action)).toEqual(['update', 'create']);
    const newest = await s.store.audit({ top: 2 });
    expect(newest.map((e) => [e.list, e.action])).toEqual([
      ['returns', 'update'],
      ['settings', 'create'],
    ]);
    const all = await s.store.audit({});
    const since = all[1]!.at;
    const recent = await s.store.audit({ since });
    expect(recent.every((e) => e.at >= since)).toBe(true);
    expect(recent.map((e) => e.id)).toEqual(all.filter((e) => e.at >= since).map((e) => e.id));
    expect(await s.store.audit({ since: '2999-01-01T00:00:00.000Z' })).toEqual([]);
  });
}
