// Where each demo return sits in the workflow (due → submitted → checked → authorised) and when
// each step happened. Everything before the latest period has long been authorised; the latest
// period shows a realistic spread, with one sent back and one "not available".
import { newReturn } from '../domain/workflow/index.js';
import type { IndicatorReturn, Instant, IsoDate, ReturnState } from '../domain/model/types.js';
import { addDaysIso, instantAt } from './dates.js';
import type { Random } from './prng.js';

// The special cases are monthly indicators: the latest month is always still in play (it ended
// within the last month and is due about three weeks later), whatever day the demo is built on.
/** Sent back by the Responsible Officer, so it is due again with the reason showing. */
export const SENT_BACK_CODE = 'CD05';
/** The officer could not give a figure for the latest period. */
export const NOT_AVAILABLE_CODE = 'ED03';
/** An older quarter authorised as "not available". */
export const HISTORIC_NOT_AVAILABLE_CODE = 'HS05';

/**
 * The latest period is still moving through the workflow only while its due date is recent;
 * by this many days after it, the performance team has chased everything to authorised.
 */
export const IN_PLAY_DAYS_AFTER_DUE = 45;

const LATEST_MIX: ReturnState[] = [
  'authorised',
  'checked',
  'submitted',
  'due',
  'authorised',
  'submitted',
  'checked',
  'due',
];

/** The state of an indicator's latest return still in play, by its position among those in play. */
export function latestStateFor(code: string, index: number): ReturnState {
  if (code === SENT_BACK_CODE) return 'due';
  if (code === NOT_AVAILABLE_CODE) return 'submitted';
  return LATEST_MIX[index % LATEST_MIX.length] as ReturnState;
}

export interface Stamps {
  enteredAt: Instant;
  checkedAt: Instant;
  authorisedAt: Instant;
}

/**
 * Entered a few days before the due date (never before the period ended, never after
 * yesterday), then checked and authorised within days. Hours rise through the day (entered in the
 * morning, checked at midday, authorised in the afternoon) so the steps stay in order even when
 * they fall on one day.
 */
export function stampsFor(
  periodEnd: IsoDate,
  dueDate: IsoDate,
  today: IsoDate,
  rng: Random,
): Stamps {
  const yesterday = addDaysIso(today, -1);
  const clampDay = (d: IsoDate): IsoDate => (d > yesterday ? yesterday : d);
  let entered = addDaysIso(dueDate, -rng.int(0, 6));
  if (entered <= periodEnd) entered = addDaysIso(periodEnd, 1);
  entered = clampDay(entered);
  const checked = clampDay(addDaysIso(entered, rng.int(0, 3)));
  const authorised = clampDay(addDaysIso(checked, rng.int(0, 4)));
  return {
    enteredAt: instantAt(entered, rng.int(8, 10), rng.int(0, 59)),
    checkedAt: instantAt(checked, rng.int(11, 13), rng.int(0, 59)),
    authorisedAt: instantAt(authorised, rng.int(14, 16), rng.int(0, 59)),
  };
}

export function blankReturn(id: string, indicatorId: string, periodKey: string): IndicatorReturn {
  return { id, ...newReturn(indicatorId, periodKey) };
}

interface Officers {
  collectorId: string;
  responsibleId: string;
  authoriserId: string;
}

/** Fills who did what and when, up to `state`; later steps stay empty. */
export function applyState(
  ret: IndicatorReturn,
  state: ReturnState,
  who: Officers,
  stamps: Stamps,
): IndicatorReturn {
  const out = { ...ret, state };
  if (state === 'due') return out;
  out.enteredBy = who.collectorId;
  out.enteredAt = stamps.enteredAt;
  if (state === 'submitted') return out;
  out.checkedBy = who.responsibleId;
  out.checkedAt = stamps.checkedAt;
  if (state === 'checked') return out;
  out.authorisedBy = who.authoriserId;
  out.authorisedAt = stamps.authorisedAt;
  return out;
}
