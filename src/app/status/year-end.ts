// The year-end forecast beside the current rating: the officer's forecast on the return, rated
// against the annual target with the same rating rules as any figure, so leaders see "now" and
// "year-end" side by side and never confuse the two.
import type { CouncilSettings, Indicator, IndicatorReturn } from '../../domain/model/types.js';
import { formatFigure } from '../../domain/values/index.js';
import { targetFor, type Catalogue } from '../catalogue/index.js';
import type { RatingView } from '../returns/return-view.js';
import { rateFigure } from './rate-figure.js';

export interface YearEndForecast {
  label: 'Year-end forecast';
  value: number;
  valueText: string;
  target: number | null;
  targetText: string;
  rating: RatingView;
}

export function yearEndForecast(
  cat: Catalogue,
  settings: CouncilSettings,
  indicator: Indicator,
  year: string,
  ret: Pick<IndicatorReturn, 'forecast'> | null,
): YearEndForecast | null {
  const forecast = ret?.forecast ?? null;
  if (forecast === null) return null;
  const target = targetFor(cat, indicator.id, year, year);
  const fmt = (v: number | null) => formatFigure(v, indicator);
  return {
    label: 'Year-end forecast',
    value: forecast,
    valueText: fmt(forecast),
    target,
    targetText: fmt(target),
    rating: rateFigure(indicator, forecast, target, settings),
  };
}
