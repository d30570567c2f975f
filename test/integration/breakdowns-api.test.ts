// Breakdowns over real HTTP on the demo council (issue 16): an indicator's breakdowns with the
// boundaries their map draws; entering one breakdown of a return — tied to a person, the role before
// anything about input (a stranger is told 403 even with a broken body), locked once the figure is
// authorised, bad input a 400 naming the field, and nothing half-written; and the boundary upload,
// the performance team's only, all or nothing. People and returns are found in the data.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IndicatorBreakdownsView } from '../../src/api/index.js';
import type { Indicator } from '../../src/domain/model/types.js';
import { ELMSTEAD_WARD_SET, elmsteadWards } from '../../src/demo/wards.js';
import { councilWards } from '../support/council-wards.js';
import { apiAs, startTestServer, type TestServer } from '../support/test-server.js';

let server: TestServer;
let adminId: string;
let strangerId: string;
let indicator: Indicator & { id: string };
let openReturnId: string;
let authorisedReturnId: string;

beforeAll(async () => {
  server = await startTestServer();
  const { store } = server.deps;
  const people = await store.query('people');
  adminId = people.find((p) => p.fields.roles.includes('admin'))!.id;
  const indicators = (await store.query('indicators')).map((i) => ({ ...i.fields, id: i.id }));
  const returns = await store.query('returns');
  // An indicator with both a return still open and an authorised one.
  indicator = indicators.find(
    (i) =>
      returns.some((r) => r.fields.indicatorId === i.id && r.fields.state !== 'authorised') &&
      returns.some((r) => r.fields.indicatorId === i.id && r.fields.state === 'authorised'),
  )!;
  const mine = returns.filter((r) => r.fields.indicatorId === indicator.id);
  openReturnId = mine.find((r) => r.fields.state !== 'authorised')!.id;
  authorisedReturnId = mine.find((r) => r.fields.state === 'authorised')!.id;
  const officers = new Set([
    indicator.collectorId,
    indicator.responsibleId,
    indicator.authoriserId,
  ]);
  const delegates = new Set(people.map((p) => p.fields.delegateId));
  strangerId = people.find(
    (p) =>
      !officers.has(p.id) &&
      !p.fields.roles.includes('admin') &&
      !delegates.has(p.id) &&
      !people.some((q) => officers.has(q.id) && q.fields.delegateId === p.id),
  )!.id;
}, 60_000);
afterAll(() => server?.stop());

const wards = elmsteadWards();
const entry = (values = wards.slice(0, 3).map((w, i) => ({ key: w.areaCode, value: 10 + i }))) => ({
  breakdown: 'Ward',
  values,
});
const breakdownCount = async () => (await server.deps.store.query('breakdownValues')).length;

describe('GET /api/indicators/:code/breakdowns', () => {
  it('gives the demo’s ward breakdowns with the boundaries the map draws, and an age band one', async () => {
    const res = await apiAs(server.url, strangerId).get('/api/indicators/WR02/breakdowns');
    expect(res.status).toBe(200);
    const view = res.body as IndicatorBreakdownsView;
    const withBreakdowns = view.periods.filter((p) => p.breakdowns.length > 0);
    expect(withBreakdowns).toHaveLength(2);
    const ward = withBreakdowns[0]!.breakdowns[0]!;
    expect(ward).toMatchObject({
      breakdown: 'Ward',
      dimension: 'area',
      boundarySet: ELMSTEAD_WARD_SET,
      unmapped: [],
    });
    expect(ward.values).toHaveLength(21);
    for (const v of ward.values) {
      expect(v.valueText).toMatch(/^\d+\.\d%$/);
      // A percentage from its parts, to the indicator's decimals.
      expect(v.value).toBeCloseTo((v.numerator! / v.denominator!) * 100, 1);
    }
    expect(view.boundaries[ELMSTEAD_WARD_SET]).toHaveLength(21);
    // Whoever has no part in WR02 reads it but may not enter it.
    expect(view.periods.every((p) => !p.mayEnter)).toBe(true);
    const ages = (await apiAs(server.url, strangerId).get('/api/indicators/ED02/breakdowns'))
      .body as IndicatorBreakdownsView;
    const band = ages.periods.find((p) => p.breakdowns.length)!.breakdowns[0]!;
    expect(band).toMatchObject({
      breakdown: 'Age band',
      dimension: 'community',
      boundarySet: null,
    });
    expect(band.values.map((v) => v.label)).toEqual([
      '16 to 24',
      '25 to 34',
      '35 to 49',
      '50 to 64',
    ]);
    expect(ages.boundaries).toEqual({});
  });

  it('ties the request to a person and names an unknown code', async () => {
    expect((await apiAs(server.url, null).get('/api/indicators/WR02/breakdowns')).status).toBe(401);
    expect((await apiAs(server.url, adminId).get('/api/indicators/ZZ99/breakdowns')).status).toBe(
      404,
    );
  });
});

