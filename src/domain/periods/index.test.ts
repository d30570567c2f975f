import { describe, expect, it } from 'vitest';
import * as periods from './index.js';

// Other modules code against these exact names; renaming one must fail here first.
const API = [
  'parsePeriod',
  'tryParsePeriod',
  'kindForFrequency',
  'frequencyForKind',
  'financialYearOf',
  'financialYearLabel',
  'parseFinancialYear',
  'periodsOfYear',
  'periodContaining',
  'previousPeriod',
  'nextPeriod',
  'samePeriodLastYear',
  'yearToDatePeriods',
  'periodsWithin',
  'comparePeriods',
  'periodsBetween',
  'formatDate',
  'parseUkDate',
  'makeHolidayCalendar',
  'isWorkingDay',
  'addWorkingDays',
  'workingDaysBetween',
  'addDays',
  'dueDateFor',
  'londonDate',
  'londonParts',
  'instantFromLondon',
] as const;

describe('periods public surface', () => {
  it.each(API)('exports %s as a function', (name) => {
    expect(typeof periods[name]).toBe('function');
  });
  it('exports the bank holiday table', () => {
    expect(periods.ENGLAND_WALES_BANK_HOLIDAYS).toContain('2022-09-19');
  });
});
