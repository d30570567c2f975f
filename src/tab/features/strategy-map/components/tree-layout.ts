// A small map laid out here, at once, as a tidy tree: ELK's start-up in its worker (download,
// parse and a slow first run, about two seconds on a cold page) cost more than everything else
// in the first map, which is only the plan, its priorities and their objectives. The shape is
// that of ELK's tree layout — columns by depth, each branch centred on what serves it, branches
// packed as close as their cards allow — so a map that grows past SMALL_MAP and is then laid out
// by ELK keeps its look (the positions agree to a few pixels).
import type { Box, MapLayout, Route, SizedNode } from './elk-layout.js';

/** Up to this many cards the map is laid out here; above it, by ELK. */
export const SMALL_MAP = 60;
const PADDING = 12;

interface Placed {
  node: SizedNode;
  depth: number;
  y: number;
  children: Placed[];
}

/** The top and bottom of a subtree at each depth below its root, relative to its own top. */
type Contour = Map<number, { top: number; bottom: number }>;

export function treeLayout(nodes: readonly SizedNode[], spacing = 1): MapLayout {
  const gap = Math.round(28 * spacing);
  const byParent = new Map<string | null, SizedNode[]>();
  for (const n of nodes) byParent.set(n.parentKey, [...(byParent.get(n.parentKey) ?? []), n]);
  const columnWidth: number[] = [];

  // Places a subtree with its top at 0, returning where each of its cards is and its contour.
  const place = (node: SizedNode, depth: number): { placed: Placed; contour: Contour } => {
    columnWidth[depth] = Math.max(columnWidth[depth] ?? 0, node.width);
    const contour: Contour = new Map();
    const children: Placed[] = [];
    for (const child of byParent.get(node.key) ?? []) {
      const sub = place(child, depth + 1);
      // As close under the previous branches as every shared column allows.
      let offset = 0;
      for (const [d, span] of sub.contour) {
        const above = contour.get(d);
        if (above) offset = Math.max(offset, above.bottom + gap - span.top);
      }
      shift(sub.placed, offset);
      for (const [d, span] of sub.contour) {
        const above = contour.get(d);
        contour.set(d, {
          top: Math.min(above?.top ?? Infinity, span.top + offset),
          bottom: Math.max(above?.bottom ?? -Infinity, span.bottom + offset),
        });
      }
      children.push(sub.placed);
    }
    // Centred between its first and last children's middles, as ELK centres a branch.
    const [first, last] = [children[0], children.at(-1)];
    const middle = (c: Placed) => c.y + c.node.height / 2;
    const y = first && last ? (middle(first) + middle(last)) / 2 - node.height / 2 : 0;
    contour.set(depth, { top: y, bottom: y + node.height });
    // Keep the subtree's top at 0 when the card itself reaches above its children.
    const lift = Math.min(0, y);
    const placed = { node, depth, y, children };
    if (lift < 0) {
      shift(placed, -lift);
      for (const span of contour.values()) {
        span.top -= lift;
        span.bottom -= lift;
      }
    }
    return { placed, contour };
  };

  const boxes = new Map<string, Box>();
  const routes: Route[] = [];
  const roots = byParent.get(null) ?? [];
  let top = PADDING;
  const trees = roots.map((root) => {
    const { placed, contour } = place(root, 0);
    shift(placed, top);
    top += Math.max(...[...contour.values()].map((s) => s.bottom)) + gap;
    return placed;
  });
  const columnX = [PADDING];
  for (const w of columnWidth) columnX.push(columnX.at(-1)! + w + gap);
  const draw = (p: Placed) => {
    // Each card centred in its column, as ELK places them.
    const x = columnX[p.depth]! + (columnWidth[p.depth]! - p.node.width) / 2;
    const box = { x, y: p.y, width: p.node.width, height: p.node.height };
    boxes.set(p.node.key, box);
    for (const c of p.children) {
      draw(c);
      const to = boxes.get(c.node.key)!;
      const from = { x: box.x + box.width, y: box.y + box.height / 2 };
      const mid = (from.x + to.x) / 2;
      routes.push({
        id: `edge:${c.node.key}`,
        points: [
          from,
          { x: mid, y: from.y },
          { x: mid, y: to.y + to.height / 2 },
          { x: to.x, y: to.y + to.height / 2 },
        ],
      });
    }
  };
  trees.forEach(draw);
  const all = [...boxes.values()];
  return {
    boxes,
    routes,
    width: Math.max(0, ...all.map((b) => b.x + b.width)) + PADDING,
    height: Math.max(0, ...all.map((b) => b.y + b.height)) + PADDING,
  };
}

function shift(p: Placed, by: number): void {
  p.y += by;
  p.children.forEach((c) => shift(c, by));
}
