import { describe, expect, it } from 'vitest';
import type { ThreadNode } from '../../../shared/api/index.js';
import { allBranchKeys, initiallyOpen, neighbour, visibleNodes } from './map-model.js';

const leaf = (kind: 'indicator' | 'key-action', id: string): ThreadNode => ({
  kind,
  id,
  code: id.toUpperCase(),
  title: `Title ${id}`,
  state: 'good',
  indicatorCounts: { total: kind === 'indicator' ? 1 : 0 },
  actionCounts: { total: kind === 'key-action' ? 1 : 0 },
  children: [],
});
const branch = (kind: ThreadNode['kind'], id: string, children: ThreadNode[]): ThreadNode => ({
  kind,
  id,
  code: id.toUpperCase(),
  title: `Title ${id}`,
  indicatorCounts: { total: 0 },
  actionCounts: { total: 0 },
  children,
});

// i1 serves both objectives, so it appears twice with different keys.
const tree = branch('plan', 'cp', [
  branch('priority', 'p1', [
    branch('objective', 'o1', [leaf('indicator', 'i1'), leaf('key-action', 'k1')]),
    branch('objective', 'o2', [leaf('indicator', 'i1')]),
  ]),
  branch('priority', 'p2', [branch('objective', 'o3', [leaf('indicator', 'i2')])]),
]);

describe('the strategy map model', () => {
  it('opens the plan and priorities at first, so objectives show but not their leaves', () => {
    const shown = visibleNodes(tree, initiallyOpen(tree));
    expect(shown.map((n) => n.node.id)).toEqual(['cp', 'p1', 'o1', 'o2', 'p2', 'o3']);
    expect(shown.find((n) => n.node.id === 'o1')).toMatchObject({
      expandable: true,
      expanded: false,
      depth: 2,
    });
  });

  it('keys an item by its path, so one serving two objectives appears under each', () => {
    const shown = visibleNodes(tree, allBranchKeys(tree));
    const i1 = shown.filter((n) => n.node.id === 'i1');
    expect(i1).toHaveLength(2);
    expect(new Set(i1.map((n) => n.key)).size).toBe(2);
    expect(new Set(shown.map((n) => n.key)).size).toBe(shown.length);
  });

  it('moves by arrow: down the column, left to the parent, right to the first child', () => {
    const shown = visibleNodes(tree, allBranchKeys(tree));
    const key = (id: string) => shown.find((n) => n.node.id === id)!.key;
    expect(neighbour(shown, key('o1'), 'ArrowDown')).toBe(key('o2'));
    expect(neighbour(shown, key('o2'), 'ArrowDown')).toBe(key('o3'));
    expect(neighbour(shown, key('o1'), 'ArrowUp')).toBeNull();
    expect(neighbour(shown, key('o1'), 'ArrowLeft')).toBe(key('p1'));
    expect(neighbour(shown, key('p1'), 'ArrowRight')).toBe(key('o1'));
    expect(neighbour(shown, shown.find((n) => n.node.id === 'k1')!.key, 'ArrowRight')).toBeNull();
  });
});
