// "Remind me tomorrow" (issue 4): no reminders until the start of the next working day's sending
// hours, London time; that day the person is owed one reminder for each return they put off.
import type { Instant } from '../model/types.js';
import {
  addWorkingDays,
  instantFromLondon,
  londonDate,
  type HolidayCalendar,
} from '../periods/index.js';
import { DEFAULT_QUIET_HOURS, type QuietHours } from './quiet-hours.js';

export function snoozeUntilTomorrow(
  at: Instant | Date,
  quiet: QuietHours = DEFAULT_QUIET_HOURS,
  cal?: HolidayCalendar,
): Instant {
  const next = addWorkingDays(londonDate(at), 1, cal);
  return instantFromLondon(`${next}T${String(quiet.startHour).padStart(2, '0')}:00`);
}
