// The golden thread roll-ups: pure functions over plain arrays; ratings are passed in.
export type {
  ExceptionRow,
  IndicatorStatus,
  RatingCounts,
  RollUpBy,
  RollUpRow,
  ThreadInput,
  ThreadNode,
  ThreadNodeKind,
} from './types.js';
export { countByRating } from './counts.js';
export { buildThread, UNLINKED_ID, UNLINKED_TITLE } from './build-thread.js';
export { rollUp } from './roll-up.js';
export { exceptionList } from './exceptions.js';
