// Provisional is never final (issue #14): over real HTTP on the demo council the dashboard counts
// authorised figures only by default, flags every figure still awaiting check or authorisation in
// words and leaves it out of the counts; a leader may include provisional figures, an officer may
// not. For every period the demo holds figures for, the tab's totals, the stage's (the same request
// the stage view makes, its basis carried in the route) and the dashboard report's agree.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePeriod } from '../../src/domain/periods/index.js';
import { countByRating } from '../../src/domain/golden-thread/index.js';
import { buildHealthDashboard, loadReportData } from '../../src/reports/model/index.js';
import type { Dashboard } from '../../src/app/dashboard/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let leader: string;
let officer: string;
/** Every period (month, quarter, year) the demo holds a return for that has ended. */
let periods: string[];

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  leader = people.find((p) => p.fields.roles.includes('leadership'))!.id;
  officer = people.find(
    (p) => !p.fields.roles.includes('admin') && !p.fields.roles.includes('leadership'),
  )!.id;
  const now = server.deps.clock.now().toISOString().slice(0, 10);
  const keys = new Set((await server.deps.store.query('returns')).map((r) => r.fields.periodKey));
  periods = [...keys].filter((k) => parsePeriod(k).end < now).sort();
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function dashboardAt(person: string, query: string): Promise<Dashboard> {
  const res = await apiAs(server.url, person).get(`/api/dashboard${query}`);
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body as Dashboard;
}

/** A period whose dashboard shows at least one provisional figure (found in the data). */
async function periodWithProvisional(): Promise<{ key: string; d: Dashboard }> {
  for (const key of [...periods].reverse()) {
    const d = await dashboardAt(leader, `?period=${encodeURIComponent(key)}`);
    if (d.indicators.some((r) => r.provisional)) return { key, d };
  }
  throw new Error('the demo council holds no figure awaiting check or authorisation');
}

describe('GET /api/dashboard basis', () => {
  it('counts authorised figures only by default and flags provisional ones in words', async () => {
    const { d } = await periodWithProvisional();
    expect(d.basis).toBe('authorised');
    const provisional = d.indicators.filter((r) => r.provisional);
    expect(d.provisionalCount).toBe(provisional.length);
    for (const r of provisional) {
      expect(r.authorised).toBe(false);
      expect(r.provisionalLabel).toBe(
        r.returnState === 'submitted'
          ? 'provisional — awaiting check'
          : r.returnState === 'checked'
            ? 'provisional — awaiting authorisation'
            : 'provisional — not yet sent for checking',
      );
      // Not counted: the row's counted rating is not the entered figure's, which has no figure.
      expect(r.value).toBeNull();
      expect(r.entered).not.toBeNull();
    }
    for (const r of d.indicators.filter((x) => !x.provisional)) {
      expect(r.provisionalLabel).toBeNull();
      expect(r.entered).toBeNull();
    }
    // The totals are exactly the counted ratings, so no entered-but-unauthorised figure is in them.
    expect(d.totals).toEqual(countByRating(d.indicators.map((r) => r.rating.state)));
    // A provisional figure is not missing (it is with its checker or authoriser): not an exception.
    expect(d.exceptions.filter((e) => e.provisional)).toEqual([]);
  });

  it('includes provisional figures for a leader who asks, and says so', async () => {
    const { key, d } = await periodWithProvisional();
    const all = await dashboardAt(leader, `?period=${encodeURIComponent(key)}&provisional=include`);
    expect(all.basis).toBe('all');
    const byCode = new Map(all.indicators.map((r) => [r.code, r]));
    for (const r of d.indicators.filter((x) => x.provisional)) {
      const counted = byCode.get(r.code)!;
      // Still flagged, but now counted with the entered figure's rating.
      expect(counted.provisional).toBe(true);
      expect(counted.provisionalLabel).toBe(r.provisionalLabel);
      expect(counted.rating.state).toBe(r.entered!.rating.state);
    }
    expect(all.totals).toEqual(countByRating(all.indicators.map((r) => r.rating.state)));
  });

  it('refuses provisional figures to an officer with 403, and a bad basis with 400', async () => {
    const res = await apiAs(server.url, officer).get('/api/dashboard?provisional=include');
    expect(res.status).toBe(403);
    expect(JSON.stringify(res.body)).toMatch(/provisional/);
    const plan = await apiAs(server.url, officer).get('/api/plan?provisional=include');
    expect(plan.status).toBe(403);
    const bad = await apiAs(server.url, leader).get('/api/dashboard?provisional=maybe');
    expect(bad.status).toBe(400);
    expect(JSON.stringify(bad.body)).toContain('provisional');
    // Without asking, an officer sees the authorised dashboard.
    expect((await dashboardAt(officer, '')).basis).toBe('authorised');
  });

  it('rates the strategy map on authorised figures by default', async () => {
    const { key, d } = await periodWithProvisional();
    const res = await apiAs(server.url, leader).get(`/api/plan?period=${encodeURIComponent(key)}`);
    expect(res.status).toBe(200);
    expect(res.body.basis).toBe('authorised');
    const ids = new Set(Object.keys(res.body.provisional));
    for (const r of d.indicators.filter((x) => x.provisional))
      expect(ids.has(r.indicatorId)).toBe(true);
    const all = await apiAs(server.url, leader).get(
      `/api/plan?period=${encodeURIComponent(key)}&provisional=include`,
    );
    expect(all.body.basis).toBe('all');
  });

  it('gives the year-end forecast beside the current rating, rated against the annual target', async () => {
    let found = false;
    for (const key of [...periods].reverse()) {
      const d = await dashboardAt(leader, `?period=${encodeURIComponent(key)}`);
      for (const r of d.indicators.filter((x) => x.yearEnd)) {
        found = true;
        expect(r.yearEnd!.label).toBe('Year-end forecast');
        expect(r.provisional).toBe(false);
        expect(r.yearEnd!.valueText).not.toBe('');
      }
      if (found) break;
    }
    expect(found, 'some authorised return in the demo carries a forecast').toBe(true);
  });
});

describe('tab, stage and dashboard report agree', () => {
  it('for every period of the demo council, on the authorised basis', async () => {
    expect(periods.length).toBeGreaterThan(3);
    for (const key of periods) {
      const q = `?period=${encodeURIComponent(key)}`;
      const tab = await dashboardAt(officer, q);
      // The stage view makes the same request with the presenter's route (#/dashboard?period=…).
      const stage = await dashboardAt(leader, `${q}&provisional=exclude`);
      expect(stage.totals, key).toEqual(tab.totals);
      const report = buildHealthDashboard(await loadReportData(server.deps, parsePeriod(key)));
      const { states, totals } = report.byPriority;
      expect(totals.total, key).toBe(tab.totals.total);
      states.forEach((s, i) => {
        if (s === null) {
          const rated = states.reduce<number>((n, l) => n + (l ? (tab.totals[l] ?? 0) : 0), 0);
          expect(totals.counts[i], `${key} no rating`).toBe(tab.totals.total - rated);
        } else {
          expect(totals.counts[i], `${key} ${s}`).toBe(tab.totals[s] ?? 0);
        }
      });
    }
  }, 120_000);
});
