// What the register shows of a risk: the plan it threatens by CODE (objectives, key actions,
// corporate projects), its scores with their bands, whether it is above the council's tolerance
// and whether its review is overdue, the trend over its reviews; the detail adds mitigations and history.
import type { MitigationStatus, Risk, RiskLevel, RiskStatus } from '../../domain/model/types.js';
import type { StoredItem } from '../../domain/ports/store.js';
import {
  isAboveTolerance,
  reviewState,
  riskBand,
  riskScore,
  riskTrend,
  type ReviewState,
  type RiskMatrix,
  type RiskTrend,
} from '../../domain/risks/index.js';
import type { Catalogue } from '../catalogue/index.js';
import type { Register } from './register.js';

export interface ScoreView {
  likelihood: RiskLevel;
  impact: RiskLevel;
  score: number;
  band: string;
}

export interface RiskSummaryView {
  id: string;
  version: string;
  code: string;
  title: string;
  category: string;
  owner: { id: string; name: string };
  status: RiskStatus;
  objectiveCodes: string[];
  keyActionCodes: string[];
  projectCodes: string[];
  inherent: ScoreView;
  residual: ScoreView;
  /** The residual score's band (the same as residual.band, at the top for tables). */
  band: string;
  aboveTolerance: boolean;
  reviewDate: string;
  reviewState: ReviewState;
  reviewOverdue: boolean;
  /** The residual score over the reviews, in words, so the register's table can show it. */
  trend: RiskTrend;
}

export interface RiskDetailView extends RiskSummaryView {
  description: string;
  tolerance: number;
  mitigations: {
    id: string;
    title: string;
    owner: { id: string; name: string };
    dueDate: string;
    status: MitigationStatus;
  }[];
  /** Oldest first. */
  reviews: {
    id: string;
    date: string;
    residual: ScoreView;
    commentary: string;
    reviewer: { id: string; name: string };
  }[];
}

const person = (cat: Catalogue, id: string) => ({ id, name: cat.people.get(id)?.name ?? id });

function scoreView(likelihood: RiskLevel, impact: RiskLevel, matrix: RiskMatrix): ScoreView {
  const score = riskScore(likelihood, impact);
  return { likelihood, impact, score, band: riskBand(score, matrix) };
}

/** Codes by id, once per catalogue (a catalogue is kept until its lists change). */
const codes = new WeakMap<
  Catalogue,
  { objectives: Map<string, string>; actions: Map<string, string> }
>();
function codeMaps(cat: Catalogue) {
  let maps = codes.get(cat);
  if (!maps) {
    maps = {
      objectives: new Map(cat.objectives.map((o) => [o.id, o.code])),
      actions: new Map(cat.keyActions.map((a) => [a.id, a.code])),
    };
    codes.set(cat, maps);
  }
  return maps;
}

function codesOf(ids: readonly string[], byId: Map<string, string>): string[] {
  return ids.map((id) => byId.get(id) ?? id);
}

export function riskSummary(
  cat: Catalogue,
  reg: Register,
  item: StoredItem<Omit<Risk, 'id'>>,
): RiskSummaryView {
  const r = item.fields;
  const { objectives, actions } = codeMaps(cat);
  const residual = scoreView(r.residualLikelihood, r.residualImpact, reg.matrix);
  const state = reviewState(r.reviewDate, r.status, reg.today);
  return {
    id: item.id,
    version: item.version,
    code: r.code,
    title: r.title,
    category: r.category,
    owner: person(cat, r.ownerId),
    status: r.status,
    objectiveCodes: codesOf(r.objectiveIds, objectives),
    keyActionCodes: codesOf(r.keyActionIds, actions),
    projectCodes: codesOf(r.projectIds, actions),
    inherent: scoreView(r.inherentLikelihood, r.inherentImpact, reg.matrix),
    residual,
    band: residual.band,
    // A closed risk is no longer escalated, whatever its last score.
    aboveTolerance: r.status !== 'closed' && isAboveTolerance(residual.score, reg.matrix),
    reviewDate: r.reviewDate,
    reviewState: state,
    reviewOverdue: state === 'overdue',
    trend: riskTrend(reg.reviews.get(item.id) ?? []),
  };
}

/** What most needs attention first (reporting by exception): highest residual, then by code. */
export function worstFirst(a: RiskSummaryView, b: RiskSummaryView): number {
  return b.residual.score - a.residual.score || a.code.localeCompare(b.code);
}

export function riskDetail(
  cat: Catalogue,
  reg: Register,
  item: StoredItem<Omit<Risk, 'id'>>,
): RiskDetailView {
  const reviews = [...(reg.reviews.get(item.id) ?? [])].sort((a, b) =>
    a.date.localeCompare(b.date),
  );
  return {
    ...riskSummary(cat, reg, item),
    description: item.fields.description,
    tolerance: reg.matrix.tolerance,
    mitigations: (reg.mitigations.get(item.id) ?? []).map((m) => ({
      id: m.id,
      title: m.title,
      owner: person(cat, m.ownerId),
      dueDate: m.dueDate,
      status: m.status,
    })),
    reviews: reviews.map((v) => ({
      id: v.id,
      date: v.date,
      residual: scoreView(v.residualLikelihood, v.residualImpact, reg.matrix),
      commentary: v.commentary,
      reviewer: person(cat, v.reviewerId),
    })),
  };
}
