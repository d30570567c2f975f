export { formatCount, formatDate, formatDateTime, formatPeriodKey } from './dates.js';
export { isoToUkInput, parseUkDateInput, type UkDateResult } from './uk-date.js';
