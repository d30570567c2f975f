// Public surface of the deep-dive review rules (issue 16): the questions, who may act, standing.
export {
  DEEP_DIVE_QUESTIONS,
  DEEP_DIVE_QUESTION_KEYS,
  answeredCount,
  noAnswers,
  unwrittenReview,
  type DeepDiveQuestion,
  type DeepDiveQuestionKey,
} from './questions.js';
export {
  MANAGED_FIELDS,
  WRITTEN_FIELDS,
  deepDivePermissions,
  deepDiveRole,
  hasLeft,
  type DeepDivePermissions,
  type DeepDiveRole,
  type ManagedField,
  type WrittenField,
} from './rules.js';
export {
  DUE_SOON_DAYS,
  currentReview,
  deepDiveStandingWords,
  deepDiveState,
  type DeepDiveState,
} from './standing.js';
