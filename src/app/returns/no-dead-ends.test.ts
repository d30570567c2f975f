// No dead ends (issue 14 item 3), on a real SQLite store holding the demo council built for a fixed
// day. The stuck case: the Authorising Officer's delegate collects the indicator and entered the
// figure, and the Authorising Officer checked it standing in for the Responsible Officer — so
// neither may authorise it. It goes to the indicator's escalation owner, who sees it in My work with
// the reason, and the delegate is told in words where it has gone. People are found in the data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../demo/index.js';
import { WorkflowError } from '../../domain/errors/errors.js';
import type { Indicator, Person } from '../../domain/model/types.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { updatePerson } from '../admin/people-admin.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { actOnReturn } from './act-on-return.js';
import { myReturns } from './my-returns.js';

const TODAY = '2025-11-20';
let deps: AppDeps;

beforeEach(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gt-dead-ends-')), 'gt.db');
  const store = openSqliteStore({ file });
  await seedDemoCouncil(store, { today: TODAY });
  deps = { store, clock: { now: () => new Date(`${TODAY}T10:00:00Z`) } };
});
afterEach(async () => {
  await deps.store.close();
});

interface Case {
  indicator: Indicator;
  returnId: string;
  version: string;
  admin: Person;
}

/** A due return whose four officers are four different people, none of them admin. */
async function dueCase(): Promise<Case> {
  const cat = await loadCatalogue(deps.store);
  const admin = [...cat.people.values()].find((p) => p.roles.includes('admin'))!;
  const isAdmin = (id: string) => cat.people.get(id)?.roles.includes('admin') ?? false;
  for (const indicator of cat.indicators.values()) {
    const ids = [
      indicator.collectorId,
      indicator.responsibleId,
      indicator.authoriserId,
      indicator.escalationOwnerId,
    ];
    if (indicator.retired || new Set(ids).size !== 4 || ids.some(isAdmin)) continue;
    const [due] = await deps.store.query('returns', { indicatorId: indicator.id, state: 'due' });
    if (due) return { indicator, returnId: due.id, version: due.version, admin };
  }
  throw new Error(`no due return with four distinct non-admin officers on ${TODAY}`);
}

/** Sets a person's delegate through Set-up, as the performance team would; returns its warnings. */
async function setDelegate(admin: Person, personId: string, delegateId: string | null) {
  const person = (await deps.store.get('people', personId))!;
  const saved = await updatePerson(deps, admin, personId, person.version, { delegateId });
  return saved.warnings;
}

const entry = {
  type: 'enter' as const,
  value: 1,
  commentary: 'As counted',
  plausibilityConfirmed: true,
};

/** The stuck arrangement, taken up to `checked`; returns the return's version then. */
async function stuckAtChecked(c: Case): Promise<string> {
  const { collectorId: d, responsibleId: r, authoriserId: a } = c.indicator;
  await setDelegate(c.admin, a, d);
  await setDelegate(c.admin, r, a);
  const entered = await actOnReturn(deps, {
    returnId: c.returnId,
    version: c.version,
    event: entry,
    actorId: d,
    channel: 'tab',
  });
  const checked = await actOnReturn(deps, {
    returnId: c.returnId,
    version: entered.view.version,
    event: { type: 'check', actionPlanId: null },
    actorId: a,
    channel: 'tab',
  });
  expect(checked.view.state).toBe('checked');
  return checked.view.version;
}

