// Written procedures with versions and the sharper plausibility question (issue #14, items 7 and 8),
// over real HTTP on the demo council at the suite's fixed moment (TEST_NOW): editing a procedure in
// Set-up makes a new version with the editor's note, a figure records the version it was entered
// under, the check sees that version even after a later edit, and a per-indicator ratio decides
// when a figure is questioned, the reason given in words.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { myReturns } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { formatDate, londonDate } from '../../src/domain/periods/index.js';
import { historyFigures, recentMedian, typedText } from '../protocol/support/demo-work.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let admin: ReturnType<typeof apiAs>;
let adminId: string;
/** Due returns the demo's people may enter with two recent figures or more, one per indicator. */
let due: { view: ReturnView; collectorId: string }[];

beforeAll(async () => {
  server = await startTestServer();
  const people = await server.deps.store.query('people');
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
  admin = apiAs(server.url, adminId);
  const byIndicator = new Map<string, { view: ReturnView; collectorId: string }[]>();
  for (const p of people) {
    for (const view of (await myReturns(server.deps, p.id)).toEnter) {
      const list = byIndicator.get(view.indicator.id) ?? [];
      list.push({ view, collectorId: p.id });
      byIndicator.set(view.indicator.id, list);
    }
  }
  due = [...byIndicator.values()]
    .map((l) => l[0]!)
    .filter(({ view }) => historyFigures(view).length >= 2 && recentMedian(view) > 0)
    .filter(({ view }) => view.indicator.unit !== 'percentage');
  if (due.length < 2) throw new Error('the demo council has too few due returns with history');
}, 60_000);

afterAll(async () => {
  await server?.stop();
});

async function indicatorOf(id: string) {
  const all = (await admin.get('/api/admin/indicators')).body as { id: string }[];
  return all.find((i) => i.id === id) as Record<string, any>;
}

async function editProcedure(id: string, calculation: string, procedureNote?: string) {
  const current = await indicatorOf(id);
  const res = await admin.put(`/api/admin/indicators/${id}`, {
    version: current.version,
    procedure: { ...current.procedure, calculation },
    ...(procedureNote === undefined ? {} : { procedureNote }),
  });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body;
}

const today = () => formatDate(londonDate(server.deps.clock.now()));

describe('written procedures with versions', () => {
  it('versions each edit of the procedure, records it on the figure and shows it at the check', async () => {
    const { view, collectorId } = due[0]!;
    const id = view.indicator.id;
    const before = (await indicatorOf(id)).procedureVersion ?? 1;
    const first = (await indicatorOf(id)).procedure.calculation;

    // Editing other fields makes no version.
    const renamed = await admin.put(`/api/admin/indicators/${id}`, {
      version: (await indicatorOf(id)).version,
      title: `${view.indicator.title} (renamed)`,
    });
    expect(renamed.status).toBe(200);
    expect(renamed.body.procedureVersion ?? 1).toBe(before);

    const v2 = await editProcedure(id, 'Count on the last working day.', 'Auditor asked for it');
    expect(v2.procedureVersion).toBe(before + 1);

    // The collector enters the figure: it records the version in force.
    const collector = apiAs(server.url, collectorId);
    const entered = await collector.post(`/api/returns/${view.id}/submit`, {
      version: view.version,
      value: Number(typedText(recentMedian(view), view).replace(/,/g, '')),
      commentary: 'In line with the last quarters',
      confirm: true,
    });
    expect(entered.status, JSON.stringify(entered.body)).toBe(200);
    const stored = await server.deps.store.get('returns', view.id);
    expect(stored!.fields.procedureVersion).toBe(before + 1);

    // The procedure changes again before the check: the check still sees the version entered under.
    await editProcedure(id, 'Count on the last calendar day.');
    const shown = await apiAs(server.url, adminId).get(`/api/returns/${view.id}`);
    expect(shown.body.procedure).toMatchObject({
      version: before + 1,
      current: false,
      label: `version ${before + 1}, changed ${today()}`,
    });
    expect(shown.body.procedure.procedure.calculation).toBe('Count on the last working day.');
    expect(shown.body.indicator.procedure.calculation).toBe('Count on the last calendar day.');

    // Every version is kept, the first written lazily, with who changed it and why.
    const history = await apiAs(server.url, collectorId).get(
      `/api/indicators/${encodeURIComponent(view.indicator.code)}/procedures`,
    );
    expect(history.status).toBe(200);
    expect(history.body.current).toBe(before + 2);
    const versions = history.body.versions as Record<string, any>[];
    expect(versions.map((v) => v.version)).toEqual(
      Array.from({ length: before + 2 }, (_x, i) => i + 1),
    );
    expect(versions.at(-3)!.procedure.calculation).toBe(first);
    expect(versions.at(-2)).toMatchObject({
      editedBy: adminId,
      editedAt: server.deps.clock.now().toISOString(),
      note: 'Auditor asked for it',
      current: false,
    });
    expect(versions.at(-1)).toMatchObject({ note: '', current: true });
  });

  it('answers 404 for an unknown indicator and refuses an over-long note naming it', async () => {
    expect((await admin.get('/api/indicators/NOPE99/procedures')).status).toBe(404);
    const current = await indicatorOf(due[1]!.view.indicator.id);
    const res = await admin.put(`/api/admin/indicators/${current.id}`, {
      version: current.version,
      procedure: { ...current.procedure, calculation: 'Changed' },
      procedureNote: 'x'.repeat(1001),
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('procedureNote');
  });
});

describe('plausibility ratio per indicator', () => {
  it('is validated as a number greater than 1, naming the field', async () => {
    const current = await indicatorOf(due[1]!.view.indicator.id);
    for (const bad of [1, 0.5, -3]) {
      const res = await admin.put(`/api/admin/indicators/${current.id}`, {
        version: current.version,
        plausibilityRatio: bad,
      });
      expect(res.status).toBe(400);
      expect(res.body.problems).toContainEqual(
        expect.objectContaining({ field: 'plausibilityRatio' }),
      );
    }
    const text = await admin.put(`/api/admin/indicators/${current.id}`, {
      version: current.version,
      plausibilityRatio: 'three',
    });
    expect(text.status).toBe(400);
    expect(JSON.stringify(text.body)).toContain('plausibilityRatio');
  });

  it('questions a figure beyond the indicator’s own ratio, with the reason in words', async () => {
    const { view, collectorId } = due[1]!;
    const current = await indicatorOf(view.indicator.id);
    const set = await admin.put(`/api/admin/indicators/${current.id}`, {
      version: current.version,
      plausibilityRatio: 1.5,
    });
    expect(set.status, JSON.stringify(set.body)).toBe(200);
    expect(set.body.plausibilityRatio).toBe(1.5);
    // Twice the median: inside the council's 3×, beyond this indicator's 1.5×.
    const mid = recentMedian(view);
    const typed = typedText(mid * 2, view);
    const value = Number(typed.replace(/,/g, ''));
    const collector = apiAs(server.url, collectorId);
    const fresh = (await collector.get(`/api/returns/${view.id}`)).body as ReturnView;
    const res = await collector.post(`/api/returns/${view.id}/submit`, {
      version: fresh.version,
      value,
      commentary: '',
    });
    expect(res.status).toBe(422);
    expect(res.body.error).toBe('confirmation-required');
    const count = ['no', 'one', 'two', 'three', 'four'][historyFigures(view).length];
    expect(res.body.question).toMatch(
      new RegExp(`is [\\d.]+ times the median of the last ${count} figures`),
    );
    expect((await server.deps.store.get('returns', view.id))!.fields.state).toBe('due');
  });
});
