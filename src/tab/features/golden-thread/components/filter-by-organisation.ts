// Filter the golden thread by directorate, service, portfolio or priority, keeping the path from
// the plan to each indicator that stays, and recounting the ratings at every level so the counts
// describe what is shown. Key actions belong to service plans, which the thread does not carry, so
// they stay only while no directorate, service or portfolio is chosen.
import type { IndicatorSummary, RatingCounts, ThreadNode } from '../../../shared/api/index.js';

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

/** The codes of indicators the organisation filters keep, or null when none is chosen. */
export function keptCodes(list: readonly IndicatorSummary[], f: ThreadFilters): Set<string> | null {
  if (!f.directorate && !f.service && !f.portfolio) return null;
  return new Set(
    list
      .filter(
        (i) =>
          (!f.directorate || i.directorateId === f.directorate) &&
          (!f.service || i.serviceId === f.service) &&
          (!f.portfolio || i.portfolioId === f.portfolio),
      )
      .map((i) => i.code),
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

function prune(node: ThreadNode, codes: Set<string> | null): ThreadNode | null {
  if (node.kind === 'indicator') return !codes || codes.has(node.code) ? node : null;
  if (node.kind === 'key-action') return codes ? null : node;
  const children = node.children
    .map((c) => prune(c, codes))
    .filter((c): c is ThreadNode => c !== null);
  if (!children.length && node.kind !== 'plan') return null;
  const kept = { ...node, children };
  return {
    ...kept,
    indicatorCounts: recount(kept, 'indicator'),
    actionCounts: recount(kept, 'key-action'),
  };
}

export function filterByOrganisation(
  tree: ThreadNode,
  codes: Set<string> | null,
  priorityId: string,
): ThreadNode | null {
  if (!codes && !priorityId) return tree;
  const scoped = priorityId
    ? {
        ...tree,
        children: tree.children.filter((c) => c.kind !== 'priority' || c.id === priorityId),
      }
    : tree;
  const pruned = prune(scoped, codes);
  return pruned && pruned.children.length ? pruned : null;
}
