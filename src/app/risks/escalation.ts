// Risks above tolerance, escalated to the Leadership Team's dashboard (issue 17, "reviews on a
// timetable"): every risk not closed whose residual score is over the council's tolerance, worst
// first, as the register shows it (score and band, owner, trend in words, the objectives it
// threatens). The register as it stands today: a risk's score has no history by month.
import type { IsoDate } from '../../domain/model/types.js';
import type { Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { loadRegister } from './register.js';
import { riskSummary, worstFirst, type RiskSummaryView } from './risk-view.js';

export interface RiskEscalation {
  tolerance: number;
  /** Today in London: the day the scores are as at. */
  asAt: IsoDate;
  risks: RiskSummaryView[];
}

export async function riskEscalation(deps: AppDeps, cat: Catalogue): Promise<RiskEscalation> {
  const reg = await loadRegister(deps);
  const risks = reg.risks
    .map((item) => riskSummary(cat, reg, item))
    .filter((r) => r.aboveTolerance)
    .sort(worstFirst);
  return { tolerance: reg.matrix.tolerance, asAt: reg.today, risks };
}
