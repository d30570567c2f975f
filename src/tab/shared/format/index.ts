export { formatCount, formatDate, formatDateTime, formatPeriodKey, londonToday } from './dates.js';
export { isoToUkInput, parseUkDateInput, type UkDateResult } from './uk-date.js';
