import { describe, expect, it } from 'vitest';
import type { IndicatorSummary, ThreadNode } from '../../../shared/api/index.js';
import { filterByOrganisation, keptCodes, NO_FILTERS } from './filter-by-organisation.js';

const leaf = (kind: 'indicator' | 'key-action', code: string, state: string): ThreadNode => ({
  kind,
  id: code,
  code,
  title: code,
  state: state as ThreadNode['state'],
  indicatorCounts: { total: 0 },
  actionCounts: { total: 0 },
  children: [],
});
const branch = (kind: ThreadNode['kind'], id: string, children: ThreadNode[]): ThreadNode => ({
  kind,
  id,
  code: id,
  title: id,
  indicatorCounts: { total: 99 },
  actionCounts: { total: 99 },
  children,
});
const tree = branch('plan', 'plan', [
  branch('priority', 'P1', [
    branch('objective', 'P1.1', [
      leaf('indicator', 'WR01', 'good'),
      leaf('indicator', 'HS02', 'action'),
      leaf('key-action', 'KA1', 'good'),
    ]),
  ]),
  branch('priority', 'P2', [branch('objective', 'P2.1', [leaf('indicator', 'CD01', 'action')])]),
]);
const summaries = [
  { code: 'WR01', serviceId: 'waste', directorateId: 'place', portfolioId: 'env' },
  { code: 'HS02', serviceId: 'housing', directorateId: 'people', portfolioId: 'homes' },
  { code: 'CD01', serviceId: 'contact', directorateId: 'people', portfolioId: 'res' },
] as IndicatorSummary[];

describe('filtering the golden thread by organisation', () => {
  it('keeps everything when nothing is chosen', () => {
    expect(keptCodes(summaries, NO_FILTERS)).toBeNull();
    expect(filterByOrganisation(tree, null, '')).toBe(tree);
  });

  it("keeps a directorate's indicators with their path, recounted, without key actions", () => {
    const codes = keptCodes(summaries, { ...NO_FILTERS, directorate: 'people' });
    expect([...codes!].sort()).toEqual(['CD01', 'HS02']);
    const shown = filterByOrganisation(tree, codes, '')!;
    expect(shown.indicatorCounts).toEqual({ total: 2, action: 2 });
    expect(shown.actionCounts).toEqual({ total: 0 });
    expect(shown.children.map((c) => c.id)).toEqual(['P1', 'P2']);
    expect(shown.children[0]!.children[0]!.children.map((c) => c.code)).toEqual(['HS02']);
  });

  it('keeps one priority, key actions and all, and says nothing matches when nothing does', () => {
    const shown = filterByOrganisation(tree, null, 'P1')!;
    expect(shown.children.map((c) => c.id)).toEqual(['P1']);
    expect(shown.indicatorCounts).toEqual({ total: 2, good: 1, action: 1 });
    expect(shown.actionCounts).toEqual({ total: 1, good: 1 });
    const none = keptCodes(summaries, { ...NO_FILTERS, service: 'waste' });
    expect(filterByOrganisation(tree, none, 'P2')).toBeNull();
  });
});
