export { formatCount, formatDate, formatDateTime, formatPeriodKey, londonToday } from './dates.js';
