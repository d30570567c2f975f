// The full authorised history of every published indicator, for open data: one entry per
// authorised return with a figure, of an indicator that is published and not retired. A figure
// that is entered, checked or reopened (being restated) is not authorised and so never appears;
// once re-authorised it appears again, carrying its restatements. Rated as every other view rates.
import type { Indicator, IndicatorReturn } from '../../domain/model/types.js';
import { comparePeriods, londonDate, type Period } from '../../domain/periods/index.js';
import type { AppDeps } from '../deps.js';
import { loadCatalogue, type Catalogue } from '../catalogue/index.js';
import { loadSettings } from '../settings.js';
import { periodFacts, rateStoredReturn } from '../returns/period-context.js';
import { ratingView, type RatingView } from '../returns/return-view.js';

export interface PublishedFigure {
  indicator: Indicator;
  period: Period;
  ret: IndicatorReturn & { version: string };
  value: number;
  target: number | null;
  rating: RatingView;
}

export interface PublishedHistory {
  cat: Catalogue;
  councilName: string;
  today: string;
  /** Oldest period first within each indicator; indicators in code order. */
  figures: PublishedFigure[];
}

const byCode = (a: Indicator, b: Indicator) =>
  a.code.localeCompare(b.code, 'en-GB', { numeric: true });

export async function publishedHistory(deps: AppDeps): Promise<PublishedHistory> {
  const [cat, settings, returns] = await Promise.all([
    loadCatalogue(deps.store),
    loadSettings(deps.store),
    deps.store.query('returns', { state: 'authorised' }),
  ]);
  const today = londonDate(deps.clock.now());
  const figures: PublishedFigure[] = [];
  for (const { id, version, fields } of returns) {
    const indicator = cat.indicators.get(fields.indicatorId);
    // The state filter is repeated because a store may treat the query as a hint.
    if (!indicator?.published || indicator.retired || fields.state !== 'authorised') continue;
    if (fields.value === null) continue;
    const facts = periodFacts(cat, settings, indicator.id, fields.periodKey);
    const rating = rateStoredReturn(indicator, fields, facts, settings, today);
    figures.push({
      indicator,
      period: facts.period,
      ret: { ...fields, id, version },
      value: fields.value,
      target: facts.target,
      rating: ratingView(rating.state, rating.relativeDifference),
    });
  }
  figures.sort((a, b) => byCode(a.indicator, b.indicator) || comparePeriods(a.period, b.period));
  return { cat, councilName: settings.councilName, today, figures };
}
