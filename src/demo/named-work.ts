// The README's walkthrough names three demo people and what they find waiting: that has to be true
// on whatever day the demo is built (issue #12), so their indicators' latest returns are placed
// in the workflow by rule rather than by the shuffled mix the rest of the council gets.
//
// - The Collection Officer (Waste Services Data Officer) has WR01 to enter, and has fallen behind:
//   every WR01 month from the latest one already past its due date is still to enter, so at least
//   one is overdue.
// - The Responsible Officer (Waste and Recycling Manager) has WR05 to check. WR05's story is
//   persistent under-performance, so the figure is off target and checking it needs an action plan.
// - The Authorising Officer (Head of Environmental and Regulatory Services) has EH03 to authorise.
// All three are monthly, so the return in question always belongs to a month that ended recently.
import type { IsoDate, ReturnState } from '../domain/model/types.js';

interface NamedWork {
  /** The state of the indicator's latest return. */
  latest: Exclude<ReturnState, 'authorised'>;
  /** Also leave every earlier period from the last one past its due date in `due` (overdue). */
  overdue?: true;
}

export const NAMED_WORK: Readonly<Record<string, NamedWork>> = {
  WR01: { latest: 'due', overdue: true },
  WR05: { latest: 'submitted' },
  EH03: { latest: 'checked' },
};

/**
 * The state the rule gives period `index` of an indicator with these due dates, or null when the
 * rule says nothing (the indicator is not named, or the period is settled history).
 */
export function namedStateFor(
  code: string,
  index: number,
  dueDates: readonly IsoDate[],
  today: IsoDate,
): ReturnState | null {
  const work = NAMED_WORK[code];
  if (!work) return null;
  const last = dueDates.length - 1;
  if (index === last) return work.latest;
  if (!work.overdue) return null;
  let firstOverdue = last;
  while (firstOverdue > 0 && dueDates[firstOverdue]! >= today) firstOverdue--;
  return index >= firstOverdue ? 'due' : null;
}
