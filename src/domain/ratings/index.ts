// Public surface of the rating logic: pure functions, no I/O.
export {
  rateValue,
  rateReturn,
  type RateInput,
  type RatingResult,
  type ReturnRatingInput,
} from './rate-value.js';
export { relativeDifference } from './relative-difference.js';
export { isOffTarget, isException, severity, RATING_LABELS, levelsOf } from './states.js';
export {
  DIRECTION_WORDS,
  directionOfTravel,
  directionSentence,
  type Direction,
  type DirectionOfTravel,
} from './direction.js';
export { persistentUnderPerformance } from './persistent.js';
export { keyActionRating } from './key-action.js';
export { validateRagTolerances, type RagTolerances } from './rag.js';
export { roundTo, assertDecimals, assertFinite, BOUNDARY_TOLERANCE } from './rounding.js';
export {
  RATING_PALETTE,
  ratingLook,
  type RatingFamily,
  type RatingLook,
  type RatingShape,
} from './palette.js';
