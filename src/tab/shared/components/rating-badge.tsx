import { Badge } from '@fluentui/react-components';
import type { RatingState } from '../api/index.js';
import { RATING_LOOK, RATING_NAMES } from './rating-style.js';

export function RatingBadge({ state, label }: { state: RatingState; label?: string }) {
  const look = RATING_LOOK[state] ?? RATING_LOOK['not-rated'];
  return (
    <Badge {...look} shape="rounded" size="medium">
      {label ?? RATING_NAMES[state] ?? state}
    </Badge>
  );
}
