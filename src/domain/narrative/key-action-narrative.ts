// The "Key points" of the reports about key actions (the Programme Board highlight report and the
// Business Plan Monitoring Statement): a few plain sentences made by fixed rules from each action's
// counted update, never by a language model (issue 19, item 5). The rules:
// - Status words are the ones the owner chose and the reports print (ACTION_STATUS_LABELS), in
//   lower case inside a sentence; nothing here invents a second vocabulary.
// - "Better" and "worse" follow the key-action rating (src/domain/ratings/key-action.ts): unlikely
//   (Action) is below some risk (Review), which is below on track and not started (Good); complete
//   is above on track, because the work is done. Not started → on track is the same rating and so
//   not a change worth naming. A worse status is always called worse.
// - Changes are named only when the action has an accepted update both now and in the previous
//   quarter; an update that is missing is reported as missing, not as a change.
// - At most CHANGES_NAMED actions are named per direction, the rest counted ("and 2 others").
// - Counts stay as digits, as everywhere else in the product; a count of nought is left out.
import type { ActionStatus, RatingLevel } from '../model/types.js';
import { keyActionRating } from '../ratings/key-action.js';
import { countOf, listOf } from './words.js';

/** How many actions a sentence names before it counts the rest. */
export const CHANGES_NAMED = 3;

/** What the summary is told about one key action for the report's period. */
export interface NarrativeKeyAction {
  code: string;
  title: string;
  /** The status of the update counted for the period; null when none is counted. */
  status: ActionStatus | null;
  /** The status counted for the previous quarter; null when none was. */
  previousStatus: ActionStatus | null;
  /** Why no update is counted (null when one is). */
  missing: 'not-submitted' | 'not-checked' | 'not-due' | null;
  /** Milestones not done whose due date has passed. */
  overdueMilestones: number;
}

export interface KeyActionNarrativeInput {
  actions: NarrativeKeyAction[];
  /** "corporate project" or "key action": the word the report uses for what it lists. */
  noun: string;
  /** The period's label, e.g. "Q2 2026/27" or "the half year to 30 September 2026". */
  periodLabel: string;
  /** The previous quarter's label, e.g. "Q1 2026/27". */
  previousLabel: string;
}

// keyActionRating gives only the four levels; the RAG ones are listed for the type's sake.
const RATING_RANK: Readonly<Record<RatingLevel, number>> = {
  action: 0,
  review: 1,
  good: 2,
  strong: 3,
  red: 0,
  amber: 1,
  green: 2,
};

/** Higher is better: the rating of the status, with complete above work still under way. */
export function statusRank(status: ActionStatus): number {
  return RATING_RANK[keyActionRating(status, 'as-expected')] + (status === 'complete' ? 1 : 0);
}

const STATUS_WORDS: Record<ActionStatus, string> = {
  complete: 'complete',
  'on-track': 'on track',
  'some-risk': 'at some risk to timetable or outcomes',
  unlikely: 'unlikely to achieve',
  'not-started': 'not started',
};
/** Short words for a change, so a list of three stays readable. */
const SHORT: Record<ActionStatus, string> = {
  complete: 'complete',
  'on-track': 'on track',
  'some-risk': 'some risk',
  unlikely: 'unlikely',
  'not-started': 'not started',
};
const ORDER: readonly ActionStatus[] = [
  'complete',
  'on-track',
  'not-started',
  'some-risk',
  'unlikely',
];

const byCode = (a: NarrativeKeyAction, b: NarrativeKeyAction) =>
  a.code.localeCompare(b.code, 'en-GB', { numeric: true });

/** "A, B and C", or "A, B, C and 2 others" beyond CHANGES_NAMED. */
function named(items: string[]): string {
  if (items.length <= CHANGES_NAMED) return listOf(items);
  const rest = items.length - CHANGES_NAMED;
  return `${items.slice(0, CHANGES_NAMED).join(', ')} and ${countOf(rest, 'other')}`;
}

/** "Of 12 key actions, 3 are complete, 5 are on track and 1 is unlikely to achieve." */
function statusSentence(input: KeyActionNarrativeInput): string {
  const { actions, noun } = input;
  const parts = ORDER.map((s) => [actions.filter((a) => a.status === s).length, s] as const)
    .filter(([n]) => n > 0)
    .map(([n, s]) => `${n} ${n === 1 ? 'is' : 'are'} ${STATUS_WORDS[s]}`);
  const updated =
    parts.length === 0 ? `none has an update for ${input.periodLabel}` : listOf(parts);
  return `Of ${countOf(actions.length, noun)}, ${updated}.`;
}

function changeSentences(input: KeyActionNarrativeInput): string[] {
  const both = input.actions
    .filter((a) => a.status !== null && a.previousStatus !== null)
    .sort(byCode);
  const moved = (sign: number) =>
    both
      .filter((a) => Math.sign(statusRank(a.status!) - statusRank(a.previousStatus!)) === sign)
      .map((a) => `${a.code} ${a.title} (${SHORT[a.previousStatus!]} to ${SHORT[a.status!]})`);
  const worse = moved(-1);
  const better = moved(1);
  if (worse.length === 0 && better.length === 0) {
    return both.length === 0
      ? []
      : [`No ${input.noun} changed status since ${input.previousLabel}.`];
  }
  // Worse first, each in its own sentence: it is what a reader must act on.
  const since = `Since ${input.previousLabel}`;
  return [
    worse.length > 0
      ? `${since}, ${countOf(worse.length, input.noun)} got worse: ${named(worse)}.`
      : '',
    better.length > 0
      ? `${since}, ${countOf(better.length, input.noun)} improved: ${named(better)}.`
      : '',
  ].filter(Boolean);
}

function overdueSentence(input: KeyActionNarrativeInput): string | null {
  const late = input.actions.filter((a) => a.overdueMilestones > 0).sort(byCode);
  if (late.length === 0) return null;
  const total = late.reduce((n, a) => n + a.overdueMilestones, 0);
  const verb = total === 1 ? 'is' : 'are';
  const where = late.map((a) => `${a.code} ${a.title} (${a.overdueMilestones})`);
  return `${countOf(total, 'milestone')} ${verb} overdue, in ${countOf(late.length, input.noun)}: ${named(where)}.`;
}

function missingSentence(input: KeyActionNarrativeInput): string | null {
  const of = (why: NarrativeKeyAction['missing']) =>
    input.actions.filter((a) => a.missing === why).sort(byCode);
  const unsent = of('not-submitted');
  const unchecked = of('not-checked');
  if (unsent.length + unchecked.length === 0) return null;
  const codes = (list: NarrativeKeyAction[]) => named(list.map((a) => a.code));
  const parts = [
    unsent.length > 0
      ? `${countOf(unsent.length, input.noun)} ${unsent.length === 1 ? 'has' : 'have'} no update ` +
        `from ${unsent.length === 1 ? 'its owner' : 'their owners'} for ${input.periodLabel} (${codes(unsent)})`
      : '',
    unchecked.length > 0
      ? `${countOf(unchecked.length, 'update')} ${unchecked.length === 1 ? 'waits' : 'wait'} ` +
        `for the service head's check (${codes(unchecked)})`
      : '',
  ].filter(Boolean);
  return `${parts.join('; ')}.`.replace(/^./, (c) => c.toUpperCase());
}

/** The summary's sentences, in reading order; none when there are no actions. */
export function keyActionNarrative(input: KeyActionNarrativeInput): string[] {
  if (input.actions.length === 0) return [];
  return [
    statusSentence(input),
    ...changeSentences(input),
    overdueSentence(input),
    missingSentence(input),
  ].filter((s): s is string => s !== null);
}
