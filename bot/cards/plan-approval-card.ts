// The card for approving an action plan (issue 14; King's Lynn's panel approves plans): what the
// plan says (why the figure is below target, what will be done, its corrective actions with their
// dates, owner, due date, expected recovery, overdue in words) and who approves it. An approver
// approves (with an optional note) or says it is not approved, with a reason (required, so the
// owner can improve it). Buttons carry the plan's id and the version shown, so a stale card is
// refused, not applied. Text from people goes through escapeCardText.
import type { ActionPlanView } from '../../src/app/action-plans/index.js';
import { formatDate, londonDate, tryParsePeriod } from '../../src/domain/periods/index.js';
import { MAX_COMMENTARY } from '../../src/domain/values/index.js';
import { executeWith, showCard } from './actions.js';
import { card, type AdaptiveCard, type CardElement, type ExecuteAction } from './card-types.js';
import { MAX_SHOWN, escapeCardText } from './escape.js';
import type { Tone } from './model.js';
import { fieldError, input, notice, refusalBlock, text, titled } from './parts.js';
import { refreshUserIds } from './refresh-users.js';
import type { Verb } from './verbs.js';

export interface PlanApprovalCardModel {
  view: ActionPlanView;
  /** The indicator's title (the view carries its code). */
  indicatorTitle: string;
  /** Who approved or rejected it, by name; null while undecided. */
  decidedByName: string | null;
  refreshUserIds: string[];
  /** What the approver typed, shown back on a refused card. */
  draft?: { note: string; reason: string };
  /** Problems by input id (`note`, `reason`). */
  errors?: Record<string, string>;
  notice?: { text: string; tone: Tone } | null;
  /** Why the viewer may not decide (a refusal), shown with "Nothing was changed". */
  refusal?: string | null;
}

export function planExecute(
  verb: Verb,
  title: string,
  view: Pick<ActionPlanView, 'id' | 'version'>,
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  return executeWith(verb, title, { planId: view.id, version: view.version }, extra);
}

/** A period key as people read it (`Sep 2025`, `Q2 2025/26`); the key itself if it is not one. */
function periodWords(key: string): string {
  return tryParsePeriod(key)?.label ?? key;
}

function capital(s: string): string {
  return `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
}

/** "Approved by Sam Patel on 03/12/2026" / "Not approved by … on …: the reason". */
export function decisionWords(
  view: Pick<ActionPlanView, 'approval' | 'approvedAt' | 'approvalNote'>,
  byName: string | null,
): string | null {
  if (view.approval !== 'approved' && view.approval !== 'rejected') return null;
  const who = byName ? ` by ${escapeCardText(byName, MAX_SHOWN.name)}` : '';
  const on = view.approvedAt ? ` on ${formatDate(londonDate(view.approvedAt))}` : '';
  const note = view.approvalNote ? escapeCardText(view.approvalNote, MAX_SHOWN.reason) : '';
  if (view.approval === 'approved') return `Approved${who}${on}${note ? `. Note: ${note}` : ''}`;
  return `Not approved: ${note || 'no reason was given'} (decided${who}${on})`;
}

function facts(model: PlanApprovalCardModel): CardElement {
  const v = model.view;
  const rows = [
    { title: 'Figure for', value: periodWords(v.periodKey) },
    { title: 'Owner', value: escapeCardText(v.ownerName, MAX_SHOWN.name) },
    {
      title: 'Due',
      value: `${v.dueOn}${v.overdueLabel ? ` (${v.overdueLabel})` : ''}`,
    },
    { title: 'Expected back on target', value: periodWords(v.expectedRecovery) },
    { title: 'Status', value: v.status === 'open' ? 'Open' : 'Closed' },
    { title: 'Approval', value: v.approvalLabel },
  ];
  if (v.approver)
    rows.push({
      title: 'Who approves',
      value: escapeCardText(capital(v.approver), MAX_SHOWN.name),
    });
  return { type: 'FactSet', facts: rows, spacing: 'Medium' };
}

function section(title: string, body: string): CardElement[] {
  return [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    text(escapeCardText(body, MAX_SHOWN.commentary), { spacing: 'Small' }),
  ];
}

function correctiveActions(view: ActionPlanView): CardElement[] {
  if (!view.correctiveActionViews.length) return [];
  return [
    text('Corrective actions', { weight: 'Bolder', spacing: 'Medium' }),
    {
      type: 'FactSet',
      spacing: 'Small',
      facts: view.correctiveActionViews.map((a) => ({
        title: a.dueOn,
        value: `${escapeCardText(a.title, MAX_SHOWN.short)} (${a.done ? 'done' : a.overdue ? 'overdue' : 'to do'})`,
      })),
    },
  ];
}

function decisionBlock(model: PlanApprovalCardModel): CardElement[] {
  const words = decisionWords(model.view, model.decidedByName);
  if (!words) return [];
  return [
    {
      type: 'Container',
      style: model.view.approval === 'approved' ? 'good' : 'warning',
      spacing: 'Medium',
      items: [text(words, { weight: 'Bolder' })],
    },
  ];
}

function rejectAction(model: PlanApprovalCardModel): CardElement {
  return showCard(
    'Not approved…',
    [
      input('Input.Text', 'reason', 'Why is it not approved? (the owner is told)', {
        value: model.draft?.reason ?? '',
        isMultiline: true,
        isRequired: true,
        errorMessage: 'Say why it is not approved, so its owner can improve it',
        maxLength: MAX_COMMENTARY,
      }),
      ...fieldError(model.errors, 'reason'),
    ],
    [
      planExecute('actionPlan.reject', 'Not approved', model.view, {
        style: 'destructive',
        data: { decision: 'reject' },
      }),
    ],
  );
}

export function planApprovalCard(model: PlanApprovalCardModel): AdaptiveCard {
  const v = model.view;
  const subtitle = `Action plan · ${v.approvalLabel}${v.overdueLabel ? ` · ${capital(v.overdueLabel)}` : ''}`;
  const body: CardElement[] = [
    ...titled(v.indicatorCode, model.indicatorTitle, subtitle),
    ...notice(model.notice),
    ...refusalBlock('You cannot approve this action plan', model.refusal),
    ...decisionBlock(model),
    facts(model),
    ...section('Why it is off target', v.reasons),
    ...section('What will be done', v.actions),
    ...correctiveActions(v),
    ...(v.status === 'closed' && v.outcome ? section('Outcome', v.outcome) : []),
  ];
  const actions: CardElement[] = [];
  if (v.mayApprove) {
    body.push(
      input('Input.Text', 'note', 'Any conditions or comments (optional)', {
        value: model.draft?.note ?? '',
        isMultiline: true,
        maxLength: MAX_COMMENTARY,
        spacing: 'Medium',
      }),
      ...fieldError(model.errors, 'note'),
    );
    actions.push(
      planExecute('actionPlan.approve', 'Approve', v, {
        style: 'positive',
        data: { decision: 'approve' },
      }),
      rejectAction(model),
    );
  } else if (v.approval === 'pending' && v.approver && !model.refusal) {
    body.push(
      text(`Waiting for ${escapeCardText(v.approver, MAX_SHOWN.name)} to approve it.`, {
        isSubtle: true,
      }),
    );
  }
  return {
    ...card(body, actions),
    refresh: {
      action: planExecute('actionPlan.review', 'Refresh', v, { associatedInputs: 'none' }),
      userIds: refreshUserIds(model.refreshUserIds),
    },
  };
}
