// Key-action updates on a real SQLite store holding the demo council, built for a fixed day: they
// are opened once per action and period, given by the owner (or delegate) only, refused with every
// problem named, version-checked, audited, and — when the council asks for checks — counted only
// once the service head (or, for their own actions, the director) has checked them. People and
// actions are found in the data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../demo/index.js';
import { ConflictError, ForbiddenError, ValidationError } from '../../domain/errors/errors.js';
import type { KeyAction, ServicePlan } from '../../domain/model/types.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import {
  checkKeyActionUpdate,
  checkerIdFor,
  myKeyActionUpdates,
  openDueKeyActionUpdates,
  sendBackKeyActionUpdate,
  submitKeyActionUpdate,
  type KeyActionUpdateView,
} from './index.js';

const TODAY = '2025-11-20';
let deps: AppDeps;

beforeEach(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gt-ka-')), 'gt.db');
  const store = openSqliteStore({ file });
  await seedDemoCouncil(store, { today: TODAY });
  deps = { store, clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } };
});
afterEach(async () => {
  await deps.store.close();
});

/** An owner with an update due, found in the data, and the update they see. */
async function dueUpdate(): Promise<{ ownerId: string; view: KeyActionUpdateView }> {
  const cat = await loadCatalogue(deps.store);
  for (const action of cat.keyActions) {
    const { toUpdate } = await myKeyActionUpdates(deps, action.ownerId);
    const view = toUpdate.find((v) => v.action.owner?.id === action.ownerId);
    if (view) return { ownerId: action.ownerId, view };
  }
  throw new Error(`no key-action owner has an update due on ${TODAY}`);
}

async function stranger(...not: string[]): Promise<string> {
  const cat = await loadCatalogue(deps.store);
  const skip = new Set(not.flatMap((id) => [id, cat.people.get(id)?.delegateId ?? '']));
  const p = [...cat.people.values()].find((x) => !skip.has(x.id) && !x.roles.includes('admin'));
  return p!.id;
}

const onTrack = { status: 'on-track' as const, percentComplete: 70, commentary: 'Tender awarded' };

