// What Teams accepts in a card's `refresh.userIds`, for the connector stand-ins: Teams user ids
// (MRIs, `29:…`) and at most 60 of them — Universal Actions "User Specific Views"
// (learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-
// adaptive-cards/user-specific-views). An Entra object id there names nobody Teams knows, so the
// card would never refresh for that person; the stand-ins refuse it, so the bot cannot send one.
const CARD = 'application/vnd.microsoft.card.adaptive';
const MAX_USERS = 60;
const TEAMS_USER_ID = /^29:\S+$/;
const DOC =
  'https://learn.microsoft.com/microsoftteams/platform/task-modules-and-cards/cards/universal-actions-for-adaptive-cards/user-specific-views';

/** Why a card may not be sent as it is, or null. */
export function refreshProblem(card: any): string | null {
  const ids = card?.refresh?.userIds;
  if (ids === undefined) return null;
  if (!Array.isArray(ids)) return `refresh.userIds must be an array (${DOC})`;
  if (ids.length > MAX_USERS) {
    return `refresh.userIds holds ${ids.length} users; at most ${MAX_USERS} (${DOC})`;
  }
  const bad = ids.find((id: unknown) => typeof id !== 'string' || !TEAMS_USER_ID.test(id));
  if (bad !== undefined) {
    return `refresh.userIds entry ${JSON.stringify(bad)} is not a Teams user id (29:…) (${DOC})`;
  }
  return null;
}

/** The first problem with any Adaptive Card attached to an activity, or null. */
export function activityCardProblem(activity: any): string | null {
  for (const a of activity?.attachments ?? []) {
    if (a?.contentType !== CARD) continue;
    const problem = refreshProblem(a.content);
    if (problem) return problem;
  }
  return null;
}
