// The check and authorise cards: the figure against target and history, the rating, commentary and
// evidence, who submitted it; pass / authorise, or send back with a reason (required). Checking an
// off-target figure needs an action plan (DESIGN.md): the checker chooses an open one to update
// (nothing is chosen for them; an overdue one needs a word on where it stands) or writes one in the
// card. The authorise card shows the attached plan beside the figure (issue 14).
import { isOffTarget } from '../../src/domain/ratings/index.js';
import { MAX_COMMENTARY, MAX_REASON } from '../../src/domain/values/index.js';
import { execute, refreshBlock, showCard } from './actions.js';
import { card, type AdaptiveCard, type CardElement } from './card-types.js';
import { MAX_SHOWN, bound } from './escape.js';
import type { ReturnCardModel } from './model.js';
import {
  definition,
  fieldError,
  heading,
  history,
  notice,
  planSummary,
  recorded,
  sentBack,
  text,
} from './parts.js';

// A corrective action's title, as long as createActionPlan takes (it refuses longer ones).
const MAX_ACTION_TITLE = 300;

function sendBackAction(model: ReturnCardModel): CardElement {
  const to = model.view.state === 'checked' ? 'the Responsible Officer' : 'the Collection Officer';
  return showCard(
    'Send back',
    [
      {
        type: 'Input.Text',
        id: 'reason',
        label: `Why? (${to} is told)`,
        isMultiline: true,
        isRequired: true,
        errorMessage: 'Say why it is being sent back',
        maxLength: MAX_REASON,
      },
    ],
    [execute('return.sendBack', 'Send back', model.view, { style: 'destructive' })],
  );
}

/** The plan the checker last chose, if it is still open: never one chosen for them (issue 14). */
function chosenPlan(model: ReturnCardModel): string | undefined {
  const id = model.planDraft?.actionPlanId || model.view.actionPlanId;
  return model.view.openPlans.some((p) => p.id === id) ? (id ?? undefined) : undefined;
}

function planChoice(model: ReturnCardModel): CardElement[] {
  const plans = model.view.openPlans;
  const lead = plans.length
    ? 'This figure is off target, so passing the check needs an action plan. Choose an open plan to update, or write a new one.'
    : 'This figure is off target, so passing the check needs an action plan. There is no open action plan for this indicator: write one.';
  const out = [text(lead, { weight: 'Bolder', spacing: 'Medium' })];
  if (plans.length) {
    out.push(text('Open action plans for this indicator', { size: 'Small', isSubtle: true }));
    for (const plan of plans) out.push(...planSummary(plan, true));
  }
  return out;
}

function updatePlanAction(model: ReturnCardModel): CardElement {
  const chosen = chosenPlan(model);
  return showCard(
    'Update an open plan',
    [
      {
        type: 'Input.ChoiceSet',
        id: 'actionPlanId',
        label: 'Update which open action plan?',
        style: 'compact',
        placeholder: 'Choose a plan',
        // Nothing chosen unless the checker chose it: a plan is never attached silently.
        ...(chosen ? { value: chosen } : {}),
        isRequired: true,
        errorMessage: 'Choose the plan to update, or write a new one instead',
        // Choice titles are plain text (no markdown), so they are bounded, not escaped.
        choices: model.view.openPlans.map((p) => ({
          title: bound(p.label, MAX_SHOWN.short),
          value: p.id,
        })),
      },
      {
        type: 'Input.Text',
        id: 'planUpdate',
        label: 'Where does the plan stand? (added to the plan; needed if it is overdue)',
        isMultiline: true,
        maxLength: MAX_COMMENTARY,
        ...(model.planDraft?.planUpdate ? { value: model.planDraft.planUpdate } : {}),
      },
    ],
    [execute('return.check', 'Pass the check with this plan', model.view, { style: 'positive' })],
  );
}

