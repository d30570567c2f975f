// Spot checks (issue 14 item 5) on a real SQLite store holding the demo council built for a fixed
// day and read at a fixed moment: only the performance team draws; the first draw is recorded and
// given back on every later draw; a redraw needs a reason and is recorded; every check goes to
// someone who is none of the indicator's officers; only the checker records the finding, and
// "figure wrong" reopens the figure to be restated. People and figures are found in the data.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { seedDemoCouncil } from '../../demo/index.js';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  ValidationError,
  WorkflowError,
} from '../../domain/errors/errors.js';
import type { Person } from '../../domain/model/types.js';
import { openSqliteStore } from '../../stores/sqlite/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { drawSpotChecks, listSpotChecks, officersOf, recordSpotCheckFinding } from './index.js';

const TODAY = '2025-11-20';
const NOW = `${TODAY}T10:00:00.000Z`;
const Q1 = '2025/26 Q1';
let deps: AppDeps;

beforeEach(async () => {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'gt-spot-')), 'gt.db');
  const store = openSqliteStore({ file });
  await seedDemoCouncil(store, { today: TODAY });
  deps = { store, clock: { now: () => new Date(NOW) } };
});
afterEach(async () => {
  await deps.store.close();
});

async function people(): Promise<{ admin: Person; officer: Person }> {
  const cat = await loadCatalogue(deps.store);
  const all = [...cat.people.values()];
  return {
    admin: all.find((p) => p.roles.includes('admin'))!,
    officer: all.find((p) => !p.roles.includes('admin') && p.roles.includes('officer'))!,
  };
}

const codes = (r: { view: { checks: { code: string }[] } }) => r.view.checks.map((c) => c.code);

describe('drawSpotChecks', () => {
  it('refuses anyone outside the performance team before reading the input', async () => {
    const { officer } = await people();
    await expect(drawSpotChecks(deps, officer.id, { period: 'nonsense' })).rejects.toThrow(
      ForbiddenError,
    );
    expect(await deps.store.query('spotCheckDraws')).toHaveLength(0);
  });

  it('names the field of a bad quarter, count or reason', async () => {
    const { admin } = await people();
    const field = async (input: Parameters<typeof drawSpotChecks>[2]) => {
      const e = await drawSpotChecks(deps, admin.id, input).catch((x: unknown) => x);
      expect(e).toBeInstanceOf(ValidationError);
      return (e as ValidationError).problems[0]!.field;
    };
    expect(await field({ period: '2025-04' })).toBe('period');
    expect(await field({ period: '2025/26 Q5' })).toBe('period');
    expect(await field({ period: 42 })).toBe('period');
    expect(await field({ period: Q1, count: 0 })).toBe('count');
    expect(await field({ period: Q1, count: 2.5 })).toBe('count');
    expect(await field({ period: Q1, count: '5 please' })).toBe('count');
    expect(await field({ period: Q1, redraw: true })).toBe('reason');
    expect(await field({ period: Q1, redraw: true, reason: '   ' })).toBe('reason');
    expect(await deps.store.query('spotCheckDraws')).toHaveLength(0);
  });

  it('records the first draw, gives it back on every later draw, and redraws only with a reason', async () => {
    const { admin } = await people();
    const first = await drawSpotChecks(deps, admin.id, { period: Q1, count: 5 });
    expect(first.created).toBe(true);
    expect(codes(first)).toHaveLength(5);
    expect(new Set(codes(first)).size).toBe(5);
    expect(first.view.draw).toMatchObject({ seed: `${Q1}#0`, count: 5, redrawReason: null });
    expect(first.view.draw!.codes).toEqual(codes(first));
    expect(first.view.draw!.drawnOn).toBe('20/11/2025');

    // Again, even asking for a different number: the same recorded sample, nothing written.
    const again = await drawSpotChecks(deps, admin.id, { period: 'Q1 2025/26', count: 3 });
    expect(again.created).toBe(false);
    expect(codes(again)).toEqual(codes(first));
    expect(await deps.store.query('spotCheckDraws')).toHaveLength(1);

    const redrawn = await drawSpotChecks(deps, admin.id, {
      period: Q1,
      count: 5,
      redraw: true,
      reason: 'Two drawn indicators are being retired',
    });
    expect(redrawn.created).toBe(true);
    expect(redrawn.view.draw).toMatchObject({
      seed: `${Q1}#1`,
      redrawReason: 'Two drawn indicators are being retired',
    });
    expect(redrawn.view.replaced.map((d) => d.codes)).toEqual([codes(first)]);
    expect(codes(redrawn)).not.toEqual(codes(first));
    const draws = await deps.store.query('spotCheckDraws', { periodKey: Q1 });
    expect(draws.map((d) => d.fields.superseded)).toEqual([true, false]);
    // The audit, newest first: the redraw (the new draw and the one it superseded), then the first.
    const audit = await deps.store.audit({ list: 'spotCheckDraws' });
    expect(audit.map((a) => [a.event, a.actorId]).sort()).toEqual([
      ['spot-check.drawn', admin.id],
      ['spot-check.redrawn', admin.id],
      ['spot-check.redrawn', admin.id],
    ]);
    expect(audit[0]!.note).toBe('Two drawn indicators are being retired');
  });

  it('assigns each check to someone who is none of its officers nor their delegates', async () => {
    const { admin } = await people();
    const drawn = await drawSpotChecks(deps, admin.id, { period: Q1, count: 12 });
    const cat = await loadCatalogue(deps.store);
    expect(drawn.view.checks).toHaveLength(12);
    for (const check of drawn.view.checks) {
      expect(officersOf(cat, check.indicatorId).has(check.checkerId)).toBe(false);
      expect(check.state).toBe('assigned');
      expect(check.figure?.stateLabel).toBe('Authorised');
      expect(check.figure?.periodLabel).toMatch(/2025/);
    }
    // Spread: nobody has all twelve.
    expect(new Set(drawn.view.checks.map((c) => c.checkerId)).size).toBeGreaterThan(1);
  });
});

