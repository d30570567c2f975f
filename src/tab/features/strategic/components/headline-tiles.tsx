// The headline counts as at the date: one tile per rating with its name and shape (colour is never
// the only cue, WCAG 1.4.1), the No rating tile too, in the monthly dashboard's look.
import { RatingShape } from '../../../shared/charts/index.js';
import { accentOf, inkOf } from '../../../shared/components/index.js';
import { useRatingTileStyles } from '../../dashboard/index.js';
import type { StrategicDashboardView } from '../api/get-strategic-dashboard.js';

export function HeadlineTiles({ headline }: { headline: StrategicDashboardView['headline'] }) {
  const s = useRatingTileStyles();
  return (
    <ul className={s.list} aria-label="Indicators by rating">
      {headline.map((h) => (
        <li
          key={h.label}
          className={s.card}
          style={h.state ? { borderLeftColor: accentOf(h.state) } : undefined}
        >
          <span className={s.count}>{h.count}</span>
          <span className={s.label}>
            {h.state && <RatingShape state={h.state} colour={inkOf(h.state)} />}
            {h.label}
          </span>
        </li>
      ))}
    </ul>
  );
}
