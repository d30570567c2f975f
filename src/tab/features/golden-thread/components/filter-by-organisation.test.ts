import { describe, expect, it } from 'vitest';
import type { ThreadNode } from '../../../shared/api/index.js';
import { filterByOrganisation, NO_FILTERS } from './filter-by-organisation.js';

const ORGS = {
  waste: { serviceId: 'waste', directorateId: 'place', portfolioId: 'env' },
  housing: { serviceId: 'housing', directorateId: 'people', portfolioId: 'homes' },
  contact: { serviceId: 'contact', directorateId: 'people', portfolioId: 'res' },
};
const leaf = (
  kind: 'indicator' | 'key-action',
  code: string,
  state: string,
  org: keyof typeof ORGS,
): ThreadNode => ({
  kind,
  organisation: ORGS[org],
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
      leaf('indicator', 'WR01', 'good', 'waste'),
      leaf('indicator', 'HS02', 'action', 'housing'),
      leaf('key-action', 'KA1', 'good', 'housing'),
    ]),
  ]),
  branch('priority', 'P2', [
    branch('objective', 'P2.1', [leaf('indicator', 'CD01', 'action', 'contact')]),
  ]),
]);
describe('filtering the golden thread by organisation', () => {
  it('keeps everything when nothing is chosen', () => {
    expect(filterByOrganisation(tree, NO_FILTERS)).toBe(tree);
  });

  it("keeps a directorate's indicators and key actions with their path, recounted", () => {
    const shown = filterByOrganisation(tree, { ...NO_FILTERS, directorate: 'people' })!;
    expect(shown.indicatorCounts).toEqual({ total: 2, action: 2 });
    expect(shown.actionCounts).toEqual({ total: 1, good: 1 });
    expect(shown.children.map((c) => c.id)).toEqual(['P1', 'P2']);
    expect(shown.children[0]!.children[0]!.children.map((c) => c.code)).toEqual(['HS02', 'KA1']);
  });

  it('drops a key action of another service, and a leaf with no known service', () => {
    const shown = filterByOrganisation(tree, { ...NO_FILTERS, service: 'waste' })!;
    expect(shown.actionCounts).toEqual({ total: 0 });
    const orphan = { ...leaf('indicator', 'XX01', 'good', 'waste'), organisation: undefined };
    const bare = branch('plan', 'plan', [branch('priority', 'P9', [orphan])]);
    expect(filterByOrganisation(bare, { ...NO_FILTERS, portfolio: 'env' })).toBeNull();
  });

  it('keeps one priority, key actions and all, and says nothing matches when nothing does', () => {
    const shown = filterByOrganisation(tree, { ...NO_FILTERS, priority: 'P1' })!;
    expect(shown.children.map((c) => c.id)).toEqual(['P1']);
    expect(shown.indicatorCounts).toEqual({ total: 2, good: 1, action: 1 });
    expect(shown.actionCounts).toEqual({ total: 1, good: 1 });
    expect(
      filterByOrganisation(tree, { ...NO_FILTERS, service: 'waste', priority: 'P2' }),
    ).toBeNull();
  });
});
