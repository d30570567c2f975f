// Filter the golden thread by directorate, service, portfolio or priority, keeping the path from
// the plan to each indicator that stays, and recounting the ratings at every level so the counts
// describe what is shown. Each indicator and key action carries its service, directorate and
// portfolio (a key action through its service plan), so both are filtered alike.
import type { RatingCounts, ThreadNode } from '../../../shared/api/index.js';

export interface ThreadFilters {
  directorate: string;
  service: string;
  portfolio: string;
  priority: string;
}

export const NO_FILTERS: ThreadFilters = {
  directorate: '',
  service: '',
  portfolio: '',
  priority: '',
};

const orgChosen = (f: ThreadFilters) => Boolean(f.directorate || f.service || f.portfolio);

/** Whether an indicator or key action sits in the chosen directorate, service and portfolio. */
function inOrganisation(node: ThreadNode, f: ThreadFilters): boolean {
  if (!orgChosen(f)) return true;
  const org = node.organisation;
  if (!org) return false;
  return (
    (!f.directorate || org.directorateId === f.directorate) &&
    (!f.service || org.serviceId === f.service) &&
    (!f.portfolio || org.portfolioId === f.portfolio)
  );
}

function recount(node: ThreadNode, kind: 'indicator' | 'key-action'): RatingCounts {
  const seen = new Map<string, string>();
  const walk = (n: ThreadNode) => {
    if (n.kind === kind) seen.set(n.id, n.state ?? 'not-rated');
    n.children.forEach(walk);
  };
  walk(node);
  const counts: RatingCounts = { total: seen.size };
  for (const state of seen.values())
    counts[state as keyof RatingCounts] = (counts[state as keyof RatingCounts] ?? 0) + 1;
  return counts;
}

function prune(node: ThreadNode, f: ThreadFilters): ThreadNode | null {
  if (node.kind === 'indicator' || node.kind === 'key-action')
    return inOrganisation(node, f) ? node : null;
  const children = node.children.map((c) => prune(c, f)).filter((c): c is ThreadNode => c !== null);
  if (!children.length && node.kind !== 'plan') return null;
  const kept = { ...node, children };
  return {
    ...kept,
    indicatorCounts: recount(kept, 'indicator'),
    actionCounts: recount(kept, 'key-action'),
  };
}

export function filterByOrganisation(tree: ThreadNode, f: ThreadFilters): ThreadNode | null {
  if (!orgChosen(f) && !f.priority) return tree;
  const scoped = f.priority
    ? {
        ...tree,
        children: tree.children.filter((c) => c.kind !== 'priority' || c.id === f.priority),
      }
    : tree;
  const pruned = prune(scoped, f);
  return pruned && pruned.children.length ? pruned : null;
}
