export * from './card-types.js';
export * from './verbs.js';
export * from './model.js';
export { escapeCardText, safeUrl, bound, MAX_SHOWN } from './escape.js';
export { formatInstant } from './parts.js';
export { entryCard } from './entry-card.js';
export { reviewCard } from './review-card.js';
export { statusCard, nextStep } from './status-card.js';
export { returnCard, cardKind, type CardKind } from './return-card.js';
export { helpCard } from './help-card.js';
export {
  draftFromUpdate,
  keyActionCard,
  type KeyActionCardModel,
  type UpdateDraft,
} from './key-action-card.js';
export {
  decisionWords,
  planApprovalCard,
  planExecute,
  type PlanApprovalCardModel,
} from './plan-approval-card.js';
export {
  riskReviewCard,
  riskExecute,
  scoreWords,
  type RiskReviewCardModel,
  type RiskReviewDraft,
} from './risk-review-card.js';
export { deepDiveCard, deepDiveExecute, type DeepDiveCardModel } from './deep-dive-card.js';
export { myReturnsCard, whichReturnCard, type MyReturnsModel } from './list-card.js';
export { refusalCard, messageCard } from './refusal-card.js';
export { quarterCompleteCard } from './quarter-complete-card.js';
export { strategicEditionCard } from './strategic-edition-card.js';
export { isTeamsUserId, refreshUserIds, MAX_REFRESH_USERS } from './refresh-users.js';
