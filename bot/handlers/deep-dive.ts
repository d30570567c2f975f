// The deep-dive verb (issue 16): the digest's Open swaps in the review's card as the clicker sees
// it now (getDeepDive, as the tab reads it), with the link to the tab the digest was sent with.
import { getDeepDive, type DeepDiveView } from '../../src/app/deep-dives/index.js';
import { NotFoundError } from '../../src/domain/errors/errors.js';
import { deepDiveCard, messageCard } from '../cards/index.js';
import { teamsUserIds } from '../conversations/index.js';
import { str, type Handler } from './context.js';

export const refreshDeepDive: Handler = async (ctx, data) => {
  let view: DeepDiveView;
  try {
    view = await getDeepDive(ctx.deps, ctx.personId, str(data, 'deepDiveId'));
  } catch (err) {
    if (err instanceof NotFoundError) return messageCard('That deep-dive review no longer exists.');
    throw err;
  }
  return deepDiveCard({
    view,
    tabUrl: str(data, 'tabUrl') || null,
    // Only the lead's client refreshes it to their own view; others see the card as sent.
    refreshUserIds: await teamsUserIds(ctx.deps, [view.lead.id]),
  });
};
