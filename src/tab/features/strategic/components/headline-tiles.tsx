// The headline counts as at the date: one tile per rating with its name and shape (colour is never
// the only cue, WCAG 1.4.1), and the indicators with no rating in words.
import { makeStyles, tokens } from '@fluentui/react-components';
import { RatingShape } from '../../../shared/charts/index.js';
import { accentOf, inkOf } from '../../../shared/components/index.js';
import type { StrategicDashboardView } from '../api/get-strategic-dashboard.js';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    gridTemplateColumns: 'repeat(auto-fill, minmax(min(124px, 100%), 1fr))',
    '@media (max-width: 480px)': { gridTemplateColumns: 'repeat(2, minmax(0, 1fr))' },
    gap: '12px',
    listStyle: 'none',
    padding: 0,
    margin: 0,
  },
  tile: {
    padding: '12px',
    borderRadius: tokens.borderRadiusMedium,
    border: `1px solid ${tokens.colorNeutralStroke1}`,
    borderLeftWidth: '8px',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  count: {
    display: 'block',
    fontSize: tokens.fontSizeHero700,
    lineHeight: tokens.lineHeightHero700,
    fontWeight: tokens.fontWeightSemibold,
  },
  label: { display: 'block', color: tokens.colorNeutralForeground2 },
});

export function HeadlineTiles({ headline }: { headline: StrategicDashboardView['headline'] }) {
  const s = useStyles();
  return (
    <ul className={s.list} aria-label="Indicators by rating">
      {headline.map((h) => (
        <li
          key={h.label}
          className={s.tile}
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
