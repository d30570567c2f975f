export {
  ApiError,
  authHeaders,
  http,
  prefetch,
  queryString,
  setTokenSource,
  type ApiErrorBody,
  type ApiProblem,
  type TokenSource,
} from './http.js';
export type * from './types.js';
export { getPeriods, nextYear, type PeriodKind } from './get-periods.js';
export { authSettled, dropEarly, whenAuthSettled } from './early.js';
