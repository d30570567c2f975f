// The rating shapes on the chart, explained once beside it (shape, colour and word, never colour
// alone), by the shared chart key, so the indicator chart and the dashboard's charts agree.
import type { RatingState } from '../../../shared/api/index.js';
import { RatingKey } from '../../../shared/charts/index.js';
import { RATING_ORDER } from '../../../shared/components/index.js';
import type { ChartPoint } from './chart-model.js';

const USUAL: RatingState[] = ['strong', 'good', 'review', 'action', 'not-rated'];

/** The ratings the figures on a chart have, in the scheme's order. */
export function ratingsOn(points: readonly ChartPoint[]): RatingState[] {
  return RATING_ORDER.filter((r) => points.some((p) => p.value !== null && p.rating === r));
}

export function ChartKey({ large, states }: { large?: boolean; states?: RatingState[] }) {
  return (
    <div style={{ fontSize: large ? 22 : undefined }}>
      <RatingKey states={states?.length ? states : USUAL} label="Key to the ratings" />
    </div>
  );
}
