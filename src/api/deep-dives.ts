// Deep-dive reviews' answers (issue 16), as the tab reads them: types only.
export type {
  DeepDiveFilter,
  DeepDiveStanding,
  DeepDiveView,
  IndicatorDeepDives,
  PlanChoice,
} from '../app/deep-dives/index.js';
export type { DeepDiveAnswers, DeepDiveTrigger } from '../domain/model/types.js';
