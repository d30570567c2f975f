// One card per return, shaped by what the viewer may do now (ReturnView.allowed): enter, check or
// authorise, otherwise where it stands. Universal Actions refresh gives each role its own view.
import type { AdaptiveCard } from './card-types.js';
import { entryCard } from './entry-card.js';
import type { ReturnCardModel } from './model.js';
import { reviewCard } from './review-card.js';
import { statusCard } from './status-card.js';

export type CardKind = 'enter' | 'check' | 'authorise' | 'status';

export function cardKind(model: ReturnCardModel): CardKind {
  const { allowed } = model.view;
  if (allowed.includes('enter')) return 'enter';
  if (
    allowed.includes('check') ||
    (model.view.state === 'submitted' && allowed.includes('send-back'))
  )
    return 'check';
  if (
    allowed.includes('authorise') ||
    (model.view.state === 'checked' && allowed.includes('send-back'))
  )
    return 'authorise';
  return 'status';
}

export function returnCard(model: ReturnCardModel): AdaptiveCard {
  const kind = cardKind(model);
  if (kind === 'enter') return entryCard(model);
  if (kind === 'status') return statusCard(model);
  return reviewCard(model);
}
