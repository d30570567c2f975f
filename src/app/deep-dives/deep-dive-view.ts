// What the tab, the card, the dashboard and the report show of a deep-dive review: every field as
// words (dates dd/mm/yyyy, where it stands, who asked), the questions beside their answers, the
// action plan it links to, and what the viewer may do to it — worked out once, here, by the rules
// in src/domain/deep-dives, so no host decides who may write.
import { planStatusWords } from '../../domain/action-plans/index.js';
import {
  DEEP_DIVE_QUESTIONS,
  answeredCount,
  deepDivePermissions,
  deepDiveRole,
  deepDiveStandingWords,
  deepDiveState,
  hasLeft,
  type DeepDivePermissions,
  type DeepDiveQuestionKey,
  type DeepDiveState,
} from '../../domain/deep-dives/index.js';
import type {
  ActionPlan,
  DeepDiveReview,
  DeepDiveStatus,
  DeepDiveTrigger,
  IsoDate,
} from '../../domain/model/types.js';
import { formatDate, londonDate, parsePeriod } from '../../domain/periods/index.js';
import type { StoredItem } from '../../domain/ports/store.js';
import type { Catalogue } from '../catalogue/index.js';
import type { PersonRef } from '../returns/return-view.js';

export type StoredDeepDive = StoredItem<Omit<DeepDiveReview, 'id'>>;

export interface PlanChoice {
  id: string;
  /** "From 2025/26 Q2: Open, overdue since 30/09/2025". */
  label: string;
}

export interface DeepDiveView {
  id: string;
  version: string;
  indicator: { id: string; code: string; title: string };
  trigger: DeepDiveTrigger;
  /** "Persistent under-performance", "The performance team asked", "Asked for by Scrutiny Committee". */
  triggerWords: string;
  requestedBy: string;
  requestedAt: string;
  requestedAtText: string;
  scope: string;
  lead: PersonRef & { hasLeft: boolean };
  dueDate: IsoDate;
  dueDateText: string;
  questions: { key: DeepDiveQuestionKey; question: string; answer: string }[];
  answered: number;
  findings: string;
  recommendations: string;
  actionPlan: PlanChoice | null;
  /** The indicator's action plans, newest first, for linking one. */
  actionPlanChoices: PlanChoice[];
  status: DeepDiveStatus;
  state: DeepDiveState;
  /** Where it stands in words: "Under way, due 12/03/2026", "Closed 02/02/2026". */
  standing: string;
  outcome: string;
  closedAt: string | null;
  closedAtText: string | null;
  closedBy: PersonRef | null;
  may: DeepDivePermissions;
}

export const TRIGGER_WORDS: Readonly<Record<DeepDiveTrigger, string>> = {
  'persistent-under-performance': 'Persistent under-performance',
  'performance-team': 'The performance team asked',
  committee: 'A committee',
};

function triggerWords(r: Pick<DeepDiveReview, 'trigger' | 'requestedBy'>): string {
  return r.trigger === 'committee' && r.requestedBy
    ? `Asked for by ${r.requestedBy}`
    : TRIGGER_WORDS[r.trigger];
}

const personRef = (cat: Catalogue, id: string): PersonRef => ({
  id,
  name: cat.people.get(id)?.name ?? 'someone no longer listed',
});

export function planChoice(plan: ActionPlan, today: IsoDate): PlanChoice {
  return {
    id: plan.id,
    label: `From ${parsePeriod(plan.periodKey).label}: ${planStatusWords(plan, today)}`,
  };
}

export interface ViewContext {
  cat: Catalogue;
  today: IsoDate;
  /** Every action plan of the indicators shown, by id. */
  plans: ReadonlyMap<string, ActionPlan>;
}

export function deepDiveView(
  ctx: ViewContext,
  item: StoredDeepDive,
  viewerId: string,
): DeepDiveView {
  const { cat, today, plans } = ctx;
  const r = item.fields;
  const indicator = cat.indicators.get(r.indicatorId);
  const linked = r.actionPlanId ? plans.get(r.actionPlanId) : undefined;
  const choices = [...plans.values()]
    .filter((p) => p.indicatorId === r.indicatorId)
    .sort((a, b) => b.periodKey.localeCompare(a.periodKey))
    .map((p) => planChoice(p, today));
  const answers: Partial<Record<DeepDiveQuestionKey, string>> = r.answers ?? {};
  return {
    id: item.id,
    version: item.version,
    indicator: {
      id: r.indicatorId,
      code: indicator?.code ?? r.indicatorId,
      title: indicator?.title ?? '',
    },
    trigger: r.trigger,
    triggerWords: triggerWords(r),
    requestedBy: r.requestedBy,
    requestedAt: r.requestedAt,
    requestedAtText: formatDate(londonDate(r.requestedAt)),
    scope: r.scope,
    lead: { ...personRef(cat, r.leadOfficerId), hasLeft: hasLeft(cat.people.get(r.leadOfficerId)) },
    dueDate: r.dueDate,
    dueDateText: formatDate(r.dueDate),
    questions: DEEP_DIVE_QUESTIONS.map((q) => ({ ...q, answer: answers[q.key] ?? '' })),
    answered: answeredCount(answers),
    findings: r.findings,
    recommendations: r.recommendations,
    actionPlan: linked ? planChoice(linked, today) : null,
    actionPlanChoices: choices,
    status: r.status,
    state: deepDiveState(r, today),
    standing: deepDiveStandingWords(r, today),
    outcome: r.outcome,
    closedAt: r.closedAt,
    closedAtText: r.closedAt ? formatDate(londonDate(r.closedAt)) : null,
    closedBy: r.closedBy ? personRef(cat, r.closedBy) : null,
    may: deepDivePermissions(deepDiveRole(cat.people, viewerId, r), r),
  };
}

/** Open reviews first (soonest due first), then closed ones (most recently closed first). */
export function compareDeepDives(a: DeepDiveView, b: DeepDiveView): number {
  if (a.status !== b.status) return a.status === 'open' ? -1 : 1;
  if (a.status === 'open') return a.dueDate.localeCompare(b.dueDate);
  return (b.closedAt ?? '').localeCompare(a.closedAt ?? '');
}
