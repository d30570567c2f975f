// The register as one read: every risk with its mitigations and reviews, the council's matrix and
// today's date in London (from the clock: time is an input). The views and use cases read this.
import type { IsoDate, Risk, RiskMitigation, RiskReview } from '../../domain/model/types.js';
import type { Store, StoredItem } from '../../domain/ports/store.js';
import { londonDate } from '../../domain/periods/index.js';
import { DEFAULT_RISK_MATRIX, parseRiskMatrix, type RiskMatrix } from '../../domain/risks/index.js';
import type { AppDeps } from '../deps.js';

/** The settings key of a council's own matrix (bands and tolerance); the default when absent. */
export const RISK_MATRIX_SETTING = 'riskMatrix';

export interface Register {
  risks: StoredItem<Omit<Risk, 'id'>>[];
  mitigations: Map<string, RiskMitigation[]>;
  reviews: Map<string, RiskReview[]>;
  matrix: RiskMatrix;
  today: IsoDate;
}

export async function loadRiskMatrix(store: Store): Promise<RiskMatrix> {
  const [item] = await store.query('settings', { key: RISK_MATRIX_SETTING });
  return item ? parseRiskMatrix(item.fields.value) : DEFAULT_RISK_MATRIX;
}

function byRisk<T extends { riskId: string }>(
  items: StoredItem<Omit<T, 'id'>>[],
): Map<string, T[]> {
  const map = new Map<string, T[]>();
  for (const item of items) {
    const row = { ...item.fields, id: item.id } as unknown as T;
    map.set(row.riskId, [...(map.get(row.riskId) ?? []), row]);
  }
  return map;
}

export async function loadRegister(deps: AppDeps): Promise<Register> {
  const [risks, mitigations, reviews, matrix] = await Promise.all([
    deps.store.query('risks'),
    deps.store.query('riskMitigations'),
    deps.store.query('riskReviews'),
    loadRiskMatrix(deps.store),
  ]);
  return {
    risks,
    mitigations: byRisk<RiskMitigation>(mitigations),
    reviews: byRisk<RiskReview>(reviews),
    matrix,
    today: londonDate(deps.clock.now()),
  };
}

/** A risk by its code, as people type it (any case). */
export function findRisk(reg: Register, code: string): Register['risks'][number] | undefined {
  const wanted = code.trim().toLowerCase();
  return reg.risks.find((r) => r.fields.code.toLowerCase() === wanted);
}
