// A card for someone who may not act on this return (a forwarded card, someone else clicking):
// it says why and that nothing changed.
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { card, type AdaptiveCard } from './card-types.js';
import { MAX_SHOWN, escapeCardText } from './escape.js';
import { heading, text } from './parts.js';

export function refusalCard(view: ReturnView | null, reason: string): AdaptiveCard {
  return card([
    ...(view ? heading(view) : []),
    {
      type: 'Container',
      style: 'attention',
      items: [
        text('You cannot act on this return', { weight: 'Bolder' }),
        text(escapeCardText(reason, MAX_SHOWN.reason)),
        text('Nothing was changed.', { weight: 'Bolder' }),
      ],
    },
  ]);
}

/** A short card when there is no return to show (deleted, or a card from another system). */
export function messageCard(message: string): AdaptiveCard {
  return card([text(escapeCardText(message, MAX_SHOWN.reason))]);
}
