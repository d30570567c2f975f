// Everything a period view starts from — the catalogue, the settings, today in London, the chosen
// period and every indicator's status at it — loaded one way for the dashboard, the golden thread,
// exports and reports.
import type { CouncilSettings } from '../../domain/model/types.js';
import {
  londonDate,
  parsePeriod,
  periodContaining,
  previousPeriod,
  type Period,
} from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import {
  indicatorStatuses,
  type IndicatorStatusRow,
  type StatusOptions,
} from './indicator-status.js';

/** The period named, or by default the latest month that has ended (the monthly dashboard). */
export function resolvePeriod(text: string | undefined, today: string): Period {
  if (text && text.trim() !== '') return parsePeriod(text);
  return previousPeriod(periodContaining(today, 'month'));
}

export interface PeriodStatuses {
  cat: Catalogue;
  settings: CouncilSettings;
  today: string;
  selected: Period;
  rows: IndicatorStatusRow[];
}

export async function loadPeriodStatuses(
  deps: AppDeps,
  periodText: string | undefined,
  options: StatusOptions,
): Promise<PeriodStatuses> {
  const today = londonDate(deps.clock.now());
  const selected = resolvePeriod(periodText, today);
  const [cat, settings] = await Promise.all([loadCatalogue(deps.store), loadSettings(deps.store)]);
  const rows = await indicatorStatuses(deps.store, { cat, settings, today, selected, options });
  return { cat, settings, today, selected, rows };
}
