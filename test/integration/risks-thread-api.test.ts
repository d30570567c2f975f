// The risks in the golden thread over real HTTP, on the demo council at the suite's fixed moment:
// GET /api/plan's priorities, objectives and key actions carry their risks; GET /api/risks filters
// to a part of the thread by code (400 naming the field for an unknown one, 401 for someone the
// council does not know, first); GET /api/dashboard escalates the risks above tolerance; and a review recorded through the
// API changes the next /api/plan and /api/dashboard answers, though both are served from the view
// cache. The risk and the nodes are found in the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Dashboard, PlanTree, RegisterView, ThreadNode } from '../../src/api/index.js';
import type { RiskDetailView } from '../../src/app/risks/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let adminId: string;

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
}, 60_000);
afterAll(() => server?.stop());

const nodes = (n: ThreadNode): ThreadNode[] => [n, ...n.children.flatMap(nodes)];
const objectiveNode = (plan: PlanTree, code: string) =>
  nodes(plan.tree!).find((n) => n.kind === 'objective' && n.code === code)!;

describe('risks in the golden thread over the API', () => {
  it('filters the register to an objective, and names an unknown code after checking the person', async () => {
    const me = apiAs(server.url, adminId);
    const plan = (await me.get('/api/plan')).body as PlanTree;
    const objective = nodes(plan.tree!).find((n) => n.kind === 'objective' && n.risks!.count > 0)!;
    const on = (await me.get(`/api/risks?objective=${encodeURIComponent(objective.code)}`))
      .body as RegisterView;
    expect(on.risks.filter((r) => r.status !== 'closed')).toHaveLength(objective.risks!.count);
    for (const r of on.risks) expect(r.objectiveCodes).toContain(objective.code);

    const bad = await me.get('/api/risks?priority=NOPE&keyAction=NOPE');
    expect(bad.status).toBe(400);
    expect(bad.body.problems.map((p: { field: string }) => p.field)).toEqual([
      'priority',
      'keyAction',
    ]);
    // Someone the council does not know is turned away before the filter is looked at.
    const stranger = await apiAs(server.url, 'nobody-here').get('/api/risks?priority=NOPE');
    expect(stranger.status).toBe(401);
  });

  it('shows a review in the next plan and dashboard, though both are cached views', async () => {
    const me = apiAs(server.url, adminId);
    const before = (await me.get('/api/dashboard')).body as Dashboard;
    const worst = before.risksAboveTolerance.risks[0]!;
    expect(worst).toBeDefined();
    const code = worst.objectiveCodes[0]!;
    const planBefore = (await me.get('/api/plan')).body as PlanTree;
    // Asked twice, so the view is certainly cached before the review.
    expect((await me.get('/api/plan')).body).toEqual(planBefore);
    const was = objectiveNode(planBefore, code).risks!;
    expect(was.count).toBeGreaterThan(0);

    const risk = (await me.get(`/api/risks/${worst.code}`)).body as RiskDetailView;
    const owner = apiAs(server.url, risk.owner.id);
    const made = await owner.post(`/api/risks/${worst.code}/reviews`, {
      version: risk.version,
      residualLikelihood: 1,
      residualImpact: 1,
      commentary: 'Contract let; the gap is closed.',
    });
    expect(made.status).toBe(201);

    const after = objectiveNode((await me.get('/api/plan')).body as PlanTree, code).risks!;
    expect(after.count).toBe(was.count);
    expect(after.aboveTolerance).toBe(was.aboveTolerance - 1);
    const dashboard = (await me.get('/api/dashboard')).body as Dashboard;
    expect(dashboard.risksAboveTolerance.risks.map((r) => r.code)).toEqual(
      before.risksAboveTolerance.risks.slice(1).map((r) => r.code),
    );
  });
});
