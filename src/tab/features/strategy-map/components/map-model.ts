// What the map shows: the thread's nodes in reading order (pre-order), each keyed by its path —
// an indicator serving two objectives appears under each, so its id alone is not unique — with
// its parent, depth and whether it is open. Children of a closed node are not shown.
import type { ThreadNode } from '../../../shared/api/index.js';

export interface MapNode {
  key: string;
  node: ThreadNode;
  parentKey: string | null;
  depth: number;
  expandable: boolean;
  expanded: boolean;
}

export const isLeaf = (n: ThreadNode) => n.kind === 'indicator' || n.kind === 'key-action';

const keyOf = (n: ThreadNode, parentKey: string | null) =>
  `${parentKey ? `${parentKey}/` : ''}${n.kind}:${n.id}`;

/** Open at first: the plan and its priorities, so the objectives and their counts are in view. */
export function initiallyOpen(tree: ThreadNode): Set<string> {
  const root = keyOf(tree, null);
  return new Set([root, ...tree.children.map((c) => keyOf(c, root))]);
}

export function visibleNodes(tree: ThreadNode, open: ReadonlySet<string>): MapNode[] {
  const out: MapNode[] = [];
  const walk = (node: ThreadNode, parentKey: string | null, depth: number) => {
    const key = keyOf(node, parentKey);
    const expandable = node.children.length > 0;
    const expanded = expandable && open.has(key);
    out.push({ key, node, parentKey, depth, expandable, expanded });
    if (expanded) node.children.forEach((c) => walk(c, key, depth + 1));
  };
  walk(tree, null, 0);
  return out;
}

/** Every branch's key, for "open all". */
export function allBranchKeys(tree: ThreadNode): Set<string> {
  const keys = new Set<string>();
  const walk = (node: ThreadNode, parentKey: string | null) => {
    const key = keyOf(node, parentKey);
    if (node.children.length) keys.add(key);
    node.children.forEach((c) => walk(c, key));
  };
  walk(tree, null);
  return keys;
}

/**
 * Where an arrow key moves focus: Up and Down to the previous or next node in the same column,
 * Left to the parent, Right to the first child; null when there is nowhere to go (the caller opens
 * or closes the node instead).
 */
export function neighbour(
  nodes: readonly MapNode[],
  key: string,
  arrow: 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight',
): string | null {
  const at = nodes.findIndex((n) => n.key === key);
  const here = nodes[at];
  if (!here) return null;
  if (arrow === 'ArrowLeft') return here.parentKey;
  if (arrow === 'ArrowRight') return nodes.find((n) => n.parentKey === key)?.key ?? null;
  const column = nodes.filter((n) => n.depth === here.depth);
  const i = column.findIndex((n) => n.key === key);
  return column[arrow === 'ArrowDown' ? i + 1 : i - 1]?.key ?? null;
}

/** The visible cue of what pressing a card does (its state reaches screen readers otherwise). */
export function cardHint(n: MapNode): string | null {
  if (n.node.kind === 'key-action') return 'Progress ›';
  if (n.node.kind === 'indicator') return 'Open ›';
  if (!n.expandable) return null;
  return n.expanded ? 'Hide ‹' : `Show ${n.node.children.length} ›`;
}
