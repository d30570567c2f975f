// Action.Execute buttons (Universal Actions) carrying the return's id and the version the card
// shows, so acting on a stale card is refused rather than applied to a return that has moved on.
import { refreshUserIds } from './refresh-users.js';
import type { ReturnView } from '../../src/app/returns/return-view.js';
import type { CardElement, ExecuteAction } from './card-types.js';
import type { Verb } from './verbs.js';

/** One Action.Execute button carrying an item's id (under its own key) and the version shown. */
export function executeWith(
  verb: Verb,
  title: string,
  data: Record<string, unknown>,
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  return {
    type: 'Action.Execute',
    title,
    verb,
    data: { ...data, ...(extra.data ?? {}) },
    associatedInputs: extra.associatedInputs ?? 'auto',
    ...(extra.style ? { style: extra.style } : {}),
  };
}

export function execute(
  verb: Verb,
  title: string,
  view: Pick<ReturnView, 'id' | 'version'>,
  extra: Partial<ExecuteAction> = {},
): ExecuteAction {
  return executeWith(verb, title, { returnId: view.id, version: view.version }, extra);
}

/** The refresh block: each listed Teams user's client asks for its own view of this card. */
export function refreshBlock(view: Pick<ReturnView, 'id' | 'version'>, userIds: string[]) {
  return {
    action: execute('card.refresh', 'Refresh', view, { associatedInputs: 'none' }),
    // Only `29:` ids, at most 60 (refresh-users.ts): an Entra object id here is not a Teams user.
    userIds: refreshUserIds(userIds),
  };
}

export function showCard(title: string, body: CardElement[], actions: CardElement[]): CardElement {
  return {
    type: 'Action.ShowCard',
    title,
    card: { type: 'AdaptiveCard', body, actions },
  };
}
