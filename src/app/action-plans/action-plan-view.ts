// An action plan as people read it wherever it is shown (tab, cards, API): its owner by name, its
// dates in dd/mm/yyyy, whether it is overdue (in words, not colour alone), its approval and who
// may do what with it now.
import {
  APPROVAL_WORDS,
  approversOf,
  approverWords,
  overdueSince,
  overdueWords,
} from '../../domain/action-plans/index.js';
import type { ActionPlan, CouncilSettings } from '../../domain/model/types.js';
import { formatDate, londonDate, tryParsePeriod } from '../../domain/periods/index.js';
import type { ListShapes, StoredItem } from '../../domain/ports/store.js';
import type { Catalogue } from '../catalogue/index.js';
import { actorFor, involvedIn } from '../returns/actor.js';

export type StoredPlan = StoredItem<ListShapes['actionPlans']>;

export interface ActionPlanView extends ActionPlan {
  version: string;
  indicatorCode: string;
  ownerName: string;
  /** dd/mm/yyyy */
  dueOn: string;
  overdue: boolean;
  /** "overdue since 30/09/2026", or null */
  overdueLabel: string | null;
  /** One line naming the plan in a choice: period, actions, due date and any overdue mark. */
  label: string;
  approvalLabel: string;
  /** Who approved or rejected it, by name, and when (dd/mm/yyyy); null while undecided. */
  approvedByName: string | null;
  approvedOn: string | null;
  /** "the Authorising Officer" or the panel's name; null when the council asks for no approval. */
  approver: string | null;
  correctiveActionViews: { title: string; dueOn: string; done: boolean; overdue: boolean }[];
  progressViews: { on: string; byName: string; text: string }[];
  /** The viewer may add progress, tick actions and close it (officers, owner, performance team). */
  mayUpdate: boolean;
  /** The viewer may approve or reject it now. */
  mayApprove: boolean;
}

export function personName(cat: Catalogue, id: string | null): string {
  if (!id) return '';
  return cat.people.get(id)?.name ?? 'Unknown person';
}

/** Who may work on a plan: the indicator's officers and delegates, the owner, the performance team. */
export function mayUpdatePlan(cat: Catalogue, viewerId: string, plan: ActionPlan): boolean {
  if (plan.ownerId === viewerId) return cat.people.has(viewerId);
  const indicator = cat.indicators.get(plan.indicatorId);
  return !!indicator && involvedIn(actorFor(cat.people, viewerId, indicator));
}

export function planApprovers(
  cat: Catalogue,
  settings: Pick<CouncilSettings, 'actionPlanApproval'>,
  plan: ActionPlan,
): string[] {
  const indicator = cat.indicators.get(plan.indicatorId);
  if (!indicator) return [];
  return approversOf(settings.actionPlanApproval, plan, {
    authoriserId: indicator.authoriserId,
    delegateOf: (id) => cat.people.get(id)?.delegateId ?? null,
    adminIds: [...cat.people.values()].filter((p) => p.roles.includes('admin')).map((p) => p.id),
  });
}

/** "due 31/01/2026", "overdue: due 30/09/2025", or "due 31/01/2026, overdue since 15/12/2025". */
function dueWords(plan: ActionPlan, today: string): string {
  const since = overdueSince(plan, today);
  const due = formatDate(plan.dueDate);
  if (since === null) return `due ${due}`;
  return since === plan.dueDate
    ? `overdue: due ${due}`
    : `due ${due}, overdue since ${formatDate(since)}`;
}

export function actionPlanView(
  cat: Catalogue,
  settings: Pick<CouncilSettings, 'actionPlanApproval'>,
  item: StoredPlan,
  today: string,
  viewerId: string,
): ActionPlanView {
  const plan: ActionPlan = { ...item.fields, id: item.id };
  const overdueLabel = overdueWords(plan, today);
  const due = formatDate(plan.dueDate);
  const summary = plan.actions.replace(/\s+/g, ' ').trim();
  const short = summary.length > 70 ? `${summary.slice(0, 69)}…` : summary;
  return {
    ...plan,
    version: item.version,
    indicatorCode: cat.indicators.get(plan.indicatorId)?.code ?? '',
    ownerName: personName(cat, plan.ownerId),
    dueOn: due,
    overdue: overdueLabel !== null,
    overdueLabel,
    label: `From ${tryParsePeriod(plan.periodKey)?.label ?? plan.periodKey}: ${short} (${dueWords(plan, today)})`,
    approvedByName: plan.approvedBy ? personName(cat, plan.approvedBy) : null,
    approvedOn: plan.approvedAt ? formatDate(londonDate(plan.approvedAt)) : null,
    approvalLabel: APPROVAL_WORDS[plan.approval],
    approver: approverWords(settings.actionPlanApproval),
    correctiveActionViews: plan.correctiveActions.map((a) => ({
      title: a.title,
      dueOn: formatDate(a.dueDate),
      done: a.done,
      overdue: plan.status === 'open' && !a.done && a.dueDate < today,
    })),
    progressViews: plan.progress.map((p) => ({
      on: formatDate(londonDate(p.at)),
      byName: personName(cat, p.byId),
      text: p.text,
    })),
    mayUpdate: plan.status === 'open' && mayUpdatePlan(cat, viewerId, plan),
    mayApprove: planApprovers(cat, settings, plan).includes(viewerId),
  };
}

/** Open plans first (overdue first among them), then closed; newest first within each. */
export function comparePlans(a: ActionPlanView, b: ActionPlanView): number {
  const rank = (p: ActionPlanView) => (p.status === 'open' ? (p.overdue ? 0 : 1) : 2);
  return (
    rank(a) - rank(b) ||
    b.periodKey.localeCompare(a.periodKey) ||
    b.dueDate.localeCompare(a.dueDate)
  );
}
