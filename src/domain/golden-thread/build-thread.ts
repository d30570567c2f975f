// The golden thread as a tree: plan → priorities → objectives → indicators and key actions, so the
// Leadership Team can drill from the Council Plan down to each measure and action (DESIGN.md
// "Domain (the golden thread)"). Items linked to several objectives appear under each; items
// linked to none of this plan's objectives sit under "Unlinked / business as usual".
// What is in view is decided by the caller: an indicator or key action with no rating in the
// maps passed in is left out (for example an annual indicator when looking at a month).
import type { Indicator, KeyAction, RatingLevel, RatingState } from '../model/types.js';
import { serviceOf } from '../model/service-of.js';
import { byCode, countByRating, countIds } from './counts.js';
import { linkedObjectives, planScope } from './plan-scope.js';
import type { ThreadInput, ThreadNode, ThreadNodeKind, Organisation } from './types.js';

export const UNLINKED_ID = 'unlinked';
export const UNLINKED_TITLE = 'Unlinked / business as usual';

export function buildThread(
  input: ThreadInput,
  statuses: ReadonlyMap<string, RatingState>,
  actionRatings: ReadonlyMap<string, RatingLevel>,
): ThreadNode {
  const scope = planScope(input);
  const indicators = input.indicators
    .filter((i) => statuses.has(i.id))
    .sort((a, b) => byCode(a.code, b.code));
  // Key actions come from the service plans passed in (normally the year's), so last year's
  // actions do not linger in this year's thread.
  const servicePlanIds = new Set(input.servicePlans.map((p) => p.id));
  const orgOf = organisations(input);
  const planService = new Map(input.servicePlans.map((p) => [p.id, p.serviceId]));
  const actions = input.keyActions
    .filter((a) => servicePlanIds.has(a.servicePlanId) && actionRatings.has(a.id))
    .sort((a, b) => byCode(a.code, b.code));

  const leavesFor = (objectiveId: string): ThreadNode[] => [
    ...indicators
      .filter((i) => i.objectiveIds.includes(objectiveId))
      .map((i) => ({ ...indicatorLeaf(i, statuses), ...orgOf(i.serviceId) })),
    ...actions
      .filter((a) => a.objectiveIds.includes(objectiveId))
      .map((a) => ({
        ...actionLeaf(a, actionRatings),
        ...orgOf(planService.get(a.servicePlanId)),
      })),
  ];

  const priorityNodes = scope.priorities.map((priority) =>
    branch(
      'priority',
      priority.id,
      priority.code,
      priority.title,
      statuses,
      actionRatings,
      (scope.objectivesOf.get(priority.id) ?? []).map((objective) =>
        branch(
          'objective',
          objective.id,
          objective.code,
          objective.title,
          statuses,
          actionRatings,
          leavesFor(objective.id),
        ),
      ),
    ),
  );

  const unlinkedLeaves = [
    ...indicators
      .filter((i) => linkedObjectives(i.objectiveIds, scope).length === 0)
      .map((i) => ({ ...indicatorLeaf(i, statuses), ...orgOf(i.serviceId) })),
    ...actions
      .filter((a) => linkedObjectives(a.objectiveIds, scope).length === 0)
      .map((a) => ({
        ...actionLeaf(a, actionRatings),
        ...orgOf(planService.get(a.servicePlanId)),
      })),
  ];
  const unlinked =
    unlinkedLeaves.length === 0
      ? []
      : [
          branch(
            'unlinked',
            UNLINKED_ID,
            '',
            UNLINKED_TITLE,
            statuses,
            actionRatings,
            unlinkedLeaves,
          ),
        ];

  const plan = input.plan;
  return branch('plan', plan.id, '', plan.title, statuses, actionRatings, [
    ...priorityNodes,
    ...unlinked,
  ]);
}

function indicatorLeaf(
  indicator: Indicator,
  statuses: ReadonlyMap<string, RatingState>,
): ThreadNode {
  const state = statuses.get(indicator.id) as RatingState;
  return {
    kind: 'indicator',
    id: indicator.id,
    code: indicator.code,
    title: indicator.title,
    state,
    indicatorCounts: countByRating([state]),
    actionCounts: { total: 0 },
    children: [],
  };
}

function actionLeaf(action: KeyAction, ratings: ReadonlyMap<string, RatingLevel>): ThreadNode {
  const state = ratings.get(action.id) as RatingLevel;
  return {
    kind: 'key-action',
    id: action.id,
    code: action.code,
    title: action.title,
    state,
    indicatorCounts: { total: 0 },
    actionCounts: countByRating([state]),
    children: [],
  };
}

/** A node counting each distinct indicator and key action beneath it once, however often it appears. */
function branch(
  kind: ThreadNodeKind,
  id: string,
  code: string,
  title: string,
  statuses: ReadonlyMap<string, RatingState>,
  actionRatings: ReadonlyMap<string, RatingLevel>,
  children: ThreadNode[],
): ThreadNode {
  return {
    kind,
    id,
    code,
    title,
    indicatorCounts: countIds(leafIds(children, 'indicator'), statuses),
    actionCounts: countIds(leafIds(children, 'key-action'), actionRatings),
    children,
  };
}

function leafIds(nodes: readonly ThreadNode[], kind: 'indicator' | 'key-action'): string[] {
  return nodes.flatMap((node) => (node.kind === kind ? [node.id] : leafIds(node.children, kind)));
}

/** Looks up a service's directorate and portfolio; nothing for an unknown or missing service. */
function organisations(input: ThreadInput) {
  const services = new Map(input.services.map((s) => [s.id, s]));
  return (serviceId: string | null | undefined): { organisation?: Organisation } => {
    const service = serviceOf(services, serviceId);
    if (!service) return {};
    const organisation = {
      serviceId: service.id,
      directorateId: service.directorateId ?? null,
      portfolioId: service.portfolioId ?? null,
    };
    return { organisation };
  };
}
