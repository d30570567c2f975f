// Who a card's `refresh.userIds` may name. Universal Actions "User Specific Views"
// (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-
// adaptive-cards/user-specific-views): the list holds Teams user ids (MRIs, `29:…`), and at most 60
// users see their own view of a card; everyone else sees the card as sent.
export const MAX_REFRESH_USERS = 60;

/** A Teams user id (`29:…`) as Teams sends it in `from.id`; an Entra object id is not one. */
export function isTeamsUserId(id: unknown): id is string {
  return typeof id === 'string' && /^29:\S+$/.test(id);
}

/** Teams user ids only, each once, the first 60 in the order given. */
export function refreshUserIds(ids: Iterable<unknown>): string[] {
  return [...new Set([...ids].filter(isTeamsUserId))].slice(0, MAX_REFRESH_USERS);
}
