// The indicators a quarter's draw chooses from, with their risk reasons, read from the store: every
// indicator in use with an authorised figure for a period ending in the quarter (a spot check
// compares a figure with its evidence, so there must be one), and that figure's return.
import type { SpotCheck } from '../../domain/model/types.js';
import type { StoredItem, ListShapes } from '../../domain/ports/store.js';
import { tryParsePeriod, type Period } from '../../domain/periods/index.js';
import { riskReasons, type DrawCandidate } from '../../domain/spot-checks/index.js';
import type { Catalogue } from '../catalogue/index.js';

export interface SpotCheckCandidate extends DrawCandidate {
  /** The quarter's latest authorised figure of the indicator. */
  returnId: string;
}

interface Figure {
  ret: StoredItem<ListShapes['returns']>;
  end: string;
}

export function spotCheckCandidates(
  cat: Catalogue,
  quarter: Period,
  returns: ReadonlyArray<StoredItem<ListShapes['returns']>>,
  earlierChecks: readonly SpotCheck[],
): SpotCheckCandidate[] {
  const figures = new Map<string, Figure[]>();
  for (const ret of returns) {
    if (ret.fields.state !== 'authorised') continue;
    const period = tryParsePeriod(ret.fields.periodKey);
    if (!period) continue;
    const list = figures.get(ret.fields.indicatorId) ?? [];
    list.push({ ret, end: period.end });
    figures.set(ret.fields.indicatorId, list);
  }
  const out: SpotCheckCandidate[] = [];
  for (const indicator of cat.indicators.values()) {
    if (indicator.retired) continue;
    const own = figures.get(indicator.id) ?? [];
    const inQuarter = own
      .filter((f) => f.end >= quarter.start && f.end <= quarter.end)
      .sort((a, b) => (a.end < b.end ? 1 : -1));
    const latest = inQuarter[0];
    if (!latest) continue;
    const risks = riskReasons({
      quarter,
      figures: own.flatMap((f) =>
        f.ret.fields.value === null ? [] : [{ end: f.end, value: f.ret.fields.value }],
      ),
      procedureVersions: cat.procedureVersions.get(indicator.id) ?? [],
      findings: earlierChecks
        .filter((c) => c.indicatorId === indicator.id)
        .map((c) => ({ periodKey: c.periodKey, finding: c.finding })),
    });
    out.push({ indicatorId: indicator.id, code: indicator.code, risks, returnId: latest.ret.id });
  }
  return out;
}
