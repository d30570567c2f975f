// "My returns" and "which return?": a list of returns, each with a button that opens its card.
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { formatDate } from '../../src/domain/periods/index.js';
import { execute } from './actions.js';
import { card, type AdaptiveCard, type CardElement } from './card-types.js';
import { MAX_SHOWN, escapeCardText } from './escape.js';
import { text } from './parts.js';

export interface MyReturnsModel {
  toEnter: ReturnView[];
  toCheck: ReturnView[];
  toAuthorise: ReturnView[];
}

function line(v: ReturnView): string {
  return `${escapeCardText(v.indicator.code)} ${escapeCardText(v.indicator.title, MAX_SHOWN.short)}, ${v.periodLabel} (due ${formatDate(v.dueDate)}${v.overdue ? ', overdue' : ''})`;
}

function section(title: string, views: ReturnView[]): CardElement[] {
  if (!views.length) return [];
  return [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    ...views.slice(0, 20).map((v): CardElement => ({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [text(line(v), { size: 'Small' })] },
        {
          type: 'Column',
          width: 'auto',
          items: [
            {
              type: 'ActionSet',
              actions: [execute('card.refresh', 'Open', v, { associatedInputs: 'none' })],
            },
          ],
        },
      ],
    })),
  ];
}

export function myReturnsCard(model: MyReturnsModel): AdaptiveCard {
  const total = model.toEnter.length + model.toCheck.length + model.toAuthorise.length;
  return card([
    text('Your returns', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    ...(total ? [] : [text('Nothing is waiting for you. Thank you.')]),
    ...section('To enter', model.toEnter),
    ...section('To check', model.toCheck),
    ...section('To authorise', model.toAuthorise),
  ]);
}

/** Several returns are due and the reply named none: ask which, carrying what was typed. */
export function whichReturnCard(
  due: ReturnView[],
  typed: { valueText: string; commentary: string },
): AdaptiveCard {
  return card(
    [
      text(`Which return is ${escapeCardText(typed.valueText, 40)} for?`, { weight: 'Bolder' }),
      text(
        'You have more than one due. Choose one, or reply with its code first, e.g. WR04 1,234.',
        { isSubtle: true },
      ),
    ],
    due.slice(0, 6).map((v) =>
      execute('return.submit', `${v.indicator.code} ${v.periodLabel}`.slice(0, 60), v, {
        associatedInputs: 'none',
        data: { value: typed.valueText, commentary: typed.commentary },
      }),
    ),
  );
}
