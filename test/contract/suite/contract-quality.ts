// Contract (issue #14): what keeps figures trustworthy — action plans with their corrective actions,
// progress, outcome and approval; spot-check draws and the checks drawn — hold what was written
// (JSON lists, dates, nulls, free text with quotes and new lines) through create, update and query
// on every store, and a plan written before these fields existed reads back with the defaults.
import { expect, it } from 'vitest';
import { NEW_ACTION_PLAN } from '../../../src/domain/model/action-plan-defaults.js';
import type { ActionPlan, SpotCheck, SpotCheckDraw } from '../../../src/domain/model/types.js';
import { CHECKER, OFFICER, type StoreHolder } from './contract-fixtures.js';

const PLAN: Omit<ActionPlan, 'id'> = {
  indicatorId: 'ind-1',
  periodKey: '2025-10',
  reasons: 'Two vacancies — “hard to fill”',
  actions: 'Agency cover\nOvertime at weekends',
  ownerId: 'owner-1',
  dueDate: '2026-01-31',
  expectedRecovery: '2026-02',
  status: 'open',
  closedAt: null,
  correctiveActions: [
    { title: 'Recruit two officers', dueDate: '2025-12-19', done: false },
    { title: 'Weekend overtime', dueDate: '2025-11-28', done: true },
  ],
  progress: [{ at: '2025-11-14T10:00:00.000Z', byId: 'owner-1', text: 'One post filled.' }],
  outcome: '',
  approval: 'pending',
  approvedBy: null,
  approvedAt: null,
  approvalNote: null,
};

const DRAW: SpotCheckDraw = {
  periodKey: '2025/26 Q1',
  seed: '2025/26 Q1#0',
  count: 3,
  indicatorIds: ['ind-3', 'ind-1', 'ind-2'],
  drawnBy: 'person-admin',
  drawnAt: '2025-07-15T09:00:00.000Z',
  redrawReason: null,
  superseded: false,
};

function check(drawId: string, overrides: Partial<SpotCheck> = {}): SpotCheck {
  return {
    drawId,
    periodKey: '2025/26 Q1',
    indicatorId: 'ind-3',
    returnId: 'ret-9',
    checkerId: 'checker-7',
    state: 'assigned',
    riskReasons: ['new indicator', 'written procedure changed'],
    finding: null,
    notes: '',
    correctiveAction: '',
    doneAt: null,
    ...overrides,
  };
}

export function qualityContract(s: StoreHolder): void {
  it('actionPlans: corrective actions, progress, outcome and approval round-trip and update', async () => {
    const created = await s.store.create('actionPlans', PLAN, OFFICER);
    expect((await s.store.get('actionPlans', created.id))?.fields).toEqual(PLAN);
    const closed = {
      status: 'closed' as const,
      closedAt: '2026-02-10T12:00:00.000Z',
      outcome: 'Back on target in January.',
      approval: 'approved' as const,
      approvedBy: 'panel-1',
      approvedAt: '2025-11-20T15:30:00.000Z',
      approvalNote: 'Approved if the posts are advertised by December.',
      progress: [
        ...PLAN.progress,
        { at: '2026-01-09T09:00:00.000Z', byId: 'owner-1', text: 'Both posts filled.' },
      ],
    };
    const updated = await s.store.update(
      'actionPlans',
      created.id,
      created.version,
      closed,
      CHECKER,
    );
    expect((await s.store.get('actionPlans', updated.id))?.fields).toEqual({ ...PLAN, ...closed });
    const open = await s.store.query('actionPlans', { indicatorId: 'ind-1', status: 'closed' });
    expect(open.map((p) => p.id)).toEqual([created.id]);
  });

  it('actionPlans written before approval existed read back with the defaults', async () => {
    const {
      correctiveActions: _c,
      progress: _p,
      outcome: _o,
      approval: _a,
      approvedBy: _b,
      approvedAt: _t,
      approvalNote: _n,
      ...older
    } = PLAN;
    const created = await s.store.create('actionPlans', older as Omit<ActionPlan, 'id'>, OFFICER);
    const read = (await s.store.get('actionPlans', created.id))!.fields;
    expect({
      correctiveActions: read.correctiveActions ?? [],
      progress: read.progress ?? [],
      outcome: read.outcome ?? '',
      approval: read.approval ?? 'not-needed',
      approvedBy: read.approvedBy ?? null,
      approvedAt: read.approvedAt ?? null,
      approvalNote: read.approvalNote ?? null,
    }).toEqual(NEW_ACTION_PLAN);
  });

  it('spotCheckDraws: round-trip, query by quarter, and a redraw supersedes', async () => {
    const first = await s.store.create('spotCheckDraws', DRAW, OFFICER);
    expect((await s.store.get('spotCheckDraws', first.id))?.fields).toEqual(DRAW);
    await s.store.update('spotCheckDraws', first.id, first.version, { superseded: true }, OFFICER);
    const redraw = {
      ...DRAW,
      seed: '2025/26 Q1#1',
      indicatorIds: ['ind-2'],
      count: 1,
      redrawReason: 'Sample drawn before "HS01" was added',
    };
    await s.store.create('spotCheckDraws', redraw, OFFICER);
    await s.store.create('spotCheckDraws', { ...DRAW, periodKey: '2025/26 Q2' }, OFFICER);
    const quarter = await s.store.query('spotCheckDraws', { periodKey: '2025/26 Q1' });
    expect(quarter.map((d) => d.fields).sort((a, b) => a.seed.localeCompare(b.seed))).toEqual([
      { ...DRAW, superseded: true },
      redraw,
    ]);
  });

  it('spotChecks: round-trip, query by checker and state, and record a finding', async () => {
    const draw = await s.store.create('spotCheckDraws', DRAW, OFFICER);
    const mine = await s.store.create('spotChecks', check(draw.id), OFFICER);
    await s.store.create(
      'spotChecks',
      check(draw.id, { indicatorId: 'ind-1', checkerId: 'checker-8', returnId: null }),
      OFFICER,
    );
    expect((await s.store.get('spotChecks', mine.id))?.fields).toEqual(check(draw.id));
    const finding = {
      state: 'done' as const,
      finding: 'figure-wrong' as const,
      notes: 'Evidence shows 4,321, not 43,210.\nRestated.',
      correctiveAction: 'Reopen and re-enter.',
      doneAt: '2025-08-01T11:00:00.000Z',
    };
    await s.store.update('spotChecks', mine.id, mine.version, finding, CHECKER);
    const done = await s.store.query('spotChecks', { checkerId: 'checker-7', state: 'done' });
    expect(done.map((c) => c.fields)).toEqual([{ ...check(draw.id), ...finding }]);
    const ofDraw = await s.store.query('spotChecks', { drawId: draw.id });
    expect(ofDraw.map((c) => c.fields.returnId ?? null).sort()).toEqual([null, 'ret-9'].sort());
  });
}
