// What officers say to the bot about reminders (issue 4): `remind me tomorrow` (a snooze until the
// next working day's sending hours) and `on leave until 14/08` (recorded on the person, so
// reminders go to their delegate or the Responsible Officer meanwhile).
import { ValidationError } from '../../domain/errors/errors.js';
import { compareIsoDates, londonDate, parseUkDate } from '../../domain/periods/index.js';
import { snoozeUntilTomorrow } from '../../domain/reminders/index.js';
import type { Channel } from '../../domain/model/types.js';
import type { AppDeps } from '../deps.js';

export async function snoozeReminders(
  deps: AppDeps,
  personId: string,
  channel: Channel = 'bot',
): Promise<string> {
  const until = snoozeUntilTomorrow(deps.clock.now());
  const ctx = { actorId: personId, channel, event: 'reminders.snoozed' };
  const [existing] = await deps.store.query('snoozes', { personId });
  if (existing) await deps.store.update('snoozes', existing.id, existing.version, { until }, ctx);
  else await deps.store.create('snoozes', { personId, until }, ctx);
  return until;
}

/**
 * `14/08` is read in the year that makes it today or later (leave typed in December for January
 * means next year); a date already past is refused with the field named.
 */
export async function recordLeave(
  deps: AppDeps,
  personId: string,
  untilText: string,
  channel: Channel = 'bot',
): Promise<string> {
  const today = londonDate(deps.clock.now());
  const year = Number(today.slice(0, 4));
  let until = parseUkDate(untilText, year);
  const noYear = /^\s*\d{1,2}\/\d{1,2}\s*$/.test(untilText);
  if (noYear && compareIsoDates(until, today) < 0) until = parseUkDate(untilText, year + 1);
  if (compareIsoDates(until, today) < 0) {
    throw new ValidationError(
      `${untilText} is in the past; give the last day of your leave`,
      'onLeaveUntil',
    );
  }
  const person = await deps.store.get('people', personId);
  if (!person) throw new ValidationError(`no person with id ${personId}`, 'personId');
  await deps.store.update(
    'people',
    personId,
    person.version,
    { onLeaveUntil: until },
    { actorId: personId, channel, event: 'person.on-leave' },
  );
  return until;
}
