// The risk register's shapes (issue 17): risks tied to the plan, their mitigating actions and their
// reviews. Pure data, like types.ts (which re-exports these), so every adapter can share them.
import type { Instant, IsoDate } from './types.js';

/** Open: being managed; treated: mitigations in place, still watched; closed: no longer a risk. */
export type RiskStatus = 'open' | 'treated' | 'closed';

/** Likelihood or impact on the council's 1–5 scale. */
export type RiskLevel = 1 | 2 | 3 | 4 | 5;

export interface Risk {
  id: string;
  /** Unique among risks, e.g. `CR01`: how import, the API and the tab name it. */
  code: string;
  title: string;
  description: string;
  /** The council's own categories (financial, operational, reputational …): free text. */
  category: string;
  ownerId: string;
  /** Objectives of the plan the risk threatens. */
  objectiveIds: string[];
  /** Key actions it threatens (any key action). */
  keyActionIds: string[];
  /** Corporate projects it threatens: key actions reported to the Programme Board. */
  projectIds: string[];
  inherentLikelihood: RiskLevel;
  inherentImpact: RiskLevel;
  residualLikelihood: RiskLevel;
  residualImpact: RiskLevel;
  /**
   * residualLikelihood × residualImpact, kept as a column (not only computed) so a SharePoint view
   * can filter on it: "Risks above tolerance". Written by src/domain/risks `riskDerivedFields`.
   */
  residualScore: number;
  /** When the next review is due. */
  reviewDate: IsoDate;
  /**
   * The start of reviewDate in Europe/London as an instant, again for SharePoint: CAML's <Today />
   * compares only against dateTime columns, and a calendar date is kept as text (column-spec.ts).
   */
  reviewDueAt: Instant;
  status: RiskStatus;
}

export type MitigationStatus = 'not-started' | 'in-progress' | 'done';

/** An action taken to bring a risk's likelihood or impact down. */
export interface RiskMitigation {
  id: string;
  riskId: string;
  title: string;
  ownerId: string;
  dueDate: IsoDate;
  status: MitigationStatus;
}

/** One review of a risk: the residual scores the owner (or performance team) judged then. */
export interface RiskReview {
  id: string;
  riskId: string;
  date: IsoDate;
  residualLikelihood: RiskLevel;
  residualImpact: RiskLevel;
  commentary: string;
  reviewerId: string;
}
