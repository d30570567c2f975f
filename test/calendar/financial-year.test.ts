// The calendar sweep (issue #12): every day of the financial year 2027/28, the demo council built
// for 09:00 London and each role's journey read through the application (sweep.ts). 2027/28 holds
// the awkward cases: both clock changes (31/10/2027, 26/03/2028), Christmas on a Saturday
// (substitute days 27 and 28/12/2027), New Year's Day on a Saturday (substitute 03/01/2028) and
// 29/02/2028. awkward-days.test.ts adds the moments a 09:00 sweep cannot reach.
import { sweepMonths } from './sweep-checks.js';

sweepMonths('the demo council on every day of 2027/28', [
  '2027-04',
  '2027-05',
  '2027-06',
  '2027-07',
  '2027-08',
  '2027-09',
  '2027-10',
  '2027-11',
  '2027-12',
  '2028-01',
  '2028-02',
  '2028-03',
]);
