// The return card for the Collection Officer: what is asked, the target with the latest comparator
// quartile beside it (context, not a rating), the last four periods, and inputs for the figure,
// commentary, evidence link, year-end forecast and "not available" with a reason.
import { MAX_COMMENTARY, MAX_REASON } from '../../src/domain/values/index.js';
import { execute, refreshBlock } from './actions.js';
import { card, type AdaptiveCard, type CardElement } from './card-types.js';
import { escapeCardText } from './escape.js';
import { draftFromView, type ReturnCardModel } from './model.js';
import {
  benchmarkLine,
  definition,
  evidenceInput,
  fieldError,
  heading,
  history,
  input,
  notice,
  sentBack,
  text,
} from './parts.js';

const UNIT_HINTS: Record<string, string> = {
  count: 'a whole number, e.g. 1,234',
  percentage: 'a percentage, e.g. 12.5%',
  currency: 'an amount, e.g. £3,400',
  days: 'a number of days, e.g. 4.5',
  rate: 'a rate, e.g. 3.2',
  number: 'a number',
};

export function entryCard(model: ReturnCardModel): AdaptiveCard {
  const { view, errors } = model;
  const draft = model.draft ?? draftFromView(view);
  const body: CardElement[] = [
    ...heading(view),
    ...notice(model.notice),
    ...sentBack(view),
    ...definition(view),
    text(`Target for ${view.periodLabel}: ${view.targetText}`, { weight: 'Bolder' }),
    ...benchmarkLine(view),
    ...history(view),
    input('Input.Text', 'value', `Figure (${UNIT_HINTS[view.indicator.unit] ?? 'a number'})`, {
      value: draft.value,
      placeholder: UNIT_HINTS[view.indicator.unit],
      maxLength: 40,
      spacing: 'Medium',
    }),
    ...fieldError(errors, 'value'),
    input('Input.Text', 'commentary', 'Commentary: what explains the figure', {
      value: draft.commentary,
      isMultiline: true,
      maxLength: MAX_COMMENTARY,
    }),
    ...fieldError(errors, 'commentary'),
    evidenceInput(draft.evidenceUrl),
    ...fieldError(errors, 'evidenceUrl'),
    input('Input.Text', 'forecast', 'Year-end forecast (optional)', {
      value: draft.forecast,
      maxLength: 40,
    }),
    ...fieldError(errors, 'forecast'),
    input('Input.Toggle', 'notAvailable', 'Not available', {
      title: 'The figure is not available this period',
      value: draft.notAvailable ? 'true' : 'false',
      valueOn: 'true',
      valueOff: 'false',
    }),
    input('Input.Text', 'notAvailableReason', 'Why it is not available', {
      value: draft.notAvailableReason,
      maxLength: MAX_REASON,
    }),
    ...fieldError(errors, 'notAvailableReason'),
  ];
  const actions: CardElement[] = [];
  if (model.question) {
    body.push({
      type: 'Container',
      style: 'warning',
      items: [
        text(escapeCardText(model.question, 600), { weight: 'Bolder' }),
        text('Confirm it, or correct it and submit again.'),
      ],
    });
    actions.push(
      execute('return.confirm', 'Yes, it is right: submit', view, { style: 'positive' }),
    );
    actions.push(execute('return.submit', 'Submit the corrected figure', view));
  } else {
    actions.push(execute('return.submit', 'Submit', view, { style: 'positive' }));
  }
  // Breakdowns (by ward, by age band) are a table, entered in the tab rather than in a card.
  if (model.breakdownsUrl) {
    actions.push({
      type: 'Action.OpenUrl',
      title: 'Add breakdowns in the tab',
      url: model.breakdownsUrl,
    });
  }
  return { ...card(body, actions), refresh: refreshBlock(view, model.refreshUserIds) };
}
