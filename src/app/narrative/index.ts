// The narrative summary's use case: status rows in, the summary's sentences out.
export {
  loadComparisons,
  narrativeFor,
  type Comparisons,
  type NarrativeContext,
} from './narrative-for.js';
export { readOnce } from './read-once.js';
