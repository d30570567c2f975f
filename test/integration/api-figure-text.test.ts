// A figure sent to the API as text is read by the domain's one parser (issue 15, "One parser"):
// the API refuses "1,23" and "0x10" as the tab and the bot do, naming `value`, and reads "1,234"
// and "12.5%" as a person means them. Real server, real SQLite, real HTTP.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIGURE_REASONS } from '../../src/domain/values/index.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let returnId: string;
let collector: string;
let target: number;

beforeAll(async () => {
  server = await startTestServer();
  const due = await server.deps.store.query('returns', { state: 'due' });
  for (const r of due) {
    const ind = await server.deps.store.get('indicators', r.fields.indicatorId);
    if (!ind || ind.fields.unit !== 'percentage' || ind.fields.contextOnly) continue;
    const view = await apiAs(server.url, ind.fields.collectorId).get(`/api/returns/${r.id}`);
    if (view.status !== 200 || view.body.target === null) continue;
    returnId = r.id;
    collector = ind.fields.collectorId;
    target = view.body.target;
    break;
  }
  expect(returnId, 'the demo council has a due percentage return').toBeTruthy();
}, 60_000);

afterAll(() => server?.stop());

describe('a figure sent as text', () => {
  const submit = async (value: unknown, extra: Record<string, unknown> = {}) => {
    const api = apiAs(server.url, collector);
    const { version } = (await api.get(`/api/returns/${returnId}`)).body;
    return api.post(`/api/returns/${returnId}/submit`, {
      version,
      value,
      commentary: '',
      ...extra,
    });
  };

  it.each([
    ['1,23', FIGURE_REASONS.comma],
    ['0x10', FIGURE_REASONS.hex],
    ['1e5', FIGURE_REASONS.exponent],
    ['12..5', FIGURE_REASONS.points],
    ['NaN', FIGURE_REASONS.notANumber],
  ])('refuses %j with a 400 naming value and saying why', async (text, reason) => {
    const res = await submit(text);
    expect(res.status).toBe(400);
    expect(res.body.problems).toEqual([expect.objectContaining({ field: 'value' })]);
    expect(res.body.problems[0].message).toContain(reason);
  });

  it('refuses a forecast written "1,23" under forecast, and an over-long commentary', async () => {
    const res = await submit(target, { forecast: '1,23', commentary: 'x'.repeat(4001) });
    expect(res.status).toBe(400);
    expect(res.body.problems.map((p: { field: string }) => p.field).sort()).toEqual([
      'commentary',
      'forecast',
    ]);
  });

  it('reads "12.5%"-style text as the number a person means, and saves it', async () => {
    const res = await submit(`${target}%`, { forecast: `${target.toLocaleString('en-GB')}` });
    expect(res.status).toBe(200);
    expect(res.body.value).toBe(target);
    expect(res.body.forecast).toBe(target);
  });
});
