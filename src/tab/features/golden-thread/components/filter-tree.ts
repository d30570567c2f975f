// Search the golden thread by code or title: keep matching nodes, with the path that leads to them
// (so the thread from plan to indicator stays visible), and everything beneath a matching node.
import type { ThreadNode } from '../../../shared/api/index.js';

export function matches(node: ThreadNode, q: string): boolean {
  return node.code.toLowerCase().includes(q) || node.title.toLowerCase().includes(q);
}

export function filterTree(node: ThreadNode, query: string): ThreadNode | null {
  const q = query.trim().toLowerCase();
  if (!q || matches(node, q)) return node;
  const children = node.children
    .map((c) => filterTree(c, q))
    .filter((c): c is ThreadNode => c !== null);
  return children.length ? { ...node, children } : null;
}