describe('a return nobody assigned may authorise', () => {
  it('goes to the escalation owner, who may authorise it; the delegate is told why in words', async () => {
    const c = await dueCase();
    const cat = await loadCatalogue(deps.store);
    const owner = cat.people.get(c.indicator.escalationOwnerId)!;
    const version = await stuckAtChecked(c);

    const refused = actOnReturn(deps, {
      returnId: c.returnId,
      version,
      event: { type: 'authorise' },
      actorId: c.indicator.collectorId,
      channel: 'card',
    });
    await expect(refused).rejects.toThrow(WorkflowError);
    await expect(refused).rejects.toThrow(
      `You entered this figure, so someone else must authorise it — it has gone to ${owner.name}.`,
    );
    const checker = actOnReturn(deps, {
      returnId: c.returnId,
      version,
      event: { type: 'authorise' },
      actorId: c.indicator.authoriserId,
      channel: 'card',
    });
    await expect(checker).rejects.toThrow(
      /^You checked this figure, so someone else must authorise it/,
    );

    // The escalation owner has it in My work, with the reason, and may authorise it.
    const mine = await myReturns(deps, owner.id);
    const line = mine.toAuthorise.find((v) => v.id === c.returnId);
    expect(line?.allowed).toContain('authorise');
    expect(line?.waitingFor).toMatchObject({ fallback: true, people: [{ id: owner.id }] });
    expect(line?.waitingFor.reason).toMatch(/escalation owner/);
    // …and the barred delegate no longer has it to authorise.
    const theirs = await myReturns(deps, c.indicator.collectorId);
    expect(theirs.toAuthorise.map((v) => v.id)).not.toContain(c.returnId);

    const done = await actOnReturn(deps, {
      returnId: c.returnId,
      version,
      event: { type: 'authorise' },
      actorId: owner.id,
      channel: 'tab',
    });
    expect(done.view).toMatchObject({ state: 'authorised', authorisedBy: { id: owner.id } });
  });

  it('goes to the performance team when the escalation owner is barred too', async () => {
    const c = await dueCase();
    // The Authorising Officer (no delegate) enters it standing in for the Collection Officer, and
    // the escalation owner checks it standing in for the Responsible Officer.
    const {
      collectorId: col,
      responsibleId: r,
      authoriserId: a,
      escalationOwnerId: e,
    } = c.indicator;
    await setDelegate(c.admin, col, a);
    await setDelegate(c.admin, r, e);
    await setDelegate(c.admin, a, null);
    const entered = await actOnReturn(deps, {
      returnId: c.returnId,
      version: c.version,
      event: entry,
      actorId: a,
      channel: 'tab',
    });
    const checked = await actOnReturn(deps, {
      returnId: c.returnId,
      version: entered.view.version,
      event: { type: 'check', actionPlanId: null },
      actorId: e,
      channel: 'tab',
    });
    const cat = await loadCatalogue(deps.store);
    const team = [...cat.people.values()].filter((p) => p.roles.includes('admin'));
    expect(checked.view.waitingFor).toMatchObject({ fallback: true });
    expect(checked.view.waitingFor.people.map((p) => p.id).sort()).toEqual(
      team.map((p) => p.id).sort(),
    );
    expect(checked.view.waitingFor.reason).toMatch(/performance team/);

    // Someone with no part in it is refused as before, in words.
    const stranger = [...cat.people.values()].find(
      (p) => ![col, r, a, e].includes(p.id) && !p.roles.includes('admin') && p.roles.length > 0,
    )!;
    await expect(
      actOnReturn(deps, {
        returnId: c.returnId,
        version: checked.view.version,
        event: { type: 'authorise' },
        actorId: stranger.id,
        channel: 'tab',
      }),
    ).rejects.toThrow('Only the Authorising Officer (or their delegate) may authorise it.');

    const done = await actOnReturn(deps, {
      returnId: c.returnId,
      version: checked.view.version,
      event: { type: 'authorise' },
      actorId: c.admin.id,
      channel: 'tab',
    });
    expect(done.view).toMatchObject({ state: 'authorised', authorisedBy: { id: c.admin.id } });
  });
});

describe('setting a delegate', () => {
  it('warns when the delegate collects an indicator the person authorises, naming who it goes to', async () => {
    const c = await dueCase();
    const cat = await loadCatalogue(deps.store);
    const d = cat.people.get(c.indicator.collectorId)!;
    const owner = cat.people.get(c.indicator.escalationOwnerId)!;
    const warnings = await setDelegate(c.admin, c.indicator.authoriserId, d.id);
    expect(warnings).toContain(
      `${d.name} collects ${c.indicator.code}, so cannot authorise it; it will go to ${owner.name} instead.`,
    );
    // A delegate who collects nothing the person looks after raises no warning.
    const free = [...cat.people.values()].find(
      (p) =>
        p.id !== c.indicator.authoriserId &&
        p.roles.length > 0 &&
        ![...cat.indicators.values()].some((i) => !i.retired && i.collectorId === p.id),
    )!;
    expect(await setDelegate(c.admin, c.indicator.authoriserId, free.id)).toEqual([]);
  });
});
