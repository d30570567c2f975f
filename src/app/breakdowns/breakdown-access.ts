// Who may enter a return's breakdowns: whoever may enter or correct its figure — the Collection
// Officer, the Responsible Officer (who sends a figure back to be corrected), their delegates and
// the performance team, as the return workflow's actor says (returns/actor.ts). An authorised
// return's breakdowns are locked with its figure: reopening the figure unlocks them.
import type { Indicator, IndicatorReturn, Person } from '../../domain/model/types.js';
import { ForbiddenError, WorkflowError } from '../../domain/errors/errors.js';
import { actorFor } from '../returns/actor.js';

export type BreakdownRefusal =
  { kind: 'forbidden'; message: string } | { kind: 'locked'; message: string };

/** Why this person may not enter the return's breakdowns now, or null when they may. */
export function breakdownRefusal(
  people: ReadonlyMap<string, Person>,
  personId: string,
  indicator: Indicator,
  ret: Pick<IndicatorReturn, 'state'>,
): BreakdownRefusal | null {
  const actor = actorFor(people, personId, indicator);
  if (!people.has(personId) || !(actor.isCollector || actor.isResponsible || actor.isAdmin)) {
    return {
      kind: 'forbidden',
      message: `Only ${indicator.code}'s Collection or Responsible Officer (or their delegate) and the performance team may enter its breakdowns`,
    };
  }
  if (ret.state === 'authorised') {
    return {
      kind: 'locked',
      message:
        'The figure is authorised, so its breakdowns are locked with it: reopen the figure to correct them',
    };
  }
  return null;
}

export function assertMayEnterBreakdowns(...args: Parameters<typeof breakdownRefusal>): void {
  const refusal = breakdownRefusal(...args);
  if (refusal?.kind === 'forbidden') throw new ForbiddenError(refusal.message);
  if (refusal) throw new WorkflowError(refusal.message, 'breakdowns-locked');
}
