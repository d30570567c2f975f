// The view models every report renderer draws from. Renderers are pure functions of these shapes
// (STYLE.md principle 5), so Word, PDF and PNG can never disagree about a figure.
import type { RatingState } from '../../domain/model/types.js';

export type ReportKind = 'quarterly' | 'portfolio' | 'exception' | 'annual';
export type ReportFormat = 'docx' | 'pdf';

export interface RatingText {
  state: RatingState;
  /** Always shown as text (Strong/Good/Review/Action…): colour is never the only signal. */
  label: string;
}

export interface ActionPlanEntry {
  reasons: string;
  actions: string;
  owner: string;
  dueDate: string;
  expectedRecovery: string;
  status: string;
}

/** One indicator as a report shows it: authorised figures only, every field already text. */
export interface IndicatorEntry {
  id: string;
  code: string;
  title: string;
  service: string;
  periodLabel: string;
  value: number | null;
  valueText: string;
  targetText: string;
  rating: RatingText;
  direction: string;
  ytdText: string;
  forecastText: string;
  benchmarkText: string;
  commentary: string;
  actionPlan: ActionPlanEntry | null;
  persistent: boolean;
}

export interface SummaryRow {
  label: string;
  /** One count per column of `ReportSummary.columns`, in that order. */
  counts: number[];
  total: number;
}

export interface ReportSummary {
  /** Rating labels in display order, then `No rating` (missing, not due, no target, context…). */
  columns: string[];
  /** The rating state each column counts, or null for the `No rating` column. */
  states: (RatingState | null)[];
  rows: SummaryRow[];
  totals: SummaryRow;
}

export interface KeyActionEntry {
  code: string;
  title: string;
  owner: string;
  dueDate: string;
  status: string;
  percentComplete: number;
  rating: RatingText;
  lastUpdate: string;
}

export type Block =
  | { kind: 'paragraph'; text: string }
  | { kind: 'summary'; summary: ReportSummary }
  | { kind: 'indicator-details'; entries: IndicatorEntry[] }
  | { kind: 'indicator-table'; entries: IndicatorEntry[] }
  | { kind: 'key-actions'; entries: KeyActionEntry[] };

export interface Chapter {
  /** Stable anchor for the contents list and PDF outline. */
  id: string;
  heading: string;
  /** Sub-headings (a priority within "Every indicator by priority"). */
  sections: { heading: string | null; blocks: Block[] }[];
}

export interface ReportDocument {
  kind: ReportKind;
  title: string;
  subtitle: string;
  councilName: string;
  periodKey: string;
  periodLabel: string;
  /** dd/mm/yyyy, Europe/London. */
  generatedOn: string;
  chapters: Chapter[];
  /** The rating rule, printed as a footnote to the summary. */
  ratingRule: string;
  /** Headline counts (the summary's totals) for cards and the tab. */
  headline: { label: string; count: number }[];
}
