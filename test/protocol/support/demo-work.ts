// What the protocol tests need from the demo council, found in its data for the suite's day
// (TEST_NOW, issue #12) rather than assumed from one date: a return to enter and what the bot will
// say about a figure for it, worked out from the return's own target and history. Where a test
// needs the data in a particular state, it is put there through the application's own commands.
import type { AppDeps } from '../../../src/app/deps.js';
import { actOnReturn } from '../../../src/app/returns/act-on-return.js';
import { getReturnView, myReturns } from '../../../src/app/returns/my-returns.js';
import type { ReturnView } from '../../../src/app/returns/return-view.js';
import { addDays, isWorkingDay, periodContaining } from '../../../src/domain/periods/index.js';
import { formatValue } from '../../../src/domain/values/index.js';

/** The figures of the four periods before the return (the ones its card shows), nulls left out. */
export function historyFigures(view: ReturnView): number[] {
  return view.history.map((h) => h.value).filter((v): v is number => v !== null);
}

function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The median of the recent figures, as the plausibility check takes it (sizes, not signs). */
export function recentMedian(view: ReturnView): number {
  return median(historyFigures(view).map(Math.abs));
}

/** A figure as an officer types it: en-GB thousands commas, the indicator's decimals, no unit. */
export function typedText(value: number, view: ReturnView): string {
  const d = view.indicator.decimals;
  return value.toLocaleString('en-GB', { minimumFractionDigits: d, maximumFractionDigits: d });
}

/** The number a typed figure stands for. */
export function typedValue(text: string): number {
  return Number(text.replace(/,/g, ''));
}

/** A figure as cards show it (with the unit's sign), like the return's own valueText. */
export function shownText(value: number, view: ReturnView): string {
  return formatValue(value, view.indicator.unit, view.indicator.decimals);
}

/** A figure for the return rounded to its decimals, as typed text and as the number saved. */
export interface Figure {
  text: string;
  value: number;
}

function figure(raw: number, view: ReturnView): Figure {
  const text = typedText(raw, view);
  return { text, value: typedValue(text) };
}

/** Whether a figure sits within a third to three times the recent median: asked about by neither rule. */
function unremarkable(value: number, view: ReturnView): boolean {
  const mid = recentMedian(view);
  const t = view.target;
  const targetOk = t === null || t <= 0 || (Math.abs(value) <= t * 3 && Math.abs(value) >= t / 3);
  return Math.abs(value) > mid / 3 && Math.abs(value) < mid * 3 && targetOk;
}

/** The return can be rated, and has the two recent figures a history-based question needs. */
export function ratedWithHistory(view: ReturnView): boolean {
  return (
    view.target !== null &&
    view.target > 0 &&
    view.indicator.polarity !== 'none' &&
    historyFigures(view).length >= 2 &&
    recentMedian(view) > 0
  );
}

/** Twenty times what its recent figures make ordinary can be typed for it (not a percentage). */
export function canBeImplausible(view: ReturnView): boolean {
  return ratedWithHistory(view) && view.indicator.unit !== 'percentage';
}

/**
 * Twenty times the median of the return's recent figures: questioned by the plausibility check
 * (ten times or more today, and still under a stricter three-times rule).
 */
export function implausibleFigure(view: ReturnView): Figure {
  if (!canBeImplausible(view)) {
    throw new Error(`${view.indicator.code} ${view.periodLabel} has no history to be far from`);
  }
  const f = figure(recentMedian(view) * 20, view);
  if (view.indicator.unit === 'count' && !Number.isInteger(f.value)) throw new Error('not whole');
  return f;
}

/** A figure about the size of the recent ones: the check lets it through without a question. */
export function ordinaryFigure(view: ReturnView): Figure {
  const figures = historyFigures(view);
  const raw = figures.length ? median(figures) : (view.target ?? 1);
  return figure(raw, view);
}

/**
 * A figure 15% better than target for the indicator's polarity (Strong needs more than 5%, or 2%
 * against a percentage target above 95), capped at 100% for a percentage.
 */
export function strongFigure(view: ReturnView): Figure {
  const target = view.target!;
  const better = view.indicator.polarity === 'lower' ? target * 0.85 : target * 1.15;
  const raw = view.indicator.unit === 'percentage' ? Math.min(better, 100) : better;
  const f = figure(raw, view);
  const d =
    view.indicator.polarity === 'lower' ? (target - f.value) / target : (f.value - target) / target;
  const full = view.indicator.unit === 'percentage' && f.value === 100;
  if (!(full || d > 0.06)) throw new Error(`${f.text} is not clearly better than ${target}`);
  if (!unremarkable(f.value, view)) throw new Error(`${f.text} would be questioned`);
  return f;
}

/** A figure 15% worse than target for the indicator's polarity: rated Action (worse than 10%). */
export function actionFigure(view: ReturnView): Figure {
  const target = view.target!;
  const f = figure(view.indicator.polarity === 'lower' ? target * 1.15 : target * 0.85, view);
  const d =
    view.indicator.polarity === 'lower' ? (target - f.value) / target : (f.value - target) / target;
  if (!(d < -0.11)) throw new Error(`${f.text} is not clearly worse than ${target}`);
  if (!unremarkable(f.value, view)) throw new Error(`${f.text} would be questioned`);
  return f;
}

