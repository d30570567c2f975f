import { describe, expect, it } from 'vitest';
import type { ThreadNode } from '../../../shared/api/index.js';
import { filterTree } from './filter-tree.js';

const node = (
  kind: ThreadNode['kind'],
  code: string,
  title: string,
  children: ThreadNode[] = [],
): ThreadNode => ({
  kind,
  id: code || title,
  code,
  title,
  indicatorCounts: { total: 0 },
  actionCounts: { total: 0 },
  children,
});

const tree = node('plan', '', 'Council Plan', [
  node('priority', 'P1', 'Clean and green', [
    node('objective', 'P1.1', 'Recycling', [node('indicator', 'WR02', 'Household waste recycled')]),
  ]),
  node('priority', 'P3', 'Good homes', [
    node('objective', 'P3.1', 'Homelessness', [
      node('indicator', 'HS02', 'Temporary accommodation'),
    ]),
  ]),
]);

describe('filterTree', () => {
  it('keeps a matching indicator with the path from the plan to it', () => {
    const found = filterTree(tree, 'wr02')!;
    expect(found.children.map((c) => c.code)).toEqual(['P1']);
    expect(found.children[0]!.children[0]!.children.map((c) => c.code)).toEqual(['WR02']);
  });

  it('matches titles too, and keeps everything beneath a matching node', () => {
    const found = filterTree(tree, 'good homes')!;
    expect(found.children.map((c) => c.code)).toEqual(['P3']);
    expect(found.children[0]!.children[0]!.children[0]!.code).toBe('HS02');
  });

  it('returns the whole tree for an empty search and null when nothing matches', () => {
    expect(filterTree(tree, '  ')).toBe(tree);
    expect(filterTree(tree, 'zz99')).toBeNull();
  });
});
