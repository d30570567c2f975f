// Progress rating of a service plan's key action, from the "key actions" column of the
// Derbyshire rating table (DESIGN.md, Ratings):
//   Strong  on track or complete, outcomes exceeding expectations
//   Good    on track or complete, outcomes as expected
//   Review  some risk to timetable or outcomes
//   Action  unlikely to achieve timetable or outcomes
import type { ActionOutcome, ActionStatus, RatingLevel } from '../model/types.js';

/**
 * Decisions where the table is silent, kept simple:
 * - not-started counts as on track (nothing says it is late; a late start shows as some-risk
 *   once its owner updates it);
 * - on track (or not started) with outcomes below expectations is still Good: the work is on
 *   course and the outcome is not yet final;
 * - complete with outcomes below expectations is Review: the timetable was met but the outcome
 *   fell short, which is a risk to outcomes.
 */
export function keyActionRating(status: ActionStatus, outcome: ActionOutcome): RatingLevel {
  switch (status) {
    case 'unlikely':
      return 'action';
    case 'some-risk':
      return 'review';
    case 'complete':
      return outcome === 'exceeding' ? 'strong' : outcome === 'below' ? 'review' : 'good';
    case 'on-track':
    case 'not-started':
      return outcome === 'exceeding' ? 'strong' : 'good';
  }
}
