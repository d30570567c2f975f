export {
  ApiError,
  authHeaders,
  http,
  queryString,
  setTokenSource,
  type ApiErrorBody,
  type ApiProblem,
  type TokenSource,
} from './http.js';
export type * from './types.js';
export { getPeriods, nextYear, type PeriodKind } from './get-periods.js';
