// The view models every report renderer draws from. Renderers are pure functions of these shapes
// (STYLE.md principle 5), so Word, PDF and PNG can never disagree about a figure.
import type { ActionStatus, RatingState } from '../../domain/model/types.js';

export type ReportKind =
  | 'quarterly'
  | 'portfolio'
  | 'exception'
  | 'annual'
  | 'highlight'
  | 'monitoring'
  | 'performance-budget'
  | 'strategic-dashboard';
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
  /**
   * The quartile against the comparator group for the entry's period, where the group has member
   * figures for it (else null): `words` for a table's cell, `text` with the place and the group's
   * average for an indicator's details. Context, never a rating.
   */
  quartile: { words: string; text: string } | null;
  commentary: string;
  actionPlan: ActionPlanEntry | null;
  persistent: boolean;
  /** For a persistent indicator, its deep-dive review in words ("a deep-dive review is due"). */
  deepDive?: string;
  /** "Provisional — awaiting check" (or authorisation): entered, not authorised, so not counted. */
  provisional: string | null;
  /** "Restated — <reason>" when an authorised figure was reopened and authorised again. */
  restated: string | null;
  /** The officer's year-end forecast rated against the annual target, beside the rating now. */
  yearEnd: YearEndEntry | null;
}

export interface YearEndEntry {
  valueText: string;
  targetText: string;
  rating: RatingText;
}

export interface SummaryRow {
  label: string;
  /** One count per column of `ReportSummary.columns`, in that order. */
  counts: number[];
  total: number;
}

export interface ReportSummary {
  /**
   * Rating labels in display order, then `Provisional` (entered, not yet authorised), then
   * `No rating` (missing, not due, no target, context…).
   */
  columns: string[];
  /** The rating state each column counts ('provisional' too), or null for the `No rating` column. */
  states: (RatingState | null)[];
  rows: SummaryRow[];
  totals: SummaryRow;
  /** What the rows are, as the table's first heading: `Priority` unless said otherwise. */
  rowHeading?: string;
}

/** One key action's progress in the report's period, every field already text (dates dd/mm/yyyy). */
export interface KeyActionEntry {
  id: string;
  code: string;
  title: string;
  owner: string;
  service: string;
  dueDate: string;
  /** The revised due date and why, or '' when the date stands. */
  revisedDueDate: string;
  revisedDueReason: string;
  /** The status in words, or "No update for this quarter" when none counts. */
  status: string;
  /** The status group the entry belongs to (monitoring statement); null when no update counts. */
  statusKey: ActionStatus | null;
  percentComplete: number | null;
  /** `60%`, or `–` when no update counts. */
  percentText: string;
  rating: RatingText;
  commentary: string;
  nextMilestone: string;
  /** Set when the update shown is of an earlier period than the report's, e.g. `Q1 2025/26`. */
  asAt: string;
  /** Why no update counts, with the last one given, e.g. "Last update (Q1 2025/26): On track, 40%." */
  note: string;
}

export interface MilestoneEntry {
  title: string;
  dueDate: string;
  /** `Done`, `Due` or `Overdue` (not done and its date has passed). */
  state: string;
}

export interface IssueEntry {
  periodLabel: string;
  status: string;
  commentary: string;
}

/** A corporate project as the Programme Board's highlight report shows it. */
export interface ProjectEntry extends KeyActionEntry {
  description: string;
  startDate: string;
  milestones: MilestoneEntry[];
  /** What the owner reported while the project was at risk this year, oldest first. */
  issues: IssueEntry[];
  /** The owner's next milestone, else the next milestone of the plan not yet done. */
  nextSteps: string;
}

/** Counts of key actions by status: one column per status, a row per service plan. */
export interface StatusCounts {
  columns: string[];
  rows: SummaryRow[];
  totals: SummaryRow;
}

export type Block =
  /** `keepWithNext`: an introduction printed on the same page as what follows it. */
  | { kind: 'paragraph'; text: string; keepWithNext?: boolean }
  | { kind: 'summary'; summary: ReportSummary }
  /** `yearEnd: false`: no year-end forecast column (the annual report: the year has ended). */
  | { kind: 'indicator-details'; entries: IndicatorEntry[]; yearEnd?: false }
  | { kind: 'indicator-table'; entries: IndicatorEntry[]; yearEnd?: false }
  | { kind: 'key-actions'; entries: KeyActionEntry[] }
  | { kind: 'key-action-group'; heading: string; entries: KeyActionEntry[] }
  | { kind: 'project-summary'; entries: ProjectEntry[] }
  | { kind: 'project'; entry: ProjectEntry }
  | { kind: 'status-counts'; counts: StatusCounts }
  /** A plain table of words (the data-quality section); `widths` are shares of the page. */
  /** `numeric`: the columns of figures, right-aligned (header too) so the digits line up. */
  | { kind: 'table'; header: string[]; rows: string[][]; widths?: number[]; numeric?: number[] };

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
  /**
   * A few plain sentences on the figures, made by rule (src/domain/narrative), printed first.
   * Empty for a report with no indicator figures (highlight, monitoring).
   */
  narrative: string[];
  /** Headline counts (the summary's totals) for cards and the tab. */
  headline: { label: string; count: number }[];
}
