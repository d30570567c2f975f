// Builds the card one person should see for one return, right now: their view of the return (with
// the open action plans a checker chooses between), who may own a new plan, and the Teams users
// whose clients refresh it.
import type { AppDeps } from '../../src/app/deps.js';
import { getReturnView } from '../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import { returnCard, type AdaptiveCard, type ReturnCardModel } from '../cards/index.js';
import { teamsUserIds } from '../conversations/index.js';

export type CardExtras = Omit<ReturnCardModel, 'view' | 'refreshUserIds'>;

/** The people with a part in the return: each sees their own view when the card refreshes. */
export function rolePeople(view: ReturnView): string[] {
  return [view.collector, view.responsible, view.authoriser, view.enteredBy]
    .filter((p): p is NonNullable<typeof p> => p !== null)
    .map((p) => p.id);
}

export async function modelFor(
  deps: AppDeps,
  view: ReturnView,
  extras: CardExtras = {},
): Promise<ReturnCardModel> {
  const refreshUserIds = await teamsUserIds(deps, rolePeople(view));
  const model: ReturnCardModel = { view, refreshUserIds, ...extras };
  if (view.allowed.includes('enter') && deps.tabLink && model.breakdownsUrl === undefined) {
    const page = `indicators/${encodeURIComponent(view.indicator.code)}?breakdowns=${encodeURIComponent(view.periodKey)}`;
    model.breakdownsUrl = deps.tabLink(page, `${view.indicator.code} breakdowns`);
  }
  // The open plans to choose between come with the view (overdue ones marked, none chosen).
  if (view.allowed.includes('check') && !model.planOwners) {
    const owners = [view.responsible, view.collector, view.authoriser].filter(
      (p): p is NonNullable<typeof p> => p !== null,
    );
    model.planOwners = [...new Map(owners.map((o) => [o.id, o])).values()];
  }
  return model;
}

export async function cardFor(
  deps: AppDeps,
  personId: string,
  returnId: string,
  extras: CardExtras = {},
): Promise<{ card: AdaptiveCard; view: ReturnView } | null> {
  const view = await getReturnView(deps, personId, returnId);
  if (!view) return null;
  return { card: returnCard(await modelFor(deps, view, extras)), view };
}
