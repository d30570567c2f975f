// Counts of indicator ratings per group, for the dashboard's "by priority / by directorate" views.
// An indicator is counted once in each group it belongs to: by priority through its objectives
// (two objectives of one priority still count once); by service, directorate or portfolio through
// its service. Every group is listed, including those with nothing in view, so a dashboard shows
// the whole council. Indicators with no rating in `statuses` are not in view and not counted.
import type { Indicator, RatingState } from '../model/types.js';
import { serviceOf } from '../model/service-of.js';
import { byCode, countIds } from './counts.js';
import { planScope } from './plan-scope.js';
import type { RollUpBy, RollUpRow, ThreadInput } from './types.js';

interface Group {
  id: string;
  name: string;
}

export function rollUp(
  input: ThreadInput,
  statuses: ReadonlyMap<string, RatingState>,
  by: RollUpBy,
): RollUpRow[] {
  const { groups, groupsOf } = grouping(input, by);
  const members = new Map<string, string[]>(groups.map((g) => [g.id, []]));
  for (const indicator of input.indicators) {
    for (const groupId of new Set(groupsOf(indicator))) members.get(groupId)?.push(indicator.id);
  }
  return groups.map((g) => ({
    id: g.id,
    name: g.name,
    counts: countIds(members.get(g.id) ?? [], statuses),
  }));
}

function grouping(
  input: ThreadInput,
  by: RollUpBy,
): { groups: Group[]; groupsOf: (indicator: Indicator) => string[] } {
  const service = new Map(input.services.map((s) => [s.id, s]));
  switch (by) {
    case 'priority': {
      const scope = planScope(input);
      return {
        groups: scope.priorities.map((p) => ({ id: p.id, name: p.title })),
        groupsOf: (i) => i.objectiveIds.flatMap((o) => scope.priorityOf.get(o) ?? []),
      };
    }
    case 'objective': {
      const scope = planScope(input);
      return {
        groups: scope.objectives.map((o) => ({ id: o.id, name: o.title })),
        groupsOf: (i) => i.objectiveIds,
      };
    }
    case 'service':
      return { groups: byName(input.services), groupsOf: (i) => optional(i.serviceId) };
    case 'directorate':
      return {
        groups: byName(input.directorates),
        groupsOf: (i) => optional(serviceOf(service, i.serviceId)?.directorateId),
      };
    case 'portfolio':
      return {
        groups: byName(input.portfolios),
        groupsOf: (i) => optional(serviceOf(service, i.serviceId)?.portfolioId),
      };
  }
}

function byName(items: readonly Group[]): Group[] {
  return items.map((g) => ({ id: g.id, name: g.name })).sort((a, b) => byCode(a.name, b.name));
}

/** No group for an indicator without a service (see serviceOf). */
function optional(id: string | null | undefined): string[] {
  return id ? [id] : [];
}
