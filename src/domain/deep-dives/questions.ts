// The review questions of a deep dive, in Derbyshire's words (its Council Plan performance framework,
// "Performance review ... Consider:"), asked of an indicator that is not on track. One list, read
// by the tab's form, the card, the report and the validation, so the wording is said once.
import type { DeepDiveAnswers, DeepDiveReview } from '../model/types.js';

export type DeepDiveQuestionKey = keyof DeepDiveAnswers;

export interface DeepDiveQuestion {
  key: DeepDiveQuestionKey;
  question: string;
}

export const DEEP_DIVE_QUESTIONS: readonly DeepDiveQuestion[] = [
  { key: 'whyIsThisTheCase', question: 'Why is this the case?' },
  {
    key: 'implications',
    question: 'What are the implications of the current level of performance?',
  },
  {
    key: 'impactOnServiceUsersAndPartners',
    question: 'What impact will this have on service users, local people and partner agencies?',
  },
  {
    key: 'effectOnPrioritiesAndRisks',
    question:
      "How will this affect the achievement of the Council's priorities and key risk areas?",
  },
  {
    key: 'areExistingActionsWorking',
    question:
      'Are actions to bring performance back on track, that are already in place, proving to be effective?',
  },
  {
    key: 'predictedPerformanceIfNothingMore',
    question: 'What is the predicted performance if no additional actions are taken?',
  },
];

export const DEEP_DIVE_QUESTION_KEYS: readonly DeepDiveQuestionKey[] = DEEP_DIVE_QUESTIONS.map(
  (q) => q.key,
);

export function noAnswers(): DeepDiveAnswers {
  return Object.fromEntries(
    DEEP_DIVE_QUESTION_KEYS.map((k) => [k, '']),
  ) as unknown as DeepDiveAnswers;
}

/** How many of the questions have an answer (a stored review may predate a question: '' then). */
export function answeredCount(answers: Partial<DeepDiveAnswers>): number {
  return DEEP_DIVE_QUESTION_KEYS.filter((k) => (answers[k] ?? '').trim() !== '').length;
}

/** A review as it is opened: nothing written yet, open, linked to no action plan. */
export function unwrittenReview(): Pick<
  DeepDiveReview,
  | 'answers'
  | 'findings'
  | 'recommendations'
  | 'actionPlanId'
  | 'status'
  | 'outcome'
  | 'closedAt'
  | 'closedBy'
> {
  return {
    answers: noAnswers(),
    findings: '',
    recommendations: '',
    actionPlanId: null,
    status: 'open',
    outcome: '',
    closedAt: null,
    closedBy: null,
  };
}
