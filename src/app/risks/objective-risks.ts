// Risk counts and the highest residual score on each objective (issue 17, "in the thread"), for the
// strategy map and the dashboard: closed risks are not counted, since they no longer threaten it.
import { isAboveTolerance, riskBand, riskScore } from '../../domain/risks/index.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { loadRegister } from './register.js';

export interface ObjectiveRisks {
  objectiveId: string;
  code: string;
  /** Risks not closed that threaten the objective. */
  count: number;
  aboveTolerance: number;
  /** The highest residual score among them, null when none. */
  highestResidual: number | null;
  highestBand: string | null;
}

/** One entry per objective of the plan (including those with no risks), in plan order. */
export async function risksByObjective(deps: AppDeps): Promise<ObjectiveRisks[]> {
  const [cat, reg] = await Promise.all([loadCatalogue(deps.store), loadRegister(deps)]);
  const open = reg.risks.filter((r) => r.fields.status !== 'closed');
  return cat.objectives.map((o) => {
    const scores = open
      .filter((r) => r.fields.objectiveIds.includes(o.id))
      .map((r) => riskScore(r.fields.residualLikelihood, r.fields.residualImpact));
    const highest = scores.length ? Math.max(...scores) : null;
    return {
      objectiveId: o.id,
      code: o.code,
      count: scores.length,
      aboveTolerance: scores.filter((s) => isAboveTolerance(s, reg.matrix)).length,
      highestResidual: highest,
      highestBand: highest === null ? null : riskBand(highest, reg.matrix),
    };
  });
}
