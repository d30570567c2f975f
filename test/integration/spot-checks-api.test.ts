// The spot-check API (issue 14 item 5) over real HTTP on the demo council at the suite's fixed
// moment: the role is checked before anything else (403), bad input is a 400 naming the field,
// drawing again gives the recorded draw, and only the assigned checker records a finding. The
// quarter is the one with the most authorised figures in the data, whatever the day.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SpotCheckQuarterView } from '../../src/app/spot-checks/index.js';
import { tryParsePeriod, periodContaining } from '../../src/domain/periods/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let adminId: string;
let officerId: string;
let quarter: string;

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
  officerId = people.find((p) => p.fields.roles.join() === 'officer')!.id;
  const perQuarter = new Map<string, number>();
  for (const r of await server.deps.store.query('returns', { state: 'authorised' })) {
    const p = tryParsePeriod(r.fields.periodKey);
    if (!p) continue;
    const q = periodContaining(p.end, 'quarter').key;
    perQuarter.set(q, (perQuarter.get(q) ?? 0) + 1);
  }
  quarter = [...perQuarter].sort((a, b) => b[1] - a[1])[0]![0];
}, 60_000);
afterAll(() => server?.stop());

const q = (p: string) => `/api/spot-checks?period=${encodeURIComponent(p)}`;

describe('spot checks over the API', () => {
  it('refuses anyone but the performance team a draw, before reading the body', async () => {
    const res = await apiAs(server.url, officerId).post('/api/spot-checks/draw', {
      period: 'not a quarter',
      count: -1,
    });
    expect(res.status).toBe(403);
    expect(res.body.message).toMatch(/performance team/);
    const anon = await apiAs(server.url, null).post('/api/spot-checks/draw', { period: quarter });
    expect(anon.status).toBe(401);
  });

  it('says which field is wrong', async () => {
    const admin = apiAs(server.url, adminId);
    for (const [body, field] of [
      [{ period: '2025-04' }, 'period'],
      [{ period: quarter, count: 500 }, 'count'],
      [{ period: quarter, redraw: 'yes' }, 'redraw'],
      [{ period: quarter, redraw: true }, 'reason'],
    ] as const) {
      const res = await admin.post('/api/spot-checks/draw', body);
      expect(res.status, JSON.stringify(body)).toBe(400);
      expect(res.body.problems[0].field).toBe(field);
    }
    expect((await admin.get(q('someday'))).status).toBe(400);
  });

  it('draws, gives the same draw again, lists it, and lets only the checker record a finding', async () => {
    const admin = apiAs(server.url, adminId);
    const first = await admin.post('/api/spot-checks/draw', { period: quarter, count: 4 });
    expect(first.status).toBe(200);
    const view = first.body.view as SpotCheckQuarterView;
    expect(first.body.created).toBe(true);
    expect(view.checks).toHaveLength(4);
    const again = await admin.post('/api/spot-checks/draw', { period: quarter });
    expect(again.body.created).toBe(false);
    expect((again.body.view as SpotCheckQuarterView).draw!.codes).toEqual(view.draw!.codes);
    const listed = (await admin.get(q(quarter))).body as SpotCheckQuarterView;
    expect(listed.checks.map((c) => c.code)).toEqual(view.draw!.codes);
    expect(listed.mayDraw).toBe(true);

    const check = view.checks[0]!;
    const stranger = (await server.deps.store.query('people')).find(
      (p) => p.id !== check.checkerId,
    )!;
    const refused = await apiAs(server.url, stranger.id).post(
      `/api/spot-checks/${check.id}/finding`,
      { finding: 'nonsense' },
    );
    expect(refused.status).toBe(403);
    const checker = apiAs(server.url, check.checkerId);
    const noNotes = await checker.post(`/api/spot-checks/${check.id}/finding`, {
      version: check.version,
      finding: 'procedure-wrong',
    });
    expect(noNotes.status).toBe(400);
    expect(noNotes.body.problems[0].field).toBe('notes');
    const done = await checker.post(`/api/spot-checks/${check.id}/finding`, {
      version: check.version,
      finding: 'procedure-wrong',
      notes: 'The procedure names a report that no longer exists',
      correctiveAction: 'Rewrite the source section',
    });
    expect(done.status).toBe(200);
    expect(done.body.check.state).toBe('done');
    const twice = await checker.post(`/api/spot-checks/${check.id}/finding`, {
      version: done.body.check.version,
      finding: 'confirmed',
    });
    expect(twice.status).toBe(422);
    expect((await checker.post('/api/spot-checks/nope/finding', {})).status).toBe(404);
  });
});
