// The read-only card: where a return stands, who decided and when, and what happens next. Everyone
// without a decision to make sees this, and every copy ends here once the return is authorised.
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { refreshBlock } from './actions.js';
import { card, type AdaptiveCard } from './card-types.js';
import { MAX_SHOWN, escapeCardText } from './escape.js';
import type { ReturnCardModel } from './model.js';
import { heading, history, notice, recorded, sentBack, text } from './parts.js';

export function nextStep(view: ReturnView): string {
  const name = (ref: ReturnView['collector']) =>
    ref ? escapeCardText(ref.name, MAX_SHOWN.name) : 'the assigned officer';
  switch (view.state) {
    case 'due':
      return `Next: ${name(view.collector)} enters the figure.`;
    case 'submitted':
      return `Next: ${name(view.responsible)} checks it.`;
    case 'checked':
      return `Next: ${name(view.authoriser)} authorises it.`;
    case 'authorised':
      return 'Done: the figure is authorised and counts in the council’s reports.';
  }
}

export function statusCard(model: ReturnCardModel): AdaptiveCard {
  const { view } = model;
  return {
    ...card([
      ...heading(view),
      ...notice(model.notice),
      ...sentBack(view),
      recorded(view),
      text(nextStep(view), { weight: 'Bolder', spacing: 'Medium' }),
      ...history(view),
    ]),
    refresh: refreshBlock(view, model.refreshUserIds),
  };
}
