export {
  decodeFields,
  decodeItem,
  hasDomainId,
  selectFor,
  slimmed,
  type Fields,
  type SpItem,
} from './decode.js';
export { etagCounter, normaliseEtag, sameVersion } from './etag.js';
export {
  assertNoteLength,
  encodeFields,
  extraColumn,
  toColumnInstant,
  type Encoded,
  type GraphFields,
} from './encode.js';
export { matches, orderItems, planQuery, type QueryPlan } from './query-plan.js';
