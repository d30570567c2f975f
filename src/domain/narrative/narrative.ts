// The narrative summary that opens each report and the dashboard: a few plain sentences made from
// the figures by fixed rules (issue 19, item 5), never by a language model. The rules:
// - "Improved" and "worsened" are the direction of travel the status engine gives each indicator
//   (src/domain/ratings/direction.ts: its polarity, at its decimal places). Nothing here decides
//   afresh which way is better, so a worse figure is always called worse.
// - The two comparisons (previous period, same period last year) are always stated when there are
//   indicators, because a reader looks for them first; a count of nought is left out of the
//   sentence. Every other sentence appears only when it has something to name, so "nothing is
//   provisional" is said by silence, as the reports' rating rule already says what is counted.
// - The largest changes are against the same period last year, as a share of the target
//   (|now − a year ago| ÷ |target|). A year apart, seasonal and cumulative-from-April figures are
//   compared like with like (against the previous month, council tax collected "improves" every
//   month and collapses each April). Against the target, a move of 5 points on a 10% target and
//   one of 500 on a 10,000 target weigh the same, whatever the unit; a change relative to the
//   earlier figure would rank a count going from 1 to 3 above one going from 900 to 600.
//   Indicators with no target (or a target of 0) have no such measure and are not ranked.
// - Figures are written by the one formatter (src/domain/values/format-value.ts); counts stay as
//   digits, as everywhere else in the product.
import type { RatingState } from '../model/types.js';
import type { Direction } from '../ratings/index.js';
import { formatFigure, formatValue } from '../values/format-value.js';
import type { NarrativeIndicator, NarrativeInput } from './types.js';
import { countOf, listOf } from './words.js';

/** How many of the largest changes the summary names. */
export const LARGEST_CHANGES = 3;
/** Beyond this many, a list names indicators by code alone, to keep the sentence readable. */
const NAMED_IN_FULL = 3;
/** Beyond this many, provisional figures are counted, not listed: the tables name each one. */
const PROVISIONAL_LISTED = 8;

const name = (i: NarrativeIndicator) => `${i.code} ${i.title}`;
const names = (list: NarrativeIndicator[]) =>
  listOf(list.map((i) => (list.length > NAMED_IN_FULL ? i.code : name(i))));
const byCode = (a: NarrativeIndicator, b: NarrativeIndicator) =>
  a.code.localeCompare(b.code, 'en-GB', { numeric: true });

function tally(indicators: NarrativeIndicator[], of: (i: NarrativeIndicator) => Direction) {
  const t = { improving: 0, worsening: 0, 'no-change': 0 };
  for (const i of indicators) {
    const d = of(i);
    if (d !== 'not-comparable') t[d] += 1;
  }
  return t;
}

/** "Against the previous period, 4 indicators improved, 1 worsened and 2 were unchanged." */
function comparisonSentence(against: string, t: ReturnType<typeof tally>): string | null {
  const parts: [number, string][] = [
    [t.improving, 'improved'],
    [t.worsening, 'worsened'],
    [t['no-change'], t['no-change'] === 1 ? 'was unchanged' : 'were unchanged'],
  ];
  const said = parts
    .filter(([n]) => n > 0)
    .map(([n, verb], k) => (k === 0 ? `${countOf(n, 'indicator')} ${verb}` : `${n} ${verb}`));
  return said.length === 0 ? null : `Against ${against}, ${listOf(said)}.`;
}

function comparisons(input: NarrativeInput): string[] {
  const { indicators } = input;
  if (input.comparedWith === 'years') {
    const sentence = comparisonSentence(
      'last year',
      tally(indicators, (i) => i.vsLastYear),
    );
    return [sentence ?? 'No figure can yet be compared with last year.'];
  }
  const previous = comparisonSentence(
    'the previous period',
    tally(indicators, (i) => i.vsPrevious),
  );
  const lastYear = comparisonSentence(
    'the same period last year',
    tally(indicators, (i) => i.vsLastYear),
  );
  if (!previous && !lastYear) {
    return ['No figure can yet be compared with the previous period or the same period last year.'];
  }
  return [
    previous ?? 'No figure can yet be compared with the previous period.',
    lastYear ?? 'No figure can yet be compared with the same period last year.',
  ];
}

const isLevel = (state: RatingState | null, input: NarrativeInput) =>
  state !== null && input.levels.some((l) => l.level === state);

const since = (input: NarrativeInput) =>
  input.comparedWith === 'years' ? 'last year' : 'the previous period';

/** How many priorities the summary names; the rest are counted ("and 2 more"). */
export const PRIORITIES_NAMED = 3;

