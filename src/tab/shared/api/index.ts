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
export { getPeriods, nextYear, previousYear, type PeriodKind } from './get-periods.js';
export { authSettled, dropEarly, whenAuthSettled } from './early.js';
export { downloadFile, filenameOf, saveBlob, type DownloadedFile } from './download-file.js';
export { getPeriodChoices, hasEnded } from './get-period-choices.js';
export { getToday, type Today } from './get-today.js';