function writePlanAction(model: ReturnCardModel): CardElement {
  const owners = model.planOwners ?? [];
  return showCard(
    'Write an action plan',
    [
      {
        type: 'Input.Text',
        id: 'reasons',
        label: 'Reasons for the shortfall',
        isMultiline: true,
        isRequired: true,
        errorMessage: 'Give the reasons',
        maxLength: MAX_COMMENTARY,
      },
      ...fieldError(model.errors, 'reasons'),
      {
        type: 'Input.Text',
        id: 'actions',
        label: 'Corrective actions',
        isMultiline: true,
        isRequired: true,
        errorMessage: 'Say what will be done',
        maxLength: MAX_COMMENTARY,
      },
      ...fieldError(model.errors, 'actions'),
      {
        type: 'Input.ChoiceSet',
        id: 'ownerId',
        label: 'Owner',
        style: 'compact',
        value: owners[0]?.id ?? '',
        choices: owners.map((o) => ({
          title: bound(o.name, MAX_SHOWN.name),
          value: o.id,
        })),
      },
      {
        type: 'Input.Date',
        id: 'planDueDate',
        label: 'Actions due by',
        isRequired: true,
        errorMessage: 'Give a date',
      },
      ...fieldError(model.errors, 'dueDate'),
      {
        type: 'Input.Text',
        id: 'expectedRecovery',
        label: 'Back on target by (period, e.g. Q4 2025/26)',
        isRequired: true,
        errorMessage: 'Give a period',
        maxLength: 40,
      },
      ...fieldError(model.errors, 'expectedRecovery'),
      {
        type: 'Input.Text',
        id: 'firstActionTitle',
        label: 'First corrective step (optional)',
        maxLength: MAX_ACTION_TITLE,
      },
      ...fieldError(model.errors, 'firstActionTitle'),
      { type: 'Input.Date', id: 'firstActionDate', label: 'First step due by (optional)' },
      ...fieldError(model.errors, 'firstActionDate'),
    ],
    [
      execute('actionPlan.write', 'Save the plan and pass the check', model.view, {
        style: 'positive',
      }),
    ],
  );
}

/** The plan the check attached, beside the figure, for the Authorising Officer (issue 14). */
function attachedPlan(view: ReturnCardModel['view']): CardElement[] {
  if (view.state !== 'checked' || !view.actionPlan) return [];
  return [
    text('Action plan attached at the check', { weight: 'Bolder', spacing: 'Medium' }),
    ...planSummary(view.actionPlan),
  ];
}

export function reviewCard(model: ReturnCardModel): AdaptiveCard {
  const { view } = model;
  const canCheck = view.allowed.includes('check');
  const canAuthorise = view.allowed.includes('authorise');
  const offTarget = isOffTarget(view.rating.state);
  const body: CardElement[] = [
    ...heading(view),
    ...notice(model.notice),
    ...sentBack(view),
    recorded(view),
    ...attachedPlan(view),
    ...history(view),
    ...definition(view),
  ];
  const actions: CardElement[] = [];
  if (canCheck) {
    if (offTarget) body.push(...planChoice(model));
    body.push(
      ...fieldError(model.errors, 'actionPlanId'),
      ...fieldError(model.errors, 'planUpdate'),
    );
    if (!offTarget) {
      actions.push(execute('return.check', 'Pass the check', view, { style: 'positive' }));
    } else {
      // Each route in its own card, so the plan choice (required) never blocks writing a new plan.
      if (view.openPlans.length) actions.push(updatePlanAction(model));
      actions.push(writePlanAction(model));
    }
  }
  if (canAuthorise)
    actions.push(execute('return.authorise', 'Authorise', view, { style: 'positive' }));
  if (view.allowed.includes('send-back')) actions.push(sendBackAction(model));
  body.push(...fieldError(model.errors, 'reason'));
  if (!canCheck && !canAuthorise && view.allowed.includes('send-back')) {
    body.push(
      text('You entered this figure, so someone else must check or authorise it.', {
        isSubtle: true,
      }),
    );
  }
  return { ...card(body, actions), refresh: refreshBlock(view, model.refreshUserIds) };
}
