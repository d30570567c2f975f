// Everything a report is built from, read once: the catalogue, the settings and the status of every
// indicator from the one status engine with ONLY authorised figures counted, so reports, the API's
// exports and the open-data page can never disagree. Key-action progress comes from the update
// history, so a report of an earlier quarter shows that quarter's progress. Each indicator's status
// a period and a year earlier is read too, for the narrative summary the reports open with.
import type {
  ActionPlan,
  BreakdownValue,
  CouncilSettings,
  KeyActionUpdate,
  SpotCheck,
  SpotCheckDraw,
} from '../../domain/model/types.js';
import {
  londonDate,
  parsePeriod,
  previousPeriod,
  type Period,
} from '../../domain/periods/index.js';
import { ValidationError } from '../../domain/errors/errors.js';
import type { AppDeps } from '../../app/deps.js';
import { loadCatalogue, type Catalogue } from '../../app/catalogue/index.js';
import { loadSettings } from '../../app/settings.js';
import { indicatorStatuses, type IndicatorStatusRow } from '../../app/status/index.js';
import { loadComparisons, readOnce, type Comparisons } from '../../app/narrative/index.js';
import { datedUpdatesByAction, type DatedUpdate } from './key-action-progress.js';
import { loadRegister, type Register } from '../../app/risks/register.js';
import { loadComparators, type Comparators } from '../../app/benchmarks/position.js';
import type { StoredDeepDive } from '../../app/deep-dives/index.js';

export interface ReportData {
  cat: Catalogue;
  settings: CouncilSettings;
  today: string;
  selected: Period;
  rows: IndicatorStatusRow[];
  /** Each row's status a period and a year earlier, by indicator id (the narrative summary). */
  compared: Comparisons;
  /** For a year: every indicator's status in the year before, by id (the annual narrative). */
  previousYear: Map<string, IndicatorStatusRow> | null;
  actionPlans: Map<string, ActionPlan>;
  /** Every key action's updates (any state), oldest period first, by key action id. */
  keyActionUpdates: Map<string, DatedUpdate[]>;
  /** The selected period's current spot-check draw (not one a redraw replaced), if any. */
  spotCheckDraw: (SpotCheckDraw & { id: string }) | null;
  /** The spot checks of that draw. */
  spotChecks: (SpotCheck & { id: string })[];
  /** The risk register as it stands (the reports' risk sections). */
  register: Register;
  /** Breakdowns by area and community group (issue 16): the quarterly report's tables. */
  breakdownValues: BreakdownValue[];
  /** The comparator groups and their figures, for each indicator's quartile (issue 16). */
  comparators: Comparators;
  /** Every deep-dive review (the quarterly report's section, and persistent indicators' entries). */
  deepDives: StoredDeepDive[];
}

export function parseReportPeriod(text: string | undefined, field = 'period'): Period {
  if (!text || text.trim() === '') {
    throw new ValidationError('is required, e.g. "2025/26 Q1", "2025-06" or "2025/26"', field);
  }
  try {
    return parsePeriod(text);
  } catch (err) {
    // parsePeriod's ValidationError already says what is wrong with the text: pass it on under
    // this field's name rather than wrapping its message in another.
    if (err instanceof ValidationError)
      throw new ValidationError(
        err.problems.map((p) => ({ field, message: p.message })),
        field,
      );
    throw err;
  }
}

export async function loadReportData(deps: AppDeps, selected: Period): Promise<ReportData> {
  const [cat, settings, plans, updates, draws, register, breakdowns, comparators, deepDives] =
    await Promise.all([
      loadCatalogue(deps.store),
      loadSettings(deps.store),
      deps.store.query('actionPlans'),
      deps.store.query('keyActionUpdates'),
      deps.store.query('spotCheckDraws', { periodKey: selected.key }),
      loadRegister(deps),
      deps.store.query('breakdownValues'),
      loadComparators(deps.store),
      deps.store.query('deepDiveReviews'),
    ]);
  const draw = draws.find((d) => !d.fields.superseded) ?? null;
  const checks = draw
    ? (await deps.store.query('spotChecks', { drawId: draw.id })).map((c) => ({
        ...c.fields,
        id: c.id,
      }))
    : [];
  const today = londonDate(deps.clock.now());
  const input = { cat, settings, today, selected, options: { authorisedOnly: true } };
  // The figures now and the narrative's earlier periods overlap: read each period's returns once.
  const reader = readOnce(deps.store);
  const rows = await indicatorStatuses(reader, input);
  const [compared, previousYear] = await Promise.all([
    loadComparisons(reader, input, rows),
    selected.kind === 'year'
      ? indicatorStatuses(reader, { ...input, selected: previousPeriod(selected) })
      : null,
  ]);
  return {
    cat,
    settings,
    today,
    selected,
    rows,
    compared,
    previousYear: previousYear && new Map(previousYear.map((r) => [r.indicator.id, r])),
    actionPlans: new Map(plans.map((p) => [p.id, { ...p.fields, id: p.id }])),
    keyActionUpdates: datedUpdatesByAction(
      updates.map((u): KeyActionUpdate => ({ ...u.fields, id: u.id })),
    ),
    spotCheckDraw: draw && { ...draw.fields, id: draw.id },
    spotChecks: checks,
    register,
    breakdownValues: breakdowns.map((b) => ({ ...b.fields, id: b.id })),
    comparators,
    deepDives,
  };
}
