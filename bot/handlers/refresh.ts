// card.refresh: Teams asks, for each user in refresh.userIds, for that user's own view of the card
// (Universal Actions); "Open" in the list card asks the same. Read-only: nothing is written.
import { messageCard } from '../cards/index.js';
import { cardFor } from './card-for.js';
import { str, type Handler } from './context.js';

export const refreshCard: Handler = async (ctx, data) => {
  const found = await cardFor(ctx.deps, ctx.personId, str(data, 'returnId'));
  return found?.card ?? messageCard('That return no longer exists.');
};
