// return.submit and return.confirm: the Collection Officer's figure. Confirm is the same submit with
// plausibilityConfirmed, after the card asked "Is 73,390 right?" (recorded in the audit note).
import { ValidationError } from '../../src/domain/errors/errors.js';
import { decide } from './decide.js';
import { errorCard } from './error-card.js';
import { str, type Handler } from './context.js';
import { enterEvent, readDraft } from './read-entry.js';

function submitWith(confirmed: boolean): Handler {
  return async (ctx, data) => {
    const target = { returnId: str(data, 'returnId'), version: str(data, 'version') };
    const draft = readDraft(data);
    let event;
    try {
      event = enterEvent(draft, confirmed);
    } catch (err) {
      if (err instanceof ValidationError) return errorCard(ctx, target.returnId, err, { draft });
      throw err;
    }
    return decide(ctx, target, event, { draft });
  };
}

export const submitReturn = submitWith(false);
export const confirmReturn = submitWith(true);