/**
 * "Among indicators rated in both periods, ratings changed in 2 priorities: A (Good from 2 to 3,
 * Action from 2 to 1); B (…)." Only indicators rated both then and now count: a figure not yet
 * due, missing or awaiting authorisation this month would otherwise read as a Good that was lost.
 * Beyond PRIORITIES_NAMED, the priorities that moved most are named (in plan order).
 */
function prioritiesSentence(input: NarrativeInput): string | null {
  const moved: { priority: string; changes: string[]; size: number }[] = [];
  for (const priority of input.priorityOrder) {
    const both = input.indicators.filter(
      (i) =>
        i.priorities.includes(priority) &&
        isLevel(i.rating, input) &&
        isLevel(i.previousRating, input),
    );
    let size = 0;
    const changes = input.levels.flatMap(({ level, label }) => {
      const now = both.filter((i) => i.rating === level).length;
      const before = both.filter((i) => i.previousRating === level).length;
      size += Math.abs(now - before);
      return now === before ? [] : [`${label} from ${before} to ${now}`];
    });
    if (changes.length > 0) moved.push({ priority, changes, size });
  }
  if (moved.length === 0) return null;
  const named = new Set(
    [...moved]
      .sort((a, b) => b.size - a.size)
      .slice(0, PRIORITIES_NAMED)
      .map((m) => m.priority),
  );
  const listed = moved.filter((m) => named.has(m.priority));
  const others = moved.length - listed.length;
  const more = others > 0 ? `; and ${countOf(others, 'other priority', 'other priorities')}` : '';
  const then = input.comparedWith === 'years' ? 'both years' : 'both periods';
  return (
    `Among indicators rated in ${then}, ratings changed in ` +
    `${countOf(moved.length, 'priority', 'priorities')} since ${since(input)}: ` +
    `${listed.map((m) => `${m.priority} (${m.changes.join(', ')})`).join('; ')}${more}.`
  );
}

/** The change from a year before as a share of the target, or null when it has none. */
export function changeShareOfTarget(i: NarrativeIndicator): number | null {
  if (i.vsLastYear !== 'improving' && i.vsLastYear !== 'worsening') return null;
  if (i.value === null || i.lastYearValue === null || i.target === null || i.target === 0) {
    return null;
  }
  return Math.abs(i.value - i.lastYearValue) / Math.abs(i.target);
}

function largestChangesSentence(input: NarrativeInput): string | null {
  const ranked = input.indicators
    .map((i) => ({ i, share: changeShareOfTarget(i) }))
    .filter((c): c is { i: NarrativeIndicator; share: number } => c.share !== null)
    .sort((a, b) => b.share - a.share || byCode(a.i, b.i))
    .slice(0, LARGEST_CHANGES);
  if (ranked.length === 0) return null;
  const described = ranked.map(({ i, share }) => {
    const fmt = (v: number | null) => formatFigure(v, i);
    const verb = i.vsLastYear === 'improving' ? 'improved' : 'worsened';
    const pct = formatValue(share * 100, 'percentage', 1);
    return `${name(i)} ${verb} from ${fmt(i.lastYearValue)} to ${fmt(i.value)} (${pct} of its target)`;
  });
  const against = input.comparedWith === 'years' ? 'last year' : 'the same period last year';
  return ranked.length === 1
    ? `The largest change against ${against}: ${described[0]!}.`
    : `The largest changes against ${against}, as a share of each target: ${described.join('; ')}.`;
}

function persistentSentence(input: NarrativeInput): string | null {
  const list = input.indicators.filter((i) => i.persistent).sort(byCode);
  if (list.length === 0) return null;
  const worst = input.levels.at(-1)?.label ?? 'Action';
  const verb = list.length === 1 ? 'has' : 'have';
  return (
    `${countOf(list.length, 'indicator')} ${verb} been rated ${worst} for ` +
    `${input.persistentRuns} periods running: ${names(list)}.`
  );
}

function provisionalSentence(input: NarrativeInput): string | null {
  const list = input.indicators.filter((i) => i.provisional).sort(byCode);
  if (list.length === 0) return null;
  const verb = list.length === 1 ? 'is' : 'are';
  const counted = input.provisionalCounted ? 'but counted in this view' : 'so not rated or counted';
  const which = list.length > PROVISIONAL_LISTED ? '' : `: ${names(list)}`;
  return `${countOf(list.length, 'figure')} ${verb} provisional (entered, not yet authorised), ${counted}${which}.`;
}

/** The summary's sentences, in reading order; none when there are no indicators. */
export function narrativeSummary(input: NarrativeInput): string[] {
  if (input.indicators.length === 0) return [];
  return [
    ...comparisons(input),
    prioritiesSentence(input),
    largestChangesSentence(input),
    persistentSentence(input),
    provisionalSentence(input),
  ].filter((s): s is string => s !== null);
}
