// The demo's comparator data follows its clock: built on two days in different financial years,
// the compared years move with them, and each compared indicator has an England average and its
// fifteen CIPFA neighbours for every period, deterministic for the seed.
import { describe, expect, it } from 'vitest';
import { itemsOf } from '../../test/support/demo-items.js';
import { isGssCode } from '../app/benchmarks/index.js';
import { kindForFrequency } from '../domain/periods/index.js';
import { buildDemoCouncil } from './index.js';

describe.each([
  ['2026-11-23', '2024/25', '2025/26'],
  ['2025-05-02', '2023/24', '2024/25'],
])('comparator data of the demo built on %s', (today, earlier, later) => {
  const council = buildDemoCouncil({ today });
  const groups = itemsOf(council, 'comparatorGroups');
  const values = itemsOf(council, 'benchmarkValues');
  const indicators = itemsOf(council, 'indicators');
  const england = groups.find((g) => g.name === 'England average')!;
  const cipfa = groups.find((g) => g.name === 'CIPFA nearest neighbours')!;

  it('has an England group and fifteen CIPFA neighbours of invented, well-formed codes', () => {
    expect(england).toMatchObject({ kind: 'england', members: [] });
    expect(cipfa.kind).toBe('nearest-neighbours');
    expect(cipfa.members).toHaveLength(15);
    expect(new Set(cipfa.members.map((m) => m.areaCode)).size).toBe(15);
    for (const m of cipfa.members) {
      expect(isGssCode(m.areaCode)).toBe(true);
      expect(m.areaCode).toMatch(/^E07000\d{3}$/);
      expect(m.areaName).toMatch(/ (District|Borough) Council$/);
    }
  });

  it('compares most indicators over the last two completed years and, by quarter, the later one', () => {
    const compared = indicators.filter((i) => values.some((v) => v.indicatorId === i.id));
    expect(compared.length).toBeGreaterThan(indicators.length * 0.8);
    for (const i of compared) {
      const own = values.filter((v) => v.indicatorId === i.id);
      const periods = [...new Set(own.map((v) => v.periodKey))].sort();
      expect(periods).toContain(earlier);
      expect(periods).toContain(later);
      if (kindForFrequency(i.frequency) === 'quarter') {
        expect(periods).toEqual(
          [earlier, later, ...[1, 2, 3, 4].map((q) => `${later} Q${q}`)].sort(),
        );
      }
      for (const key of periods) {
        const at = own.filter((v) => v.periodKey === key);
        expect(at.filter((v) => v.groupId === england.id && v.kind === 'average')).toHaveLength(1);
        expect(
          at.filter((v) => v.groupId === cipfa.id && v.kind === 'member').map((v) => v.areaCode),
        ).toEqual(cipfa.members.map((m) => m.areaCode));
      }
      expect(i.primaryGroupId).toBe(cipfa.id);
    }
  });

  it('keeps figures plausible for their unit and near their targets', () => {
    const byId = new Map(indicators.map((i) => [i.id, i]));
    for (const v of values) {
      const unit = byId.get(v.indicatorId)!.unit;
      expect(v.value).toBeGreaterThanOrEqual(0);
      if (unit === 'percentage') expect(v.value).toBeLessThanOrEqual(100);
    }
    const targets = itemsOf(council, 'targets');
    const i = indicators.find((x) => x.unit === 'percentage' && x.frequency === 'quarterly')!;
    const annual = targets.find((t) => t.indicatorId === i.id && t.year === later)!.annual!;
    const avg = values.find(
      (v) => v.indicatorId === i.id && v.periodKey === later && v.groupId === england.id,
    )!;
    // Last year's England average is the one the indicator's own benchmarks quote, if it quotes
    // one (so the page never shows two); otherwise it sits near the target.
    const quoted = i.benchmarks.find((b) => b.comparator === 'England average' && b.year === later);
    if (quoted) expect(avg.value).toBe(quoted.value);
    else expect(Math.abs(avg.value - annual)).toBeLessThan(annual * 0.15);
    const compared = indicators.filter((x) => values.some((v) => v.indicatorId === x.id));
    for (const indicator of compared)
      for (const b of indicator.benchmarks.filter((x) => x.year === later)) {
        const groupId = b.comparator === 'England average' ? england.id : cipfa.id;
        const published = values.find(
          (v) =>
            v.indicatorId === indicator.id &&
            v.periodKey === later &&
            v.groupId === groupId &&
            v.kind === 'average',
        );
        expect(published?.value, `${indicator.code} ${b.comparator}`).toBe(b.value);
      }
  });

  it('is the same for the same seed and day', () => {
    expect(itemsOf(buildDemoCouncil({ today }), 'benchmarkValues')).toEqual(values);
  });
});
