// Public surface of the period and calendar arithmetic: pure functions, no I/O.
export type { Period, PeriodKind } from './period.js';
export {
  PERIOD_KINDS,
  frequencyForKind,
  kindForFrequency,
  makePeriod,
  periodContaining,
  periodsOfYear,
  periodsPerYear,
} from './period.js';
export { parsePeriod, tryParsePeriod } from './period-parse.js';
export {
  comparePeriods,
  nextPeriod,
  periodsBetween,
  periodsWithin,
  previousPeriod,
  samePeriodLastYear,
  yearToDatePeriods,
} from './period-navigation.js';
export { financialYearLabel, financialYearOf, parseFinancialYear } from './financial-year.js';
export {
  addDays,
  compareIsoDates,
  daysBetween,
  formatDate,
  isValidIsoDate,
  isoWeekday,
  parseUkDate,
} from './iso-date.js';
export { ENGLAND_WALES_BANK_HOLIDAYS, bankHolidaysOfYear, easterSunday } from './bank-holidays.js';
export type { HolidayCalendar } from './working-days.js';
export {
  addWorkingDays,
  isWorkingDay,
  makeHolidayCalendar,
  workingDaysBetween,
} from './working-days.js';
export type { DueDateOptions } from './due-date.js';
export { dueDateFor } from './due-date.js';
export { instantFromLondon, londonDate, londonParts } from './london-time.js';
