// The plan as the strategy map reads it, over real HTTP on the demo council: the current plan by
// default, an earlier plan by its code, a key action's detail, and clear refusals.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let officer: string;

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  officer = people.find((p) => !p.fields.roles.includes('admin'))!.id;
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

describe('GET /api/plan', () => {
  it('reads the current plan by default and an earlier plan by its code', async () => {
    const plans = await server.deps.store.query('plans');
    const current = plans.find((p) => p.fields.current)!;
    const earlier = plans.find((p) => !p.fields.current)!;
    expect(current && earlier, 'the demo has a current and an earlier plan').toBeTruthy();
    const priorities = await server.deps.store.query('priorities');
    const countOf = (planId: string) => priorities.filter((p) => p.fields.planId === planId).length;
    expect(countOf(current.id)).not.toBe(countOf(earlier.id));

    const now = await apiAs(server.url, officer).get('/api/plan');
    expect(now.status).toBe(200);
    expect(now.body.tree.title).toBe(current.fields.title);
    // Priorities, then (when there are any) the indicators and actions linked to no objective.
    const prioritiesOf = (tree: { children: { kind: string }[] }) =>
      tree.children.filter((c) => c.kind === 'priority');
    expect(prioritiesOf(now.body.tree)).toHaveLength(countOf(current.id));

    const then = await apiAs(server.url, officer).get(
      `/api/plan?plan=${encodeURIComponent(earlier.fields.code)}`,
    );
    expect(then.status).toBe(200);
    expect(then.body.tree.title).toBe(earlier.fields.title);
    expect(prioritiesOf(then.body.tree)).toHaveLength(countOf(earlier.id));
  });

  it('refuses an unknown plan code with a 400 naming the field', async () => {
    const res = await apiAs(server.url, officer).get('/api/plan?plan=NO-SUCH-PLAN');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('plan');
  });
});

describe('GET /api/plan/key-actions/:id', () => {
  it('gives a key action by id or code, with its milestones and owner', async () => {
    const [action] = await server.deps.store.query('keyActions', {}, { orderBy: 'code' });
    const byId = await apiAs(server.url, officer).get(`/api/plan/key-actions/${action!.id}`);
    expect(byId.status).toBe(200);
    expect(byId.body.code).toBe(action!.fields.code);
    expect(byId.body.milestones).toHaveLength(action!.fields.milestones.length);
    const byCode = await apiAs(server.url, officer).get(
      `/api/plan/key-actions/${encodeURIComponent(action!.fields.code)}`,
    );
    expect(byCode.body.code).toBe(action!.fields.code);
  });

  it('answers 404 for an unknown key action and 401 for nobody', async () => {
    expect((await apiAs(server.url, officer).get('/api/plan/key-actions/NOPE')).status).toBe(404);
    expect((await apiAs(server.url, null).get('/api/plan/key-actions/NOPE')).status).toBe(401);
  });
});
