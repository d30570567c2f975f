// The register (issue 17): every risk any person of the council may read, filtered, highest
// residual score first (then by code), so what most needs attention leads (reporting by exception).
import { NotFoundError } from '../../domain/errors/errors.js';
import { loadCatalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { requireKnownPerson } from '../spot-checks/spot-check-view.js';
import {
  matchesFilters,
  parseRiskFilters,
  threatensTargets,
  type RiskFilterInput,
} from './filters.js';
import { findRisk, loadRegister } from './register.js';
import {
  riskDetail,
  riskSummary,
  worstFirst,
  type RiskDetailView,
  type RiskSummaryView,
} from './risk-view.js';

export interface RegisterView {
  tolerance: number;
  bands: { name: string; from: number }[];
  today: string;
  risks: RiskSummaryView[];
}

export async function listRisks(
  deps: AppDeps,
  viewerId: string,
  input: RiskFilterInput = {},
): Promise<RegisterView> {
  const cat = await loadCatalogue(deps.store);
  requireKnownPerson(cat, viewerId);
  const filters = parseRiskFilters(input, cat);
  const reg = await loadRegister(deps);
  const risks = reg.risks
    .filter((item) => threatensTargets(item.fields, filters))
    .map((item) => riskSummary(cat, reg, item))
    .filter((r) => matchesFilters(r, filters))
    .sort(worstFirst);
  return { tolerance: reg.matrix.tolerance, bands: reg.matrix.bands, today: reg.today, risks };
}

export async function getRisk(
  deps: AppDeps,
  viewerId: string,
  code: string,
): Promise<RiskDetailView> {
  const cat = await loadCatalogue(deps.store);
  requireKnownPerson(cat, viewerId);
  const reg = await loadRegister(deps);
  const item = findRisk(reg, code);
  if (!item) throw new NotFoundError(`No risk with code ${code}`);
  return riskDetail(cat, reg, item);
}
