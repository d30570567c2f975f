// Risks written out one to a line, for the places that list a few outside the register: the
// indicator page (the risks to its objectives) and the dashboard (those escalated above
// tolerance). Everything in words: the residual score with its band, whether it is above the
// tolerance, the owner, the trend, the objectives, the review date; the code opens the risk.
import { Link, makeStyles, mergeClasses, tokens } from '@fluentui/react-components';
import { formatDate } from '../../../shared/format/index.js';
import type { RiskSummaryView } from '../api/get-risks.js';
import { scoreWords } from './register-table.js';

const useStyles = makeStyles({
  list: { listStyle: 'none', margin: 0, padding: 0, display: 'grid', gap: '8px' },
  item: {
    padding: '8px 12px',
    border: `1px solid ${tokens.colorNeutralStroke2}`,
    borderLeft: `4px solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
    overflowWrap: 'anywhere',
  },
  escalated: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  head: { display: 'flex', flexWrap: 'wrap', gap: '4px 8px', alignItems: 'baseline' },
  title: { fontWeight: tokens.fontWeightSemibold },
  facts: { margin: '4px 0 0', color: tokens.colorNeutralForeground2 },
  score: { color: tokens.colorNeutralForeground1 },
});

export function RiskLines({
  risks,
  tolerance,
  label,
}: {
  risks: readonly RiskSummaryView[];
  tolerance: number;
  label: string;
}) {
  const s = useStyles();
  return (
    <ul className={s.list} aria-label={label}>
      {risks.map((r) => (
        <li
          key={r.id}
          className={mergeClasses(s.item, r.aboveTolerance && s.escalated)}
          data-risk={r.code}
        >
          <span className={s.head}>
            <Link href={`#/risks/${encodeURIComponent(r.code)}`}>{r.code}</Link>
            <span className={s.title}>{r.title}</span>
          </span>
          <p className={s.facts}>
            <strong className={s.score}>Residual {scoreWords(r.residual)}</strong>,{' '}
            {r.aboveTolerance ? `above the tolerance of ${tolerance}` : 'within tolerance'};{' '}
            {r.trend.words.charAt(0).toLowerCase() + r.trend.words.slice(1)}; owner {r.owner.name};
            {r.objectiveCodes.length === 1 ? 'objective' : 'objectives'}{' '}
            {r.objectiveCodes.join(', ') || 'none'}; review {formatDate(r.reviewDate)}
            {r.reviewOverdue ? ', overdue' : ''}
          </p>
        </li>
      ))}
    </ul>
  );
}
