// When a strategic dashboard edition is due (its cadence date has come), a card goes to the
// Leadership Team's channel with the headline counts, the key development areas, the risks above
// tolerance and the budget position, and a link to the tab's Strategic dashboard page for that date
// (issue 17). Posted once per edition however often the job runs and however many servers run it:
// the edition is claimed by a settings item with a fixed id, which the store creates once and
// refuses to every later or concurrent claim (as the quarter-complete card is, quarter-complete.ts).
import { tabPageUrl } from '../app/links/tab-page-url.js';
import { loadCatalogue } from '../app/catalogue/index.js';
import type { AppDeps } from '../app/deps.js';
import {
  loadStrategicCadence,
  strategicDashboardFor,
  type StrategicDashboardView,
} from '../app/strategic-dashboard/index.js';
import { londonDate } from '../domain/periods/index.js';
import { latestEdition } from '../domain/strategic/index.js';
import { claimOnce } from './claim-once.js';
import type { ReportLinkOptions } from './quarter-complete.js';

/** How many key development areas the card names (the page and the report have them all). */
export const CARD_AREAS = 5;

export interface StrategicCardInput {
  councilName: string;
  asAtText: string;
  headline: { label: string; count: number }[];
  /** "CD01 Calls answered by the contact centre (%): Action, 75.1% against 90.0%". */
  areas: string[];
  /** How many key development areas there are in all. */
  areaCount: number;
  risksAboveTolerance: number;
  /** "Council: Forecast outturn … on budget (within tolerance)", or the note that there is none. */
  budget: string;
  /** The tab's Strategic dashboard page for the edition's date. */
  pageUrl: string;
}

/** Posts the edition's card to the Leadership Team's channel; false when nothing was posted. */
export interface LeadershipNotifier {
  postStrategicEdition(input: StrategicCardInput): Promise<boolean>;
}

export function strategicPageUrl(asAt: string, options: ReportLinkOptions): string {
  return tabPageUrl(`strategic?asAt=${asAt}`, 'Strategic dashboard', options);
}

export function strategicCardInput(
  view: StrategicDashboardView,
  options: ReportLinkOptions,
): StrategicCardInput {
  const { indicators, keyActions } = view.keyDevelopmentAreas;
  const areas = [
    ...indicators.map(
      (r) => `${r.code} ${r.title}: ${r.rating.label}, ${r.valueText} against ${r.targetText}`,
    ),
    ...keyActions.map((a) => `${a.code} ${a.title}: ${a.rating.label}, ${a.status}`),
  ];
  return {
    councilName: view.councilName,
    asAtText: view.asAtText,
    headline: view.headline.map((h) => ({ label: h.label, count: h.count })),
    areas: areas.slice(0, CARD_AREAS),
    areaCount: areas.length,
    risksAboveTolerance: view.risks.aboveTolerance.length,
    budget: view.budget
      ? `${view.budget.periodLabel}: ${view.budget.council.sentence}.`
      : (view.budgetNote ?? ''),
    pageUrl: strategicPageUrl(view.asAt, options),
  };
}

const claimId = (date: string) => `strategic-edition-${date}`;

export interface StrategicEditionDeps extends AppDeps, ReportLinkOptions {}

/**
 * Run by the scheduler: posts the latest edition's card when its date has come and it has not
 * been posted. When nothing could be posted (no channel yet, or Teams failed) the claim is
 * released, so the next run tries again. The date posted, or null when nothing was.
 */
export async function postDueEdition(
  deps: StrategicEditionDeps,
  notifier: LeadershipNotifier,
): Promise<string | null> {
  const today = londonDate(deps.clock.now());
  const date = latestEdition(await loadStrategicCadence(deps.store), today);
  if (!date) return null;
  // Already posted (nearly always, between editions): one read, no write refused.
  if (await deps.store.get('settings', claimId(date))) return null;
  const release = await claimOnce(deps, {
    id: claimId(date),
    key: `strategicEdition:${date}`,
    event: 'strategic-edition',
  });
  if (!release) return null;
  let posted = false;
  try {
    const view = await strategicDashboardFor(deps, await loadCatalogue(deps.store), {
      asAt: date,
    });
    posted = await notifier.postStrategicEdition(strategicCardInput(view, deps));
    return posted ? date : null;
  } finally {
    if (!posted) await release();
  }
}