describe('PUT /api/returns/:id/breakdowns', () => {
  const put = (who: string | null, id: string, body: unknown) =>
    apiAs(server.url, who).put(`/api/returns/${id}/breakdowns`, body);

  it('refuses a stranger with 403 before anything about the input', async () => {
    const before = await breakdownCount();
    expect((await put(null, openReturnId, entry())).status).toBe(401);
    expect((await put(strangerId, openReturnId, entry())).status).toBe(403);
    expect((await put(strangerId, openReturnId, { values: 'broken' })).status).toBe(403);
    expect(await breakdownCount()).toBe(before);
  });

  it('lets the Collection Officer enter a breakdown, naming wards from their boundaries, and replace it', async () => {
    const res = await put(indicator.collectorId, openReturnId, entry());
    expect(res.status).toBe(200);
    const view = res.body as IndicatorBreakdownsView;
    const period = view.periods.find((p) => p.returnId === openReturnId)!;
    expect(period.mayEnter).toBe(true);
    const ward = period.breakdowns.find((b) => b.breakdown === 'Ward')!;
    expect(ward.values.map((v) => [v.key, v.label])).toEqual(
      wards
        .slice(0, 3)
        .map((w) => [w.areaCode, w.areaName])
        .sort((a, b) => a[1]!.localeCompare(b[1]!, 'en-GB')),
    );
    // Again with one ward fewer and one value changed: the stored breakdown says exactly that.
    const again = await put(
      indicator.responsibleId,
      openReturnId,
      entry([
        { key: wards[0]!.areaCode, value: 50 },
        { key: wards[1]!.areaCode, value: 11 },
      ]),
    );
    expect(again.status).toBe(200);
    const stored = await server.deps.store.query('breakdownValues', { indicatorId: indicator.id });
    const held = stored.filter(
      (s) => s.fields.breakdown === 'Ward' && s.fields.periodKey === period.periodKey,
    );
    expect(held.map((h) => [h.fields.key, h.fields.value]).sort()).toEqual(
      [
        [wards[0]!.areaCode, 50],
        [wards[1]!.areaCode, 11],
      ].sort(),
    );
    // The changed value is the Responsible Officer's; the one given again unchanged stays as entered.
    const by = new Map(held.map((h) => [h.fields.key, h.fields.enteredBy]));
    expect(by.get(wards[0]!.areaCode)).toBe(indicator.responsibleId);
    expect(by.get(wards[1]!.areaCode)).toBe(indicator.collectorId);
    const audit = await server.deps.store.audit({
      list: 'breakdownValues',
      actorId: indicator.responsibleId,
    });
    expect(audit.some((a) => a.event === 'breakdowns.entered')).toBe(true);
  });

  it('refuses bad input with a 400 naming each field, writing nothing', async () => {
    const before = await breakdownCount();
    const res = await put(adminId, openReturnId, {
      breakdown: 'Age band',
      values: [
        { key: '16 to 24', value: Number.MAX_VALUE * 10 },
        { key: '16 to 24', value: 3 },
        { key: '', value: 'many' },
        { key: '65 and over', value: 4, denominator: 0 },
      ],
    });
    expect(res.status).toBe(400);
    // JSON has no infinity: a figure too big to be one arrives as null, a suppressed value.
    expect(res.body.problems.map((p: { field: string }) => p.field)).toEqual(['values[2].value']);
    const unit = await put(adminId, openReturnId, {
      breakdown: '',
      values: [
        { key: '16 to 24', value: -5 },
        { key: '16 to 24', value: 3 },
        { key: '65 and over', value: 4, denominator: 0 },
      ],
    });
    expect(unit.status).toBe(400);
    const fields = unit.body.problems.map((p: { field: string }) => p.field);
    expect(fields).toContain('breakdown');
    expect(fields).toContain('values[1].key');
    expect(fields).toContain('values[2].denominator');
    expect(await breakdownCount()).toBe(before);
  });

  it('locks an authorised return’s breakdowns with its figure, for the performance team too', async () => {
    const before = await breakdownCount();
    const res = await put(adminId, authorisedReturnId, entry());
    expect(res.status).toBe(422);
    expect(res.body.message).toMatch(/authorised.*locked/);
    expect((await put(strangerId, authorisedReturnId, entry())).status).toBe(403);
    expect(await breakdownCount()).toBe(before);
  });
});

describe('PUT /api/boundaries/:set', () => {
  const file = (areas = wards) => ({
    type: 'FeatureCollection',
    features: areas.map((w) => ({
      type: 'Feature',
      properties: { WD24CD: w.areaCode, WD24NM: w.areaName },
      geometry: w.geometry,
    })),
  });
  const put = (who: string, body: unknown, set = 'Test wards 2024') =>
    apiAs(server.url, who).put(`/api/boundaries/${encodeURIComponent(set)}`, body);

  it('is the performance team’s alone: 403 before the file is looked at', async () => {
    expect((await put(indicator.collectorId, file())).status).toBe(403);
    expect((await put(strangerId, { broken: true })).status).toBe(403);
  });

  it('replaces a set all or nothing; the same file twice writes nothing', async () => {
    const first = await put(adminId, file());
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ boundarySet: 'Test wards 2024', areas: 21, created: 21 });
    const again = await put(adminId, file(wards.slice(0, 20)));
    expect(again.body).toMatchObject({ created: 0, updated: 0, removed: 1, unchanged: 20 });
    const broken = structuredClone(file(wards.slice(0, 3)));
    (broken.features[2]!.geometry.coordinates as number[][][])[0]![1] = [
      Number.POSITIVE_INFINITY,
      1,
    ];
    // JSON has no Infinity: it arrives as null, which is no position either.
    const refused = await put(adminId, broken);
    expect(refused.status).toBe(400);
    expect(refused.body.problems[0].field).toBe('features[2].geometry.coordinates[0][1]');
    const held = await server.deps.store.query('areaBoundaries', {
      boundarySet: 'Test wards 2024',
    });
    expect(held).toHaveLength(20);
  });

  it('takes a council-sized file (300 detailed wards) over the ordinary body limit', async () => {
    const big = file(councilWards(300));
    expect(JSON.stringify(big).length).toBeGreaterThan(256 * 1024);
    const res = await put(adminId, big, 'Council wards');
    expect(res.body).toMatchObject({ areas: 300, created: 300 });
  }, 30_000);
});
