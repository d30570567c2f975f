export { getDashboard } from './get-dashboard.js';
export { getMonthChoices } from './get-month-choices.js';
