// Budget lines added up to a service and to a directorate, the way the plan groups services
// (Service.directorateId, src/domain/model/types.ts). Totals are sums of whole pence, exact; the
// variance and its words are worked out again on the totals (not summed from the lines' words),
// so a directorate whose overspends and underspends cancel reads "On budget".
import type { BudgetLine } from '../model/types.js';
import { sumPence } from './money.js';
import {
  DEFAULT_BUDGET_TOLERANCE,
  varianceOf,
  type BudgetTolerance,
  type Variance,
} from './variance.js';

export interface BudgetTotals {
  originalBudgetPence: number;
  currentBudgetPence: number;
  actualToDatePence: number;
  forecastOutturnPence: number;
}

export type BudgetPosition = BudgetTotals & Variance;

export interface ServicePosition<L extends BudgetLine> extends BudgetPosition {
  serviceId: string;
  lines: L[];
}

export interface DirectoratePosition<L extends BudgetLine> extends BudgetPosition {
  directorateId: string;
  services: ServicePosition<L>[];
}

export function totalsOf(items: readonly BudgetTotals[]): BudgetTotals {
  return {
    originalBudgetPence: sumPence(items.map((i) => i.originalBudgetPence)),
    currentBudgetPence: sumPence(items.map((i) => i.currentBudgetPence)),
    actualToDatePence: sumPence(items.map((i) => i.actualToDatePence)),
    forecastOutturnPence: sumPence(items.map((i) => i.forecastOutturnPence)),
  };
}

export function positionOf(
  items: readonly BudgetTotals[],
  tolerance: BudgetTolerance = DEFAULT_BUDGET_TOLERANCE,
): BudgetPosition {
  const totals = totalsOf(items);
  return { ...totals, ...varianceOf(totals, tolerance) };
}

/**
 * Lines grouped by service, services by directorate (in the order each first appears). A line
 * whose service the map does not know is grouped under the directorate id ''.
 */
export function rollUpBudget<L extends BudgetLine>(
  lines: readonly L[],
  directorateOf: (serviceId: string) => string | null,
  tolerance: BudgetTolerance = DEFAULT_BUDGET_TOLERANCE,
): DirectoratePosition<L>[] {
  const byService = new Map<string, L[]>();
  for (const line of lines) {
    const held = byService.get(line.serviceId);
    if (held) held.push(line);
    else byService.set(line.serviceId, [line]);
  }
  const byDirectorate = new Map<string, ServicePosition<L>[]>();
  for (const [serviceId, own] of byService) {
    const service = { serviceId, lines: own, ...positionOf(own, tolerance) };
    const directorateId = directorateOf(serviceId) ?? '';
    const held = byDirectorate.get(directorateId);
    if (held) held.push(service);
    else byDirectorate.set(directorateId, [service]);
  }
  return [...byDirectorate].map(([directorateId, services]) => ({
    directorateId,
    services,
    ...positionOf(services, tolerance),
  }));
}
