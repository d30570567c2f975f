// What a reader of the strategic dashboard sees (the tab, the report, the card): every field
// already words or en-GB text, so the three can never disagree about a figure.
import type { RatingState } from '../../domain/model/types.js';
import type { DashboardRow } from '../dashboard/index.js';
import type { RatingView } from '../returns/return-view.js';

/** An indicator's row as the monthly dashboard has it, less what is not dated (year end, trend). */
export interface StrategicIndicatorRow extends Pick<
  DashboardRow,
  | 'indicatorId'
  | 'code'
  | 'title'
  | 'service'
  | 'directorate'
  | 'periodKey'
  | 'periodLabel'
  | 'valueText'
  | 'targetText'
  | 'rating'
> {
  /** "Previous period: improving; same period last year: no change". */
  direction: string;
  persistent: boolean;
  commentary: string;
  /** dd/mm/yyyy the counted figure was authorised, or null when none was by the date. */
  authorisedOn: string | null;
}

export interface StrategicKeyAction {
  id: string;
  code: string;
  title: string;
  owner: string;
  service: string;
  rating: RatingView;
  /** "Some risk to timetable or outcomes, 40% (2025/26 Q2 update)". */
  status: string;
  commentary: string;
}

export interface StrategicRisk {
  code: string;
  title: string;
  owner: string;
  score: number;
  band: string;
  /** dd/mm/yyyy of the review the score is from, or null (scored when recorded, not yet reviewed). */
  reviewedOn: string | null;
  commentary: string;
  objectiveCodes: string[];
}

export interface StrategicBudgetLine {
  name: string;
  /** "Overspend", "Underspend" or "On budget". */
  words: string;
  /** e.g. "Forecast outturn £4,200,000 against a current budget of £4,100,000: £100,000 over budget (2.4%), over tolerance". */
  sentence: string;
}

export interface StrategicBudget {
  periodLabel: string;
  tolerance: string;
  council: StrategicBudgetLine;
  directorates: StrategicBudgetLine[];
}

export interface HeadlineCount {
  /** The rating counted, or null for the "No rating" column (missing, not due, no target …). */
  state: RatingState | null;
  label: string;
  count: number;
}

export interface StrategicDashboardView {
  councilName: string;
  /** YYYY-MM-DD, and as people read it (dd/mm/yyyy). */
  asAt: string;
  asAtText: string;
  /** Whether the date is one of the cadence's editions. */
  isEdition: boolean;
  cadence: { everyDays: number; anchor: string; words: string; nextEdition: string };
  headline: HeadlineCount[];
  /** One plain sentence of the counts, for readers who skip the tables. */
  headlineSentence: string;
  keyDevelopmentAreas: { indicators: StrategicIndicatorRow[]; keyActions: StrategicKeyAction[] };
  risks: { tolerance: number; aboveTolerance: StrategicRisk[] };
  /** Null when no quarter's budget lines had ended by the date: `budgetNote` says so. */
  budget: StrategicBudget | null;
  budgetNote: string | null;
  indicators: StrategicIndicatorRow[];
}

export interface EditionsView {
  cadence: StrategicDashboardView['cadence'];
  /** Newest first: YYYY-MM-DD and dd/mm/yyyy. */
  editions: { date: string; text: string }[];
}