describe('recordSpotCheckFinding', () => {
  it('only the checker, once, with notes unless confirmed; others see only their own checks', async () => {
    const { admin } = await people();
    const drawn = await drawSpotChecks(deps, admin.id, { period: Q1, count: 8 });
    const cat = await loadCatalogue(deps.store);
    const check = drawn.view.checks[0]!;
    const other = [...cat.people.values()].find((p) => p.id !== check.checkerId)!;
    await expect(
      recordSpotCheckFinding(deps, other.id, check.id, { version: check.version, finding: 'x' }),
    ).rejects.toThrow(ForbiddenError);
    await expect(
      recordSpotCheckFinding(deps, check.checkerId, 'no-such', {
        version: 'v',
        finding: 'confirmed',
      }),
    ).rejects.toThrow(NotFoundError);
    const bad = await recordSpotCheckFinding(deps, check.checkerId, check.id, {
      version: check.version,
      finding: 'minor-issue',
    }).catch((e: unknown) => e);
    expect((bad as ValidationError).problems[0]!.field).toBe('notes');
    await expect(
      recordSpotCheckFinding(deps, check.checkerId, check.id, {
        version: 'stale',
        finding: 'confirmed',
      }),
    ).rejects.toThrow(ConflictError);

    const done = await recordSpotCheckFinding(deps, check.checkerId, check.id, {
      version: check.version,
      finding: 'minor-issue',
      notes: 'Evidence file named for the wrong month',
      correctiveAction: 'Rename the file; remind the team',
    });
    expect(done.restatement).toEqual({ kind: 'not-needed' });
    expect(done.check).toMatchObject({
      state: 'done',
      finding: 'minor-issue',
      doneOn: '20/11/2025',
      mayRecord: false,
    });
    await expect(
      recordSpotCheckFinding(deps, check.checkerId, check.id, {
        version: done.check.version,
        finding: 'confirmed',
      }),
    ).rejects.toThrow(WorkflowError);
    // Nor can a sample with a finding be drawn again (which would take the finding out of it).
    await expect(
      drawSpotChecks(deps, admin.id, { period: Q1, redraw: true, reason: 'Try another' }),
    ).rejects.toThrow(/already have a finding/);
    const audit = await deps.store.audit({ list: 'spotChecks', itemId: check.id });
    expect(audit.map((a) => a.event)).toContain('spot-check.recorded');
    expect(audit.find((a) => a.event === 'spot-check.recorded')).toMatchObject({
      event: 'spot-check.recorded',
      actorId: check.checkerId,
    });

    // A checker outside the Leadership Team and performance team sees only their own checks.
    const mine = drawn.view.checks.find(
      (c) => !cat.people.get(c.checkerId)!.roles.includes('admin'),
    );
    const officer = [...cat.people.values()].find(
      (p) => p.roles.length === 1 && p.roles[0] === 'officer',
    )!;
    const seen = await listSpotChecks(deps, mine?.checkerId ?? officer.id, Q1);
    expect(seen.mayDraw).toBe(false);
    expect(seen.draw).toBeNull();
    for (const c of seen.checks) expect(c.checkerId).toBe(mine?.checkerId ?? officer.id);
  });

  it('"figure wrong" by the performance team reopens the figure to be restated', async () => {
    const { admin } = await people();
    const drawn = await drawSpotChecks(deps, admin.id, { period: Q1, count: 12 });
    const cat = await loadCatalogue(deps.store);
    const check = drawn.view.checks.find(
      (c) => cat.people.get(c.checkerId)!.roles.includes('admin') && c.figure,
    );
    expect(check, 'the performance team is given some checks').toBeDefined();
    const result = await recordSpotCheckFinding(deps, check!.checkerId, check!.id, {
      version: check!.version,
      finding: 'figure-wrong',
      notes: 'The evidence shows 412, not 421',
    });
    expect(result.restatement).toEqual({ kind: 'started', returnId: check!.figure!.returnId });
    const ret = await deps.store.get('returns', check!.figure!.returnId);
    expect(ret!.fields.state).toBe('due');
    expect(ret!.fields.restatements).toHaveLength(1);
    expect(ret!.fields.restatements![0]!.reason).toContain('The evidence shows 412, not 421');
    expect(result.check.figure!.stateLabel).toBe('Reopened to be restated');
  });
});
