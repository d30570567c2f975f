// "My returns" and "which return?": a list of returns (and the key-action updates the person has
// to give, issue 13), each with a button that opens its card.
import type { KeyActionUpdateView } from '../../src/app/key-action-updates/index.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { formatDate } from '../../src/domain/periods/index.js';
import { execute } from './actions.js';
import { card, type AdaptiveCard, type CardElement, type ExecuteAction } from './card-types.js';
import { MAX_SHOWN, escapeCardText } from './escape.js';
import { kaExecute } from './key-action-card.js';
import { text } from './parts.js';

export interface MyReturnsModel {
  toEnter: ReturnView[];
  toCheck: ReturnView[];
  toAuthorise: ReturnView[];
  /** Key-action updates due from the person (their own actions, or as a delegate). */
  toUpdate?: KeyActionUpdateView[];
}

interface Row {
  code: string;
  title: string;
  periodLabel: string;
  dueDate: string;
  overdue: boolean;
  open: ExecuteAction;
}

function line(r: Row): string {
  return `${escapeCardText(r.code)} ${escapeCardText(r.title, MAX_SHOWN.short)}, ${r.periodLabel} (due ${formatDate(r.dueDate)}${r.overdue ? ', overdue' : ''})`;
}

function returnRow(v: ReturnView): Row {
  const { code, title } = v.indicator;
  const { periodLabel, dueDate, overdue } = v;
  const open = execute('card.refresh', 'Open', v, { associatedInputs: 'none' });
  return { code, title, periodLabel, dueDate, overdue, open };
}

function updateRow(v: KeyActionUpdateView): Row {
  const { code, title } = v.action;
  const { periodLabel, dueDate, overdue } = v;
  const open = kaExecute('keyAction.refresh', 'Open', v, { associatedInputs: 'none' });
  return { code, title, periodLabel, dueDate, overdue, open };
}

function section(title: string, rows: Row[]): CardElement[] {
  if (!rows.length) return [];
  return [
    text(title, { weight: 'Bolder', spacing: 'Medium' }),
    ...rows.slice(0, 20).map((r): CardElement => ({
      type: 'ColumnSet',
      columns: [
        { type: 'Column', width: 'stretch', items: [text(line(r), { size: 'Small' })] },
        {
          type: 'Column',
          width: 'auto',
          items: [{ type: 'ActionSet', actions: [r.open] }],
        },
      ],
    })),
  ];
}

export function myReturnsCard(model: MyReturnsModel): AdaptiveCard {
  const updates = model.toUpdate ?? [];
  const total =
    model.toEnter.length + model.toCheck.length + model.toAuthorise.length + updates.length;
  return card([
    text('Your returns', { size: 'Large', weight: 'Bolder', style: 'heading' }),
    ...(total ? [] : [text('Nothing is waiting for you. Thank you.')]),
    ...section('To enter', model.toEnter.map(returnRow)),
    ...section('To check', model.toCheck.map(returnRow)),
    ...section('To authorise', model.toAuthorise.map(returnRow)),
    ...section('Key-action updates to give', updates.map(updateRow)),
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
