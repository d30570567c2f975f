// A figure rated against a target by the council's rating rules, outside any one return: the
// officer's year-end forecast against the annual target, or the year-to-date figure against the
// year-to-date target (the annual report). One rule, so the two always read alike.
import type { CouncilSettings, Indicator } from '../../domain/model/types.js';
import { rateValue } from '../../domain/ratings/index.js';
import { ratingView, type RatingView } from '../returns/return-view.js';

export function rateFigure(
  indicator: Pick<Indicator, 'polarity' | 'unit' | 'decimals' | 'contextOnly'>,
  value: number,
  target: number | null,
  settings: Pick<CouncilSettings, 'ratingScheme'>,
): RatingView {
  const rated = rateValue(
    {
      value,
      target,
      polarity: indicator.polarity,
      unit: indicator.unit,
      decimals: indicator.decimals,
      contextOnly: indicator.contextOnly,
    },
    settings.ratingScheme,
  );
  return ratingView(rated.state, rated.relativeDifference);
}
