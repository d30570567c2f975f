// The check and authorise cards: the figure against target and history, the rating, commentary and
// evidence, who submitted it; pass / authorise, or send back with a reason (required). Checking an
// off-target figure needs an action plan (DESIGN.md): attach an open one or write one in the card.
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
  recorded,
  sentBack,
  text,
} from './parts.js';

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

function planChoice(model: ReturnCardModel): CardElement[] {
  const plans = model.openPlans ?? [];
  if (!plans.length) {
    return [
      text('There is no open action plan for this indicator: write one below.', { size: 'Small' }),
    ];
  }
  return [
    {
      type: 'Input.ChoiceSet',
      id: 'actionPlanId',
      label: 'Action plan for this off-target figure',
      style: 'compact',
      value: model.view.actionPlanId ?? plans[0]!.id,
      // Choice titles are plain text (no markdown), so they are bounded, not escaped.
      choices: plans.map((p) => ({ title: bound(p.label, MAX_SHOWN.short), value: p.id })),
    },
  ];
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
    ],
    [
      execute('actionPlan.write', 'Save the plan and pass the check', model.view, {
        style: 'positive',
      }),
    ],
  );
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
    ...history(view),
    ...definition(view),
  ];
  const actions: CardElement[] = [];
  if (canCheck) {
    if (offTarget) body.push(...planChoice(model));
    body.push(...fieldError(model.errors, 'actionPlanId'));
    if (!offTarget || (model.openPlans ?? []).length) {
      actions.push(execute('return.check', 'Pass the check', view, { style: 'positive' }));
    }
    if (offTarget) actions.push(writePlanAction(model));
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
