export { ApiError, http, queryString, type ApiErrorBody, type ApiProblem } from './http.js';
export type * from './types.js';
export { getPeriods, nextYear, type PeriodKind } from './get-periods.js';
