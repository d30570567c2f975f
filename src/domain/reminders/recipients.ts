// Who a reminder goes to (issue 4): the stage's audience, unless they are on recorded leave that
// day — then their recorded delegate, or else the Responsible Officer (then the escalation owner,
// when the Responsible Officer is the one away). The reason says why, for the ledger and dry run.
import type { Indicator, IsoDate, Person } from '../model/types.js';
import { formatDate } from '../periods/index.js';
import type { StageAudience } from './stages.js';

export interface Recipient {
  personId: string;
  /** e.g. `on leave until 14/08/2025: sent to their delegate`. */
  via: string | null;
}

export function onLeave(person: Person | undefined, day: IsoDate): boolean {
  return !!person?.onLeaveUntil && person.onLeaveUntil >= day;
}

export function audienceId(indicator: Indicator, audience: StageAudience): string {
  if (audience === 'collector') return indicator.collectorId;
  if (audience === 'responsible') return indicator.responsibleId;
  return indicator.escalationOwnerId;
}

export function recipientFor(
  indicator: Indicator,
  audience: StageAudience,
  people: ReadonlyMap<string, Person>,
  day: IsoDate,
): Recipient | null {
  const first = audienceId(indicator, audience);
  const person = people.get(first);
  if (!person) return null;
  if (!onLeave(person, day)) return { personId: first, via: null };
  const away = `${person.name} is on leave until ${formatDate(person.onLeaveUntil!)}`;
  const candidates: Array<[string | null, string]> = [
    [person.delegateId, 'their delegate'],
    [indicator.responsibleId, 'the Responsible Officer'],
    [indicator.escalationOwnerId, 'the escalation owner'],
  ];
  for (const [id, role] of candidates) {
    if (!id || id === first) continue;
    const other = people.get(id);
    if (other && !onLeave(other, day)) return { personId: id, via: `${away}: sent to ${role}` };
  }
  return null;
}