/** Whether strongFigure / actionFigure give a figure the check will not question. */
export function fits(make: (v: ReturnView) => Figure, view: ReturnView): boolean {
  if (!ratedWithHistory(view)) return false;
  try {
    make(view);
    return true;
  } catch {
    return false;
  }
}

const COUNT_WORDS = ['no', 'one', 'two', 'three', 'four'];

/**
 * What the bot asks about `typed` for this return (far above its recent figures): how many times
 * the median of the last figures it is, to one decimal place.
 */
export function plausibilityQuestionFor(view: ReturnView, typed: Figure): string {
  const points = historyFigures(view);
  const mid = recentMedian(view);
  const times = (Math.abs(typed.value) / mid).toLocaleString('en-GB', { maximumFractionDigits: 1 });
  const shown = shownText(typed.value, view);
  return `Is ${shown} right? ${shown} is ${times} times the median of the last ${COUNT_WORDS[points.length]} figures, ${shownText(mid, view)}.`;
}

/**
 * A typed reply that names a code goes to the oldest due return of that indicator (the person's
 * returns to enter are sorted by due date): only that one can be reached by `CODE figure`.
 */
export function firstOfItsCode(view: ReturnView, toEnter: readonly ReturnView[]): boolean {
  return toEnter.find((v) => v.indicator.code === view.indicator.code)?.id === view.id;
}

/** Whether the return is the latest of its indicator (the one `status CODE` shows). */
export async function isLatest(deps: AppDeps, view: ReturnView): Promise<boolean> {
  const all = await deps.store.query('returns', { indicatorId: view.indicator.id });
  const latest = all.sort((a, b) => a.fields.periodKey.localeCompare(b.fields.periodKey)).at(-1);
  return latest?.id === view.id;
}

/** Enters a figure through the application, as the person would in the tab. */
export async function enterThroughApp(
  deps: AppDeps,
  personId: string,
  view: ReturnView,
  entry: { value: number } | { notAvailableReason: string },
): Promise<void> {
  await actOnReturn(deps, {
    returnId: view.id,
    version: view.version,
    actorId: personId,
    channel: 'tab',
    event:
      'value' in entry
        ? { type: 'enter', value: entry.value, commentary: 'Entered before this test' }
        : {
            type: 'enter',
            value: null,
            notAvailableReason: entry.notAvailableReason,
            commentary: '',
          },
  });
}

/**
 * Enters, oldest first and through the application, every other due return of the same
 * indicator with an ordinary figure, so `CODE figure` typed to the bot reaches this one.
 */
export async function enterEarlierOfSameIndicator(
  deps: AppDeps,
  personId: string,
  view: ReturnView,
): Promise<ReturnView> {
  for (;;) {
    const { toEnter } = await myReturns(deps, personId);
    const earlier = toEnter.find((v) => v.indicator.id === view.indicator.id && v.id !== view.id);
    if (!earlier) break;
    await enterThroughApp(deps, personId, earlier, { value: ordinaryFigure(earlier).value });
  }
  return (await getReturnView(deps, personId, view.id))!;
}

/** Records every due return of the person but `keep` as not available, through the application. */
export async function enterAllBut(
  deps: AppDeps,
  personId: string,
  keep: string | null,
): Promise<void> {
  for (const v of (await myReturns(deps, personId)).toEnter) {
    if (v.id !== keep) {
      await enterThroughApp(deps, personId, v, { notAvailableReason: 'Not collected this period' });
    }
  }
}

// --- Dates as the bot writes them (London time) ---

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function londonOf(at: Date) {
  const part = (type: string) => LONDON.formatToParts(at).find((p) => p.type === type)!.value;
  return {
    iso: `${part('year')}-${part('month')}-${part('day')}`,
    dmy: `${part('day')}/${part('month')}/${part('year')}`,
    time: `${part('hour')}:${part('minute')}`,
  };
}

/** The calendar day in London at `at`, YYYY-MM-DD. */
export function londonDay(at: Date): string {
  return londonOf(at).iso;
}

/** `20/11/2025 at 10:00`: how cards show when someone decided. */
export function londonStamp(at: Date): string {
  const l = londonOf(at);
  return `${l.dmy} at ${l.time}`;
}

/** `21/11/2025` from `2025-11-21`. */
export function ukDate(iso: string): string {
  return `${iso.slice(8, 10)}/${iso.slice(5, 7)}/${iso.slice(0, 4)}`;
}

/** The instant that is `hh:00` in London on a day (GMT or BST, whichever is in force). */
export function londonHour(iso: string, hour: number): Date {
  for (const offset of [0, 1]) {
    const at = new Date(`${iso}T${String(hour - offset).padStart(2, '0')}:00:00Z`);
    const l = londonOf(at);
    if (l.iso === iso && l.time === `${String(hour).padStart(2, '0')}:00`) return at;
  }
  throw new Error(`no ${hour}:00 in London on ${iso}`);
}

/** The next working day (Monday to Friday, not a bank holiday in England and Wales) after a day. */
export function nextWorkingDay(iso: string): string {
  let day = addDays(iso, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/** The financial quarter containing a day, as typed (`Q4 2025/26`) and as stored (`2025/26 Q4`). */
export function quarterOn(iso: string): { label: string; key: string } {
  const q = periodContaining(iso, 'quarter');
  return { label: q.label, key: q.key };
}
