import bundled from 'elkjs/lib/elk.bundled.js';
import { describe, expect, it } from 'vitest';
import { elkGraph, type SizedNode } from './elk-layout.js';
import { SMALL_MAP, treeLayout } from './tree-layout.js';

// In Node the CommonJS bundle's default export is ELK's constructor; its typings say otherwise.
const ELK = bundled as unknown as typeof import('elkjs/lib/elk-api.js').default;

// A first map's shape: a plan, priorities of different sizes (one card taller than its only
// objective), objectives whose titles wrap to different heights, and an unlinked branch.
function firstMap(): SizedNode[] {
  const heights = [90, 130, 110, 70, 150];
  const nodes: SizedNode[] = [{ key: 'plan', parentKey: null, width: 297, height: 70 }];
  for (let p = 1; p <= 5; p++) {
    nodes.push({ key: `p${p}`, parentKey: 'plan', width: 351, height: p === 2 ? 200 : 90 });
    for (let o = 1; o <= (p === 2 ? 1 : p + 1); o++)
      nodes.push({
        key: `p${p}/o${o}`,
        parentKey: `p${p}`,
        width: 405,
        height: heights[(p + o) % 5]!,
      });
  }
  nodes.push({ key: 'unlinked', parentKey: 'plan', width: 405, height: 80 });
  for (let k = 0; k < 4; k++)
    nodes.push({ key: `unlinked/${k}`, parentKey: 'unlinked', width: 405, height: 100 });
  return nodes;
}

describe('the small map’s own layout', () => {
  it('places every card where ELK’s tree layout does', async () => {
    const nodes = firstMap();
    expect(nodes.length).toBeLessThanOrEqual(SMALL_MAP);
    const laid = await new ELK().layout(elkGraph(nodes, 1.35));
    const mine = treeLayout(nodes, 1.35);
    for (const c of laid.children ?? []) {
      const box = mine.boxes.get(c.id)!;
      expect([c.id, Math.round(box.x), Math.round(box.y)]).toEqual([
        c.id,
        Math.round(c.x!),
        Math.round(c.y!),
      ]);
    }
  });

  it('joins each card to its parent, from the parent’s right edge to the card’s left', () => {
    const nodes = firstMap();
    const { boxes, routes, width, height } = treeLayout(nodes);
    expect(routes).toHaveLength(nodes.length - 1);
    for (const n of nodes.filter((m) => m.parentKey)) {
      const route = routes.find((r) => r.id === `edge:${n.key}`)!;
      const from = boxes.get(n.parentKey!)!;
      const to = boxes.get(n.key)!;
      expect(route.points[0]).toEqual({ x: from.x + from.width, y: from.y + from.height / 2 });
      expect(route.points.at(-1)).toEqual({ x: to.x, y: to.y + to.height / 2 });
    }
    for (const b of boxes.values()) {
      expect(b.x + b.width).toBeLessThanOrEqual(width);
      expect(b.y + b.height).toBeLessThanOrEqual(height);
    }
  });
});
