// Which indicators and key actions a report covers: the whole council, or one Cabinet member's
// portfolio (through each indicator's and service plan's service).
import { serviceOf } from '../../domain/model/service-of.js';
import type { KeyAction, Portfolio } from '../../domain/model/types.js';
import { ValidationError } from '../../domain/errors/errors.js';
import type { Catalogue } from '../../app/catalogue/index.js';
import type { IndicatorStatusRow } from '../../app/status/index.js';
import type { ReportData } from './report-data.js';

/** A portfolio by id or by name (case-insensitive), or a ValidationError naming the field. */
export function findPortfolio(cat: Catalogue, idOrName: string, field = 'portfolio'): Portfolio {
  const wanted = idOrName.trim().toLowerCase();
  const found = [...cat.portfolios.values()].find(
    (p) => p.id.toLowerCase() === wanted || p.name.toLowerCase() === wanted,
  );
  if (!found) {
    const names = [...cat.portfolios.values()].map((p) => p.name).join(', ');
    throw new ValidationError(`no portfolio "${idOrName}"; choose one of: ${names}`, field);
  }
  return found;
}

export interface ReportScope {
  rows: IndicatorStatusRow[];
  keyActions: KeyAction[];
}

export function reportScope(data: ReportData, portfolioId?: string): ReportScope {
  const { cat, selected } = data;
  // An indicator with no service yet belongs to the council, not to any one portfolio.
  const inPortfolio = (serviceId: string | null) =>
    portfolioId === undefined || serviceOf(cat.services, serviceId)?.portfolioId === portfolioId;
  const plansThisYear = new Map(
    cat.servicePlans.filter((sp) => sp.year === selected.year).map((sp) => [sp.id, sp]),
  );
  return {
    rows: data.rows.filter((r) => inPortfolio(r.indicator.serviceId)),
    keyActions: cat.keyActions
      .filter((a) => {
        const plan = plansThisYear.get(a.servicePlanId);
        // A retired action is no longer pursued: its history stays in the store, not the report.
        return plan !== undefined && !a.retired && inPortfolio(plan.serviceId);
      })
      .sort((a, b) => a.code.localeCompare(b.code, 'en-GB', { numeric: true })),
  };
}
