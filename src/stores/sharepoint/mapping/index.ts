export { decodeFields, decodeItem, selectFor, type Fields, type SpItem } from './decode.js';
export {
  encodeFields,
  extraColumn,
  toColumnInstant,
  type Encoded,
  type GraphFields,
} from './encode.js';
export { matches, orderItems, planQuery, type QueryPlan } from './query-plan.js';
