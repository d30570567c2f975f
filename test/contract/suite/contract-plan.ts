// Contract: the plan's lists (plans … key actions and their progress updates) hold every field
// as written — JSON milestones and objective links, nullable dates, booleans both ways — through
// create, update and query, and refuse a stale version like every other list.
import { expect, it } from 'vitest';
import { ConflictError } from '../../../src/domain/errors/errors.js';
import type { ListName } from '../../../src/domain/ports/store.js';
import { CHECKER, OFFICER, type StoreHolder } from './contract-fixtures.js';
import { PLAN_ITEMS, PLAN_LISTS, PLAN_PATCHES } from './contract-plan-fixtures.js';

export function planContract(s: StoreHolder): void {
  for (const list of PLAN_LISTS) {
    const fields = PLAN_ITEMS[list] as Record<string, unknown>;
    const patch = PLAN_PATCHES[list] as Record<string, unknown>;
    const name = list as ListName;

    it(`${list}: round-trips every field through create, get and query`, async () => {
      const created = await s.store.create(name, fields as never, OFFICER);
      expect(created.fields).toEqual(fields);
      expect((await s.store.get(name, created.id))?.fields).toEqual(fields);
      const listed = await s.store.query(name);
      expect(listed.map((i) => i.fields)).toEqual([fields]);
    });

    it(`${list}: an update changes just the patched fields, and a stale version is refused`, async () => {
      const created = await s.store.create(name, fields as never, OFFICER);
      const updated = await s.store.update(name, created.id, created.version, patch, CHECKER);
      expect(updated.fields).toEqual({ ...fields, ...patch });
      expect((await s.store.get(name, created.id))?.fields).toEqual({ ...fields, ...patch });
      const stale = s.store.update(name, created.id, created.version, fields, OFFICER);
      await expect(stale).rejects.toBeInstanceOf(ConflictError);
      await expect(stale).rejects.toMatchObject({ currentVersion: updated.version });
      expect(await s.store.get(name, created.id)).toEqual(updated);
    });
  }

  it('keyActions and keyActionUpdates: filter on the indexed lookup columns', async () => {
    const action = PLAN_ITEMS.keyActions;
    await s.store.create('keyActions', action, OFFICER);
    await s.store.create(
      'keyActions',
      { ...action, code: 'ENV-KA2', ownerId: 'person-9' },
      OFFICER,
    );
    const mine = await s.store.query('keyActions', { ownerId: 'person-2' });
    expect(mine.map((a) => a.fields.code)).toEqual(['ENV-KA1']);
    const update = PLAN_ITEMS.keyActionUpdates;
    await s.store.create('keyActionUpdates', update, OFFICER);
    await s.store.create(
      'keyActionUpdates',
      { ...update, periodKey: '2017/18 Q3', state: 'due' },
      OFFICER,
    );
    const due = await s.store.query('keyActionUpdates', {
      keyActionId: 'key-action-1',
      state: 'due',
    });
    expect(due.map((u) => u.fields.periodKey)).toEqual(['2017/18 Q3']);
  });

  it('writeMany creates a plan, its priority and a key action together, or none of them', async () => {
    const ops = [
      { kind: 'create' as const, list: 'plans' as const, id: 'plan-x', fields: PLAN_ITEMS.plans },
      {
        kind: 'create' as const,
        list: 'priorities' as const,
        id: 'priority-x',
        fields: { ...PLAN_ITEMS.priorities, planId: 'plan-x' },
      },
      {
        kind: 'update' as const,
        list: 'keyActions' as const,
        id: 'missing',
        version: '1',
        patch: {},
      },
    ];
    await expect(s.store.writeMany(ops, OFFICER)).rejects.toThrow();
    expect(await s.store.query('plans')).toEqual([]);
    expect(await s.store.query('priorities')).toEqual([]);
    await s.store.writeMany(ops.slice(0, 2), OFFICER);
    expect((await s.store.get('priorities', 'priority-x'))?.fields.planId).toBe('plan-x');
  });
}
