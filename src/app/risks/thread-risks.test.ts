// The risks in the golden thread and on the dashboard, on the demo council built for a fixed day
// (time is an input): each priority, objective and key action of the plan tree carries the roll-up
// of the register's risks that threaten it (closed ones left out, each counted once); the register
// filters to a part of the thread by its code, naming a bad one; the dashboard lists the risks
// above tolerance worst first. Which risks and nodes to look at is found in the data.
import { beforeEach, describe, expect, it } from 'vitest';
import { demoAt } from '../../../test/support/demo-at.js';
import { DEMO_PEOPLE_IDS } from '../../demo/index.js';
import type { ThreadNode } from '../../domain/golden-thread/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import { buildDashboard } from '../dashboard/index.js';
import type { AppDeps } from '../deps.js';
import { planTree } from '../plan/index.js';
import { listRisks, type RiskSummaryView } from './index.js';

let deps: AppDeps;
const admin = DEMO_PEOPLE_IDS.admin;
beforeEach(async () => {
  deps = await demoAt();
});

const nodes = (n: ThreadNode): ThreadNode[] => [n, ...n.children.flatMap(nodes)];

/** The roll-up as the register's rows say it, worked out here the long way. */
function expected(on: RiskSummaryView[], tolerance: number) {
  const open = on.filter((r) => r.status !== 'closed');
  const top = open.reduce<RiskSummaryView | null>(
    (best, r) => (!best || r.residual.score > best.residual.score ? r : best),
    null,
  );
  return {
    count: open.length,
    aboveTolerance: open.filter((r) => r.residual.score > tolerance).length,
    highest: top && { score: top.residual.score, band: top.residual.band },
  };
}

describe('the plan tree’s risks', () => {
  it('give each objective, priority and key action the open risks on it, each counted once', async () => {
    const [{ tree }, register] = await Promise.all([planTree(deps), listRisks(deps, admin)]);
    const all = nodes(tree!);
    const objectives = all.filter((n) => n.kind === 'objective');
    expect(objectives.length).toBeGreaterThan(3);
    for (const o of objectives) {
      const on = register.risks.filter((r) => r.objectiveCodes.includes(o.code));
      expect(o.risks, o.code).toMatchObject(expected(on, register.tolerance));
    }
    for (const p of all.filter((n) => n.kind === 'priority')) {
      const codes = new Set(p.children.map((c) => c.code));
      const on = register.risks.filter((r) => r.objectiveCodes.some((c) => codes.has(c)));
      expect(p.risks, p.code).toMatchObject(expected(on, register.tolerance));
    }
    // The demo has a risk naming two objectives of one priority, so the priority's count above
    // (of distinct risks) would be wrong were it counted under each.
    const priorityOf = (code: string) =>
      all.find((p) => p.kind === 'priority' && p.children.some((c) => c.code === code))?.id;
    const twice = register.risks.find((r) => {
      const parents = r.objectiveCodes.map(priorityOf);
      return r.status !== 'closed' && new Set(parents).size < parents.length;
    });
    expect(twice).toBeDefined();
    // The demo's closed risk is counted nowhere, however high it scored.
    const closed = register.risks.find((r) => r.status === 'closed')!;
    const itsObjective = objectives.find((o) => o.code === closed.objectiveCodes[0])!;
    const without = register.risks.filter(
      (r) => r.status !== 'closed' && r.objectiveCodes.includes(itsObjective.code),
    );
    expect(itsObjective.risks!.count).toBe(without.length);

    const actions = all.filter((n) => n.kind === 'key-action');
    const threatened = actions.filter((a) =>
      register.risks.some(
        (r) => r.status !== 'closed' && [...r.keyActionCodes, ...r.projectCodes].includes(a.code),
      ),
    );
    expect(threatened.length).toBeGreaterThan(0);
    for (const a of actions) {
      const on = register.risks.filter((r) =>
        [...r.keyActionCodes, ...r.projectCodes].includes(a.code),
      );
      expect(a.risks, a.code).toMatchObject(expected(on, register.tolerance));
    }
    expect(all.filter((n) => n.kind === 'indicator').every((n) => n.risks === undefined)).toBe(
      true,
    );
  });

  it('say the roll-up in words', async () => {
    const { tree } = await planTree(deps);
    const worst = nodes(tree!)
      .filter((n) => n.kind === 'objective' && n.risks!.aboveTolerance > 0)
      .sort((a, b) => b.risks!.highest!.score - a.risks!.highest!.score)[0]!;
    const r = worst.risks!;
    expect(r.words).toBe(
      `${r.count} open risk${r.count === 1 ? '' : 's'}, highest ${r.highest!.score} (${r.highest!.band}), ${r.aboveTolerance} above tolerance`,
    );
  });
});

