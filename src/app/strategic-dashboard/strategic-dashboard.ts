// The strategic dashboard (issue 17; Derbyshire's Strategic Dashboard for Cabinet and the Corporate
// Management Team, every three weeks): the dashboard as at a chosen date rather than for a month —
// the latest authorised figures as at that date, the key development areas (indicators off target
// or persistently under-performing, key actions off track, worst first, with their commentary),
// the risks above tolerance and the budget variance, in words. Everything is read as it stood at
// the end of that day, so an edition reads the same whenever it is made again (targets and the
// plan excepted: they are not dated).
import { countByRating } from '../../domain/golden-thread/index.js';
import { formatDate } from '../../domain/periods/index.js';
import { levelsOf, RATING_LABELS } from '../../domain/ratings/index.js';
import { editionDates, nextEdition, type StrategicCadence } from '../../domain/strategic/index.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import type { AppDeps } from '../deps.js';
import { loadRegister } from '../risks/register.js';
import { loadSettings } from '../settings.js';
import { assertMayReadStrategicDashboard } from './access.js';
import { asAtDate } from './as-at-date.js';
import { budgetAsAt } from './budget-as-at.js';
import { cadenceWords, loadStrategicCadence } from './cadence-setting.js';
import { indicatorAreas, indicatorRowsAsAt, returnsAsAt } from './indicator-rows.js';
import { keyActionsOffTrack } from './key-actions-as-at.js';
import { risksAboveToleranceAsAt } from './risks-as-at.js';
import type {
  EditionsView,
  HeadlineCount,
  StrategicDashboardView,
  StrategicIndicatorRow,
} from './view.js';
import type { CouncilSettings } from '../../domain/model/types.js';

export interface StrategicQuery {
  /** YYYY-MM-DD; today in London by the clock when absent. */
  asAt?: unknown;
}

function headline(settings: CouncilSettings, rows: StrategicIndicatorRow[]): HeadlineCount[] {
  const counts = countByRating(rows.map((r) => r.rating.state));
  const levels = levelsOf(settings.ratingScheme);
  const rated = levels.map((state) => ({
    state,
    label: RATING_LABELS[state],
    count: counts[state] ?? 0,
  }));
  const unrated = counts.total - rated.reduce((t, h) => t + h.count, 0);
  return [...rated, { state: null, label: 'No rating', count: unrated }];
}

function cadenceView(cadence: StrategicCadence, today: string): StrategicDashboardView['cadence'] {
  return { ...cadence, words: cadenceWords(cadence), nextEdition: nextEdition(cadence, today) };
}

async function loadCatalogueFor(deps: AppDeps, viewerId: string): Promise<Catalogue> {
  const cat = await loadCatalogue(deps.store);
  assertMayReadStrategicDashboard(cat.people.get(viewerId) ?? null);
  return cat;
}

/** The dashboard for a reader: the Leadership Team or the performance team (403 before input). */
export async function strategicDashboard(
  deps: AppDeps,
  viewerId: string,
  query: StrategicQuery,
): Promise<StrategicDashboardView> {
  return strategicDashboardFor(deps, await loadCatalogueFor(deps, viewerId), query);
}

/** Without a reader: for the report made by the CLI, the channel card, or a route that checked. */
export async function strategicDashboardFor(
  deps: AppDeps,
  cat: Catalogue,
  query: StrategicQuery,
): Promise<StrategicDashboardView> {
  const asAt = asAtDate(deps, query.asAt);
  const [settings, cadence, index, updates, register] = await Promise.all([
    loadSettings(deps.store),
    loadStrategicCadence(deps.store),
    returnsAsAt(deps.store, asAt),
    deps.store.query('keyActionUpdates'),
    loadRegister(deps),
  ]);
  const rows = indicatorRowsAsAt(cat, settings, index, asAt);
  const counts = headline(settings, rows);
  const { budget, note } = await budgetAsAt(deps, cat, asAt);
  return {
    councilName: settings.councilName,
    asAt,
    asAtText: formatDate(asAt),
    isEdition: editionDates(cadence, asAt)[0] === asAt,
    cadence: cadenceView(cadence, asAt),
    headline: counts,
    headlineSentence: `${rows.length} indicators: ${counts.map((h) => `${h.count} ${h.label}`).join(', ')}.`,
    keyDevelopmentAreas: {
      indicators: indicatorAreas(rows),
      keyActions: keyActionsOffTrack(
        cat,
        settings,
        updates.map((u) => ({ ...u.fields, id: u.id })),
        asAt,
      ),
    },
    risks: {
      tolerance: register.matrix.tolerance,
      aboveTolerance: risksAboveToleranceAsAt(cat, register, asAt),
    },
    budget,
    budgetNote: note,
    indicators: rows,
  };
}

/** The editions issued so far (the history), newest first, for a reader. */
export async function strategicEditions(deps: AppDeps, viewerId: string): Promise<EditionsView> {
  await loadCatalogueFor(deps, viewerId);
  return editionsAsAt(deps, asAtDate(deps, undefined));
}

export async function editionsAsAt(deps: AppDeps, today: string): Promise<EditionsView> {
  const cadence = await loadStrategicCadence(deps.store);
  return {
    cadence: cadenceView(cadence, today),
    editions: editionDates(cadence, today).map((date) => ({ date, text: formatDate(date) })),
  };
}