describe('opening updates', () => {
  it('opens one update per action per ended period, and nothing the second time', async () => {
    const first = await openDueKeyActionUpdates(deps);
    expect(first).toBeGreaterThanOrEqual(0);
    expect(await openDueKeyActionUpdates(deps)).toBe(0);
    const all = await deps.store.query('keyActionUpdates');
    const keys = all.map((u) => `${u.fields.keyActionId}|${u.fields.periodKey}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('opens the quarter that has just ended once the clock passes its end', async () => {
    const cat = await loadCatalogue(deps.store);
    const plan = cat.servicePlans.find((p) => p.year === '2025/26')!;
    const action = cat.keyActions.find(
      (a) => a.servicePlanId === plan.id && a.status !== 'complete' && a.dueDate >= '2026-01-01',
    )!;
    const later = { ...deps, clock: { now: () => new Date('2026-01-02T09:00:00Z') } };
    expect(await openDueKeyActionUpdates(later)).toBeGreaterThan(0);
    const q3 = await deps.store.query('keyActionUpdates', {
      keyActionId: action.id,
      periodKey: '2025/26 Q3',
    });
    expect(q3.map((u) => u.fields.state)).toEqual(['due']);
  });
});

describe('giving an update', () => {
  it('lists the owner’s due updates with the action’s last update', async () => {
    const { view } = await dueUpdate();
    expect(view.state).toBe('due');
    expect(view.allowed).toEqual(['submit']);
    expect(typeof view.action.lastUpdate).toBe('string');
    expect(view.dueDate > view.periodKey.slice(0, 4)).toBe(true);
  });

  it('refuses anyone but the owner or their delegate, before reading the input', async () => {
    const { ownerId, view } = await dueUpdate();
    const other = await stranger(ownerId);
    await expect(
      submitKeyActionUpdate(deps, {
        updateId: view.id,
        version: view.version,
        entry: { status: 'sideways' as never },
        actorId: other,
        channel: 'tab',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
  });

  it('names every problem and writes nothing', async () => {
    const { ownerId, view } = await dueUpdate();
    const err = await submitKeyActionUpdate(deps, {
      updateId: view.id,
      version: view.version,
      entry: {
        status: 'some-risk',
        percentComplete: 140,
        commentary: '',
        evidenceUrl: 'javascript:alert(1)',
        revisedDueDate: '2026-06-30',
      },
      actorId: ownerId,
      channel: 'tab',
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).problems.map((p) => p.field)).toEqual([
      'percentComplete',
      'commentary',
      'evidenceUrl',
      'revisedDueReason',
    ]);
    expect((await deps.store.get('keyActionUpdates', view.id))!.version).toBe(view.version);
  });

  it('is final when checks are off: the action takes the update, audited, and a stale copy is refused', async () => {
    const { ownerId, view } = await dueUpdate();
    const saved = await submitKeyActionUpdate(deps, {
      updateId: view.id,
      version: view.version,
      entry: {
        ...onTrack,
        status: 'some-risk',
        revisedDueDate: '2026-09-30',
        revisedDueReason: 'Supplier late',
      },
      actorId: ownerId,
      channel: 'card',
    });
    expect(saved.state).toBe('submitted');
    expect(saved.action).toMatchObject({
      status: 'some-risk',
      percentComplete: 70,
      lastUpdate: 'Tender awarded',
      revisedDueDate: '2026-09-30',
      revisedDueReason: 'Supplier late',
      rating: { state: 'review', label: 'Review' },
    });
    const audit = await deps.store.audit({ list: 'keyActionUpdates', itemId: view.id });
    expect(audit.map((a) => a.event)).toContain('keyActionUpdate.submitted');
    const actionAudit = await deps.store.audit({ list: 'keyActions', itemId: view.action.id });
    expect(actionAudit.find((e) => e.event === 'keyActionUpdate.submitted')).toMatchObject({
      actorId: ownerId,
      channel: 'card',
      event: 'keyActionUpdate.submitted',
    });
    await expect(
      submitKeyActionUpdate(deps, {
        updateId: view.id,
        version: view.version,
        entry: onTrack,
        actorId: ownerId,
        channel: 'tab',
      }),
    ).rejects.toBeInstanceOf(ConflictError);
    expect((await myKeyActionUpdates(deps, ownerId)).toUpdate.map((v) => v.id)).not.toContain(
      view.id,
    );
  });
});

describe('when the council checks updates', () => {
  beforeEach(async () => {
    await deps.store.create(
      'settings',
      { key: 'keyActionUpdatesNeedCheck', value: true },
      { actorId: 'test', channel: 'system' },
    );
  });

  it('counts an update only once the service head checks it; a send-back needs a reason', async () => {
    const { ownerId, view } = await dueUpdate();
    const before = (await deps.store.get('keyActions', view.action.id))!.fields;
    const saved = await submitKeyActionUpdate(deps, {
      updateId: view.id,
      version: view.version,
      entry: onTrack,
      actorId: ownerId,
      channel: 'tab',
    });
    expect(saved.state).toBe('submitted');
    expect((await deps.store.get('keyActions', view.action.id))!.fields.percentComplete).toBe(
      before.percentComplete,
    );
    const head = saved.checker!.id;
    expect(head).not.toBe(ownerId);
    expect((await myKeyActionUpdates(deps, head)).toCheck.map((v) => v.id)).toContain(view.id);
    // The performance team may check any update as cover, but only a routed one is in their list.
    const cat = await loadCatalogue(deps.store);
    const admin = [...cat.people.values()].find((p) => p.roles.includes('admin') && p.id !== head);
    if (admin)
      expect((await myKeyActionUpdates(deps, admin.id)).toCheck.map((v) => v.id)).not.toContain(
        view.id,
      );
    await expect(
      checkKeyActionUpdate(deps, {
        updateId: view.id,
        version: saved.version,
        actorId: ownerId,
        channel: 'tab',
      }),
    ).rejects.toBeInstanceOf(ForbiddenError);
    const blank = await sendBackKeyActionUpdate(deps, {
      updateId: view.id,
      version: saved.version,
      reason: '  ',
      actorId: head,
      channel: 'tab',
    }).catch((e: unknown) => e);
    expect((blank as ValidationError).problems[0]!.field).toBe('reason');

    const back = await sendBackKeyActionUpdate(deps, {
      updateId: view.id,
      version: saved.version,
      reason: 'Say which tender',
      actorId: head,
      channel: 'tab',
    });
    expect(back).toMatchObject({ state: 'due', sentBackReason: 'Say which tender' });
    const again = await submitKeyActionUpdate(deps, {
      updateId: view.id,
      version: back.version,
      entry: { ...onTrack, commentary: 'Tender TR-12 awarded' },
      actorId: ownerId,
      channel: 'tab',
    });
    const checked = await checkKeyActionUpdate(deps, {
      updateId: view.id,
      version: again.version,
      actorId: head,
      channel: 'card',
    });
    expect(checked).toMatchObject({ state: 'checked', checkedBy: { id: head } });
    expect(checked.action).toMatchObject({
      status: 'on-track',
      percentComplete: 70,
      lastUpdate: 'Tender TR-12 awarded',
    });
    const events = (await deps.store.audit({ list: 'keyActionUpdates', itemId: view.id })).map(
      (a) => a.event,
    );
    expect(events).toEqual(
      expect.arrayContaining(['keyActionUpdate.sent-back', 'keyActionUpdate.checked']),
    );
  });

  it('routes the check of the service head’s own action to the director, so nobody is stuck', async () => {
    const { view } = await dueUpdate();
    const cat = await loadCatalogue(deps.store);
    const action = cat.keyActions.find((a) => a.id === view.action.id)!;
    const plan = cat.servicePlans.find((p) => p.id === action.servicePlanId)!;
    // Make the service head the owner, through the store, as plan set-up would.
    const stored = (await deps.store.get('keyActions', action.id))!;
    await deps.store.update(
      'keyActions',
      action.id,
      stored.version,
      { ownerId: plan.ownerId },
      { actorId: 'test', channel: 'system' },
    );
    const own: KeyAction = { ...action, ownerId: plan.ownerId };
    const service = cat.services.get(plan.serviceId)!;
    const director = cat.directorates.get(service.directorateId)!.directorId;
    const to = checkerIdFor(cat, own, plan as ServicePlan);
    expect(to).toBe(director && director !== plan.ownerId ? director : null);
    const saved = await submitKeyActionUpdate(deps, {
      updateId: view.id,
      version: view.version,
      entry: onTrack,
      actorId: plan.ownerId,
      channel: 'tab',
    });
    const admin = [...cat.people.values()].find((p) => p.roles.includes('admin'))!.id;
    const checked = await checkKeyActionUpdate(deps, {
      updateId: view.id,
      version: saved.version,
      actorId: to ?? admin,
      channel: 'tab',
    });
    expect(checked.state).toBe('checked');
  });
});