describe('the register filtered to a part of the thread', () => {
  it('keeps the risks on an objective, a priority, a key action or an indicator’s objectives', async () => {
    const { tree } = await planTree(deps);
    const all = nodes(tree!);
    const register = (await listRisks(deps, admin)).risks;
    const objective = all.find((n) => n.kind === 'objective' && n.risks!.count > 1)!;
    const onObjective = await listRisks(deps, admin, { objective: objective.code.toLowerCase() });
    expect(onObjective.risks.map((r) => r.code)).toEqual(
      register.filter((r) => r.objectiveCodes.includes(objective.code)).map((r) => r.code),
    );

    const priority = all.find((n) => n.kind === 'priority' && n.risks!.count > 0)!;
    const codes = new Set(priority.children.map((c) => c.code));
    const onPriority = (await listRisks(deps, admin, { priority: priority.code })).risks;
    expect(onPriority.map((r) => r.code)).toEqual(
      register.filter((r) => r.objectiveCodes.some((c) => codes.has(c))).map((r) => r.code),
    );
    expect(onPriority.filter((r) => r.status !== 'closed')).toHaveLength(priority.risks!.count);

    const action = all.find((n) => n.kind === 'key-action' && n.risks!.count > 0)!;
    const onAction = (await listRisks(deps, admin, { keyAction: action.code })).risks;
    expect(onAction.length).toBeGreaterThan(0);
    for (const r of onAction)
      expect([...r.keyActionCodes, ...r.projectCodes]).toContain(action.code);

    const indicator = all
      .filter((n) => n.kind === 'objective' && n.risks!.count > 0)
      .flatMap((o) => o.children)
      .find((n) => n.kind === 'indicator')!;
    const itsObjectives = new Set(
      all
        .filter((n) => n.kind === 'objective' && n.children.some((c) => c.id === indicator.id))
        .map((o) => o.code),
    );
    const onIndicator = (await listRisks(deps, admin, { indicator: indicator.code })).risks;
    expect(onIndicator.map((r) => r.code)).toEqual(
      register.filter((r) => r.objectiveCodes.some((c) => itsObjectives.has(c))).map((r) => r.code),
    );
  });

  it('names each code it does not know', async () => {
    const err = await listRisks(deps, admin, {
      objective: 'P9.9',
      priority: 'NOPE',
      keyAction: 'XX-KA0',
      indicator: 42,
    }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).message).toBe(
      'objective: must be the code of an objective; priority: must be the code of a priority; keyAction: must be the code of a key action or project; indicator: must be the code of an indicator',
    );
  });
});

describe('the dashboard’s risks above tolerance', () => {
  it('lists every risk above tolerance and no other, worst first, as at today', async () => {
    const [d, register] = await Promise.all([buildDashboard(deps), listRisks(deps, admin)]);
    const escalated = d.risksAboveTolerance;
    expect(escalated.asAt).toBe(register.today);
    expect(escalated.tolerance).toBe(register.tolerance);
    const above = register.risks.filter((r) => r.aboveTolerance);
    expect(above.length).toBeGreaterThan(1);
    expect(escalated.risks.map((r) => r.code)).toEqual(above.map((r) => r.code));
    const scores = escalated.risks.map((r) => r.residual.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    for (const r of escalated.risks) {
      expect(r.status).not.toBe('closed');
      expect(r.residual.score).toBeGreaterThan(escalated.tolerance);
      expect(r.trend.words).not.toBe('');
      expect(r.owner.name).not.toBe(r.owner.id);
    }
  });
});
